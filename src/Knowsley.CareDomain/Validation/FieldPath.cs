using System.Globalization;

namespace Knowsley.CareDomain.Validation;

/// <summary>Builds field paths such as <c>income[2].amount</c> for <see cref="ValidationError.Field"/>.</summary>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class FieldPath
{
    /// <summary>Appends a member name: <c>Member("income[2]", "amount")</c> is <c>income[2].amount</c>.</summary>
    /// <param name="parent">The parent path; empty or null for a top-level field.</param>
    /// <param name="member">The member name.</param>
    /// <returns>The combined path.</returns>
    public static string Member(string? parent, string member)
        => string.IsNullOrEmpty(parent) ? member : $"{parent}.{member}";

    /// <summary>Appends an index: <c>Index("income", 2)</c> is <c>income[2]</c>.</summary>
    /// <param name="parent">The path of the list.</param>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The combined path.</returns>
    public static string Index(string parent, int index)
        => string.Concat(parent, "[", index.ToString(CultureInfo.InvariantCulture), "]");
}
