using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.SmartEnum;
using Knowsley.CareDomain.Internal;

namespace Knowsley.CareDomain.CodeLists;

/// <summary>
/// Base for a closed code list (outcomes, benefit types, frequencies, CLD codes): each item has a stable
/// machine <see cref="Code"/> and a <see cref="DisplayName"/> for people.
/// </summary>
/// <typeparam name="TItem">The code list type itself.</typeparam>
/// <remarks>
/// Built on Ardalis.SmartEnum with the code as the SmartEnum value, so <c>FromValue</c> and <c>FromCode</c> agree.
/// Codes are compared ordinally (case-sensitive), as the national data specifications require. JSON writes
/// and reads the code (see <c>Knowsley.CareDomain.Serialization.CareDomainJson</c>). Never rely on the order of
/// <c>List</c> for presentation: sort by <see cref="DisplayName"/> or by the list's own order property.
/// </remarks>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public abstract class CodeListItem<TItem> : SmartEnum<TItem, string>
    where TItem : CodeListItem<TItem>
{
    private static int declared;

    /// <summary>Initializes a new code list item.</summary>
    /// <param name="name">The C# name of the item (normally <c>nameof</c> the static field).</param>
    /// <param name="code">The stable machine code.</param>
    /// <param name="displayName">The name shown to people.</param>
    /// <exception cref="ArgumentException">A value is empty.</exception>
    protected CodeListItem(string name, string code, string displayName)
        : base(Preconditions.CheckNotBlank(name, nameof(name)), Preconditions.CheckNotBlank(code, nameof(code)))
    {
        DisplayName = Preconditions.CheckNotBlank(displayName, nameof(displayName));
        DeclarationOrder = System.Threading.Interlocked.Increment(ref declared);
    }

    /// <summary>Gets every item in the order the list declares them (the order of the statute or specification).</summary>
    public static IReadOnlyList<TItem> Items => List.OrderBy(i => i.DeclarationOrder).ToArray();

    /// <summary>Gets the stable machine code, as written in JSON and CSV files.</summary>
    public string Code => Value;

    /// <summary>Gets the name shown to people.</summary>
    public string DisplayName { get; }

    /// <summary>Gets the item's position in the list's declaration order, starting at 1.</summary>
    public int DeclarationOrder { get; }

    /// <summary>Gets the item with a code.</summary>
    /// <param name="code">The code (case-sensitive).</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No item has that code; the message lists the valid codes.</exception>
    public static TItem FromCode(string code)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        if (TryFromValue(code, out var item))
        {
            return item;
        }

        throw new ArgumentException(UnknownCodeMessage(code), nameof(code));
    }

    /// <summary>Tries to get the item with a code.</summary>
    /// <param name="code">The code (case-sensitive).</param>
    /// <param name="item">The item, when found.</param>
    /// <returns><c>true</c> when an item has that code.</returns>
    public static bool TryFromCode(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TItem? item)
    {
        if (code is null)
        {
            item = null;
            return false;
        }

        return TryFromValue(code, out item);
    }

    /// <summary>Gets every valid code, in the order the items are declared.</summary>
    /// <returns>The codes.</returns>
    public static IReadOnlyList<string> Codes() => Items.Select(i => i.Code).ToArray();

    /// <summary>Builds the message used when a code is not in this list.</summary>
    /// <param name="code">The unknown code.</param>
    /// <returns>A message naming the list and the valid codes.</returns>
    public static string UnknownCodeMessage(string? code)
        => $"'{code}' is not a valid {typeof(TItem).Name} code; valid codes are: {string.Join(", ", Codes())}.";

    /// <summary>Returns the display name.</summary>
    /// <returns>The display name.</returns>
    public override string ToString() => DisplayName;
}
