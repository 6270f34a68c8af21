using System;

namespace Knowsley.CareDomain.Charging.Assessment;

/// <summary>A top-up for a care home that costs more than the council's rate (CSSG Annex A), paid on top of the assessed charge.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class TopUp : IEquatable<TopUp>
{
    /// <summary>Initializes a new top-up.</summary>
    /// <param name="payer">Who pays it.</param>
    /// <param name="weeklyAmount">The weekly amount: the home's fee less the council's rate.</param>
    public TopUp(TopUpPayer payer, Money weeklyAmount)
    {
        Payer = payer;
        WeeklyAmount = weeklyAmount;
    }

    /// <summary>Gets who pays the top-up.</summary>
    public TopUpPayer Payer { get; }

    /// <summary>Gets the weekly amount.</summary>
    public Money WeeklyAmount { get; }

    /// <inheritdoc />
    public bool Equals(TopUp? other) => other is not null && Payer == other.Payer && WeeklyAmount == other.WeeklyAmount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TopUp);

    /// <inheritdoc />
    public override int GetHashCode() => WeeklyAmount.GetHashCode();
}
