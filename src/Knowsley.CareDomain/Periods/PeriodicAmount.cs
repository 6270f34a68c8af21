using System;
using Knowsley.CareDomain.Internal;

namespace Knowsley.CareDomain;

/// <summary>An amount of money paid or incurred at a stated <see cref="Frequency"/>, such as £650.00 calendar monthly.</summary>
/// <remarks>Equality compares the amount and the frequency; £100 monthly is not equal to its weekly equivalent.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class PeriodicAmount : IEquatable<PeriodicAmount>
{
    /// <summary>Initializes a new periodic amount.</summary>
    /// <param name="amount">The amount per period.</param>
    /// <param name="frequency">How often it is paid.</param>
    /// <exception cref="ArgumentNullException"><paramref name="frequency"/> is null.</exception>
    public PeriodicAmount(Money amount, Frequency frequency)
    {
        Amount = amount;
        Frequency = Preconditions.CheckNotNull(frequency, nameof(frequency));
    }

    /// <summary>Gets the amount per period.</summary>
    public Money Amount { get; }

    /// <summary>Gets how often the amount is paid.</summary>
    public Frequency Frequency { get; }

    /// <summary>Creates a weekly amount.</summary>
    /// <param name="amount">The weekly amount.</param>
    /// <returns>The periodic amount.</returns>
    public static PeriodicAmount Weekly(Money amount) => new(amount, Frequency.Weekly);

    /// <summary>Gets the weekly equivalent under the rule in <see cref="Frequency"/>.</summary>
    /// <returns>The weekly amount.</returns>
    public Money ToWeekly() => Frequency.ToWeekly(Amount);

    /// <inheritdoc />
    public bool Equals(PeriodicAmount? other)
        => other is not null && Amount == other.Amount && Frequency.Equals(other.Frequency);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PeriodicAmount);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Amount.GetHashCode() * 397) ^ Frequency.GetHashCode());

    /// <summary>Formats as, for example, <c>£650.00 calendar monthly</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Amount} {Frequency.DisplayName.ToLowerInvariant()}";
}
