using System;
using Knowsley.CareDomain.Internal;
using NodaTime;

namespace Knowsley.CareDomain.Parameters;

/// <summary>
/// One dated value of a parameter: in force from <see cref="EffectiveFrom"/> until the next entry, with the
/// <see cref="Citation"/> that sets it.
/// </summary>
/// <remarks>
/// An entry with no <see cref="Value"/> marks a figure that is not known from that date (not yet published, or
/// not confirmed from a primary source): a lookup on or after it fails with a message giving
/// <see cref="Note"/>, rather than silently carrying the previous figure forward.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ParameterEntry
{
    /// <summary>Initializes a dated entry.</summary>
    /// <param name="effectiveFrom">The first day on which the value is in force.</param>
    /// <param name="value">The value, or null when the figure is not known from that date.</param>
    /// <param name="citation">The instrument and provision that set the value (or say it is unknown).</param>
    /// <param name="note">A note, for example how a figure was derived or why it is missing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="citation"/> is null.</exception>
    public ParameterEntry(LocalDate effectiveFrom, ParameterValue? value, Citation citation, string? note = null)
    {
        EffectiveFrom = effectiveFrom;
        Value = value;
        Citation = Preconditions.CheckNotNull(citation, nameof(citation));
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
    }

    /// <summary>Gets the first day on which the value is in force.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Gets the value, or null when the figure is not known from <see cref="EffectiveFrom"/>.</summary>
    public ParameterValue? Value { get; }

    /// <summary>Gets the citation for the value.</summary>
    public Citation Citation { get; }

    /// <summary>Gets the note, if any.</summary>
    public string? Note { get; }
}
