namespace Knowsley.CareDomain.Reviews.Measures;

/// <summary>One percentile of a set of waits.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class PercentileValue
{
    /// <summary>Initializes a percentile value.</summary>
    /// <param name="fraction">The percentile as a fraction (0.5 for the median).</param>
    /// <param name="value">The value in days (exact; may have a fraction from interpolation).</param>
    public PercentileValue(decimal fraction, decimal value)
    {
        Fraction = fraction;
        Value = value;
    }

    /// <summary>Gets the percentile as a fraction (0.5 for the median).</summary>
    public decimal Fraction { get; }

    /// <summary>Gets the value in days.</summary>
    public decimal Value { get; }
}
