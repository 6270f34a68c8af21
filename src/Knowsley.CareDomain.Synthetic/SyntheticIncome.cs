using System;

namespace Knowsley.CareDomain.Synthetic;

/// <summary>One income of a synthetic person: its source and amount per period.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class SyntheticIncome
{
    /// <summary>Initializes an income.</summary>
    /// <param name="source">The kind of income.</param>
    /// <param name="amount">The amount and how often it is paid.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SyntheticIncome(SyntheticIncomeSource source, PeriodicAmount amount)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Amount = amount ?? throw new ArgumentNullException(nameof(amount));
    }

    /// <summary>Gets the kind of income.</summary>
    public SyntheticIncomeSource Source { get; }

    /// <summary>Gets the amount and how often it is paid.</summary>
    public PeriodicAmount Amount { get; }
}
