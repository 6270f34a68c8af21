using System;
using System.Collections.Generic;

namespace Knowsley.CareDomain.Reviews.Measures;

/// <summary>Exact (decimal) percentiles of whole-day waits.</summary>
/// <remarks>
/// <see cref="Continuous"/> is the method of SQL <c>PERCENTILE_CONT</c>, used by the DHSC CLD waiting-times method
/// v1.0 for its medians: for <c>n</c> values sorted ascending and a fraction <c>p</c>, <c>h = (n - 1) p</c> and the
/// result is <c>x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])</c>. The median of 3, 5, 10 and 20 is 7.5.
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class Percentile
{
    /// <summary>The interpolated percentile (SQL PERCENTILE_CONT) of values already sorted ascending.</summary>
    /// <param name="sorted">The values, sorted ascending; at least one.</param>
    /// <param name="fraction">The percentile as a fraction from 0 to 1 (0.5 for the median).</param>
    /// <returns>The exact percentile.</returns>
    /// <exception cref="ArgumentException">No values, or the fraction is outside 0 to 1.</exception>
    public static decimal Continuous(IReadOnlyList<int> sorted, decimal fraction)
    {
        if (sorted is null || sorted.Count == 0)
        {
            throw new ArgumentException("A percentile needs at least one value.", nameof(sorted));
        }

        if (fraction < 0m || fraction > 1m)
        {
            throw new ArgumentException("The fraction must be from 0 to 1.", nameof(fraction));
        }

        var h = (sorted.Count - 1) * fraction;
        var lower = (int)decimal.Floor(h);
        if (lower >= sorted.Count - 1)
        {
            return sorted[sorted.Count - 1];
        }

        var weight = h - lower;
        return sorted[lower] + weight * (sorted[lower + 1] - sorted[lower]);
    }

    /// <summary>The median (interpolated, PERCENTILE_CONT(0.5)) of values in any order.</summary>
    /// <param name="values">The values; at least one.</param>
    /// <returns>The median; the mean of the two middle values when the count is even.</returns>
    /// <exception cref="ArgumentException">No values.</exception>
    public static decimal Median(IEnumerable<int> values)
    {
        var list = new List<int>(values ?? throw new ArgumentNullException(nameof(values)));
        list.Sort();
        return Continuous(list, 0.5m);
    }
}
