using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.Explanations;
using Knowsley.CareDomain.Reviews.Measures;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.WaitingLists;

/// <summary>Waiting-list statistics on a date and over a period, by wait type, team and age band, with the explanation.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class WaitingListReport
{
    /// <summary>Initializes a report.</summary>
    /// <param name="asAt">The date of the snapshot.</param>
    /// <param name="period">The period of completed waits.</param>
    /// <param name="groups">The groups: for each wait type, overall then by team then by age band.</param>
    /// <param name="exclusions">Records left out, with counts.</param>
    /// <param name="method">The counting and percentile method.</param>
    /// <param name="citation">The source of the method.</param>
    /// <param name="explanation">The explanation.</param>
    public WaitingListReport(LocalDate asAt, DateInterval period, IReadOnlyList<WaitingListGroup> groups, IReadOnlyList<MeasureExclusion> exclusions, string method, Citation citation, Explanation explanation)
    {
        AsAt = asAt;
        Period = period;
        Groups = groups;
        Exclusions = exclusions;
        Method = method;
        Citation = citation;
        Explanation = explanation;
    }

    /// <summary>Gets the date of the snapshot.</summary>
    public LocalDate AsAt { get; }

    /// <summary>Gets the period of completed waits.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the groups.</summary>
    public IReadOnlyList<WaitingListGroup> Groups { get; }

    /// <summary>Gets the overall group of each wait type.</summary>
    /// <remarks>A filter of <see cref="Groups"/>, so not written to JSON (each group says <see cref="WaitingListGroup.IsOverall"/>).</remarks>
    [JsonIgnore]
    public IEnumerable<WaitingListGroup> Overall => Groups.Where(g => g.IsOverall);

    /// <summary>Gets records left out, with counts.</summary>
    public IReadOnlyList<MeasureExclusion> Exclusions { get; }

    /// <summary>Gets the counting and percentile method.</summary>
    public string Method { get; }

    /// <summary>Gets the source of the method.</summary>
    public Citation Citation { get; }

    /// <summary>Gets the explanation.</summary>
    public Explanation Explanation { get; }
}
