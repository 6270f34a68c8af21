using System;
using NodaTime;

namespace Knowsley.CareDomain.Eligibility.Outcomes;

/// <summary>
/// A dated episode, within the period considered, during which the person could not achieve an outcome: the evidence for
/// a finding about needs that fluctuate (SI 2015/313 reg. 2(4) for adults, reg. 3(4) for carers).
/// </summary>
/// <remarks>
/// Both dates are inclusive. The regulations set no arithmetic rule (such as "most days") for turning episodes into a
/// finding: the finding stays the practitioner's, and episodes are shown beside it as evidence. The episode is checked
/// (end not before start, inside the period) when its assessment is built.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class NeedEpisode : IEquatable<NeedEpisode>
{
    /// <summary>Initializes an episode.</summary>
    /// <param name="start">The first day of the episode.</param>
    /// <param name="end">The last day of the episode (inclusive).</param>
    /// <param name="note">What happened, for example "flare-up: unable to stand to cook".</param>
    public NeedEpisode(LocalDate start, LocalDate end, string? note = null)
    {
        Start = start;
        End = end;
        Note = string.IsNullOrWhiteSpace(note) ? null : note!.Trim();
    }

    /// <summary>Gets the first day of the episode.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day of the episode (inclusive).</summary>
    public LocalDate End { get; }

    /// <summary>Gets what happened, if recorded.</summary>
    public string? Note { get; }

    /// <summary>Gets the number of days the episode covers, counting both ends (zero when the end is before the start).</summary>
    public int Days => End < Start ? 0 : Period.Between(Start, End, PeriodUnits.Days).Days + 1;

    /// <inheritdoc />
    public bool Equals(NeedEpisode? other)
        => other is not null && Start == other.Start && End == other.End && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NeedEpisode);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Start.GetHashCode() * 397) ^ End.GetHashCode());

    /// <summary>Formats as <c>2025-01-06 to 2025-01-19 (14 days)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            "{0} to {1} ({2} day{3})",
            Start.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            End.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Days,
            Days == 1 ? string.Empty : "s");
}
