using System;
using NodaTime;

namespace Knowsley.CareDomain.Charging.Capital;

/// <summary>A dated period during which the main home is disregarded, and why.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class PropertyDisregard : IEquatable<PropertyDisregard>
{
    /// <summary>Initializes a new property disregard.</summary>
    /// <param name="basis">Why the home is disregarded.</param>
    /// <param name="from">The first day of the disregard.</param>
    /// <param name="to">The last day, inclusive; <c>null</c> while it continues.</param>
    /// <param name="note">An optional note (for example who occupies the home).</param>
    public PropertyDisregard(PropertyDisregardBasis basis, LocalDate from, LocalDate? to = null, string? note = null)
    {
        Basis = basis;
        From = from;
        To = to;
        Note = note;
    }

    /// <summary>Gets why the home is disregarded.</summary>
    public PropertyDisregardBasis Basis { get; }

    /// <summary>Gets the first day of the disregard.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the last day of the disregard, inclusive, or <c>null</c> while it continues.</summary>
    public LocalDate? To { get; }

    /// <summary>Gets an optional note.</summary>
    public string? Note { get; }

    /// <summary>Gets a value indicating whether the disregard applies on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> when the date is within the period.</returns>
    public bool AppliesOn(LocalDate date) => date >= From && (To is null || date <= To.Value);

    /// <inheritdoc />
    public bool Equals(PropertyDisregard? other)
        => other is not null && Equals(Basis, other.Basis) && From == other.From && To == other.To && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PropertyDisregard);

    /// <inheritdoc />
    public override int GetHashCode() => From.GetHashCode();
}
