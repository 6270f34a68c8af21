using System;
using System.Collections.Generic;
using System.Linq;

namespace Knowsley.CareDomain.Synthetic;

/// <summary>The minimum, 10th percentile, median, 90th percentile and maximum of a set of amounts (nearest rank).</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class MoneyQuantiles
{
    /// <summary>Initializes the quantiles.</summary>
    /// <param name="count">The number of amounts.</param>
    /// <param name="minimum">The smallest amount.</param>
    /// <param name="percentile10">The 10th percentile.</param>
    /// <param name="median">The median (50th percentile, nearest rank).</param>
    /// <param name="percentile90">The 90th percentile.</param>
    /// <param name="maximum">The largest amount.</param>
    public MoneyQuantiles(int count, Money minimum, Money percentile10, Money median, Money percentile90, Money maximum)
    {
        Count = count;
        Minimum = minimum;
        Percentile10 = percentile10;
        Median = median;
        Percentile90 = percentile90;
        Maximum = maximum;
    }

    /// <summary>Gets the number of amounts.</summary>
    public int Count { get; }

    /// <summary>Gets the smallest amount.</summary>
    public Money Minimum { get; }

    /// <summary>Gets the 10th percentile.</summary>
    public Money Percentile10 { get; }

    /// <summary>Gets the median (nearest rank).</summary>
    public Money Median { get; }

    /// <summary>Gets the 90th percentile.</summary>
    public Money Percentile90 { get; }

    /// <summary>Gets the largest amount.</summary>
    public Money Maximum { get; }

    /// <summary>Computes the quantiles of some amounts; all zero when there are none.</summary>
    /// <param name="amounts">The amounts.</param>
    /// <returns>The quantiles.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    public static MoneyQuantiles Of(IReadOnlyCollection<Money> amounts)
    {
        if (amounts is null)
        {
            throw new ArgumentNullException(nameof(amounts));
        }

        if (amounts.Count == 0)
        {
            return new MoneyQuantiles(0, Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero);
        }

        var sorted = amounts.OrderBy(a => a).ToArray();
        return new MoneyQuantiles(sorted.Length, sorted[0], NearestRank(sorted, 10), NearestRank(sorted, 50), NearestRank(sorted, 90), sorted[sorted.Length - 1]);
    }

    private static Money NearestRank(IReadOnlyList<Money> sorted, int percent)
    {
        var rank = (int)(((long)percent * sorted.Count + 99) / 100);
        return sorted[Math.Max(rank, 1) - 1];
    }
}
