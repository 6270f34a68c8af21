namespace Knowsley.CareDomain.Reviews.Measures;

/// <summary>Records left out of a measure for one reason, and how many.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class MeasureExclusion
{
    /// <summary>Initializes an exclusion.</summary>
    /// <param name="reason">Why the records were left out.</param>
    /// <param name="count">How many.</param>
    public MeasureExclusion(string reason, int count)
    {
        Reason = reason;
        Count = count;
    }

    /// <summary>Gets why the records were left out.</summary>
    public string Reason { get; }

    /// <summary>Gets how many records were left out.</summary>
    public int Count { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Reason}: {Count}";
}
