using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Reviews.WaitingLists;

/// <summary>The age bands of the national measures: 18 to 64 and 65 and over, at the date of the request.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class AgeBand : CodeListItem<AgeBand>
{
    /// <summary>Aged 18 to 64 at the request.</summary>
    public static readonly AgeBand Age18To64 = new(nameof(Age18To64), "18-64", "18 to 64");

    /// <summary>Aged 65 or over at the request.</summary>
    public static readonly AgeBand Age65AndOver = new(nameof(Age65AndOver), "65+", "65 and over");

    private AgeBand(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
