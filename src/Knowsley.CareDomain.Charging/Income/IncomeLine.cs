using System;

namespace Knowsley.CareDomain.Charging.Income;

/// <summary>One source of income of the person assessed, at the frequency it is paid.</summary>
/// <remarks>
/// Amounts are converted to weekly equivalents with <see cref="PeriodicAmount.ToWeekly"/>. Income received jointly as
/// one of a couple is presumed to be shared equally (CSSG Annex C para. 5): set <see cref="JointlyHeld"/> and give the
/// whole amount. Notional income (SI 2014/2672 reg. 17), such as income deliberately not claimed, is counted as if
/// received: set <see cref="IsNotional"/>. The line is checked when it is placed in a <see cref="Assessment.FinancialAssessment"/>.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class IncomeLine : IEquatable<IncomeLine>
{
    /// <summary>Initializes a new income line.</summary>
    /// <param name="type">The income type (benefit code).</param>
    /// <param name="amount">The amount and how often it is paid.</param>
    /// <param name="jointlyHeld">Whether the income is received jointly as one of a couple.</param>
    /// <param name="isNotional">Whether the income is notional (reg. 17).</param>
    /// <param name="description">An optional description.</param>
    public IncomeLine(IncomeType type, PeriodicAmount amount, bool jointlyHeld = false, bool isNotional = false, string? description = null)
    {
        Type = type;
        Amount = amount;
        JointlyHeld = jointlyHeld;
        IsNotional = isNotional;
        Description = description;
    }

    /// <summary>Gets the income type.</summary>
    public IncomeType Type { get; }

    /// <summary>Gets the amount and frequency.</summary>
    public PeriodicAmount Amount { get; }

    /// <summary>Gets a value indicating whether the income is received jointly as one of a couple (half counted).</summary>
    public bool JointlyHeld { get; }

    /// <summary>Gets a value indicating whether the income is notional income (reg. 17).</summary>
    public bool IsNotional { get; }

    /// <summary>Gets an optional description.</summary>
    public string? Description { get; }

    /// <summary>Gets the weekly amount of this line that belongs to the person (half of a joint amount, rounded down).</summary>
    /// <returns>The weekly amount.</returns>
    public Money PersonsWeeklyAmount()
    {
        var weekly = Amount.ToWeekly();
        return JointlyHeld ? weekly.MultiplyThenDivide(1, 2, MoneyRounding.Down) : weekly;
    }

    /// <inheritdoc />
    public bool Equals(IncomeLine? other)
        => other is not null && Equals(Type, other.Type) && Equals(Amount, other.Amount) && JointlyHeld == other.JointlyHeld
           && IsNotional == other.IsNotional && string.Equals(Description, other.Description, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IncomeLine);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked(((Type?.GetHashCode() ?? 0) * 397) ^ (Amount?.GetHashCode() ?? 0));
}
