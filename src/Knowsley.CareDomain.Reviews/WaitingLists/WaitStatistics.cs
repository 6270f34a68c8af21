using System.Collections.Generic;
using Knowsley.CareDomain.Reviews.Calendar;
using Knowsley.CareDomain.Reviews.Measures;

namespace Knowsley.CareDomain.Reviews.WaitingLists;

/// <summary>Statistics of a set of waits in days: count, minimum, maximum, median and other percentiles (exact, interpolated), and how many were within the target.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class WaitStatistics
{
    /// <summary>Initializes the statistics.</summary>
    /// <param name="count">The number of waits.</param>
    /// <param name="minimum">The shortest wait, if any.</param>
    /// <param name="maximum">The longest wait, if any.</param>
    /// <param name="median">The median (PERCENTILE_CONT(0.5)), if any waits.</param>
    /// <param name="percentiles">The other percentiles requested.</param>
    /// <param name="target">The local target, if any.</param>
    /// <param name="withinTarget">How many waits were within the target, if there is one.</param>
    public WaitStatistics(int count, int? minimum, int? maximum, decimal? median, IReadOnlyList<PercentileValue> percentiles, Timescale? target, int? withinTarget)
    {
        Count = count;
        Minimum = minimum;
        Maximum = maximum;
        Median = median;
        Percentiles = percentiles;
        Target = target;
        WithinTarget = withinTarget;
    }

    /// <summary>Gets the number of waits.</summary>
    public int Count { get; }

    /// <summary>Gets the shortest wait in days, if any.</summary>
    public int? Minimum { get; }

    /// <summary>Gets the longest wait in days, if any.</summary>
    public int? Maximum { get; }

    /// <summary>Gets the median in days (interpolated), if any waits.</summary>
    public decimal? Median { get; }

    /// <summary>Gets the other percentiles requested.</summary>
    public IReadOnlyList<PercentileValue> Percentiles { get; }

    /// <summary>Gets the local target, if any.</summary>
    public Timescale? Target { get; }

    /// <summary>Gets how many waits were within the target (the wait ended, or the as-at date is, on or before the target date), if there is a target.</summary>
    public int? WithinTarget { get; }

    /// <summary>Gets the percentage within the target (exact), if there is a target and at least one wait.</summary>
    public decimal? PercentWithinTarget => WithinTarget is null || Count == 0 ? null : WithinTarget.Value * 100m / Count;
}
