using System;

namespace Knowsley.CareDomain.Charging.Income;

/// <summary>One source of income of the person assessed, at the frequency it is paid.</summary>
/// <remarks>
/// Amounts are converted to weekly equivalents with <see cref="PeriodicAmount.ToWeekly"/>. Income received jointly as
/// one of a couple is presumed to be shared equally (CSSG Annex C para. 5): set <see cref="JointlyHeld"/> and give the
/// whole amount. Notional income (SI 2014/2672 reg. 17), such as income deliberately not claimed, is counted as if
/// received: set <see cref="IsNotional"/>. A care-home resident who pays half or more of an occupational or personal
/// pension or retirement annuity to a spouse or civil partner still living at home has 50% of it disregarded: set
/// <see cref="HalfPassedToSpouse"/> (CSSG Annex C, as restated by Wirral Council and Age UK factsheet 39 section 5; the
/// paragraph number and the Sch. 1 paragraph are not confirmed). The line is checked when it is placed in a <see cref="Assessment.FinancialAssessment"/>.
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
    /// <param name="halfPassedToSpouse">For a care-home resident's occupational or personal pension or retirement annuity,
    /// whether at least half of it is paid to a spouse or civil partner still living at home (50% is then disregarded).</param>
    public IncomeLine(IncomeType type, PeriodicAmount amount, bool jointlyHeld = false, bool isNotional = false, string? description = null, bool halfPassedToSpouse = false)
    {
        Type = type;
        Amount = amount;
        JointlyHeld = jointlyHeld;
        IsNotional = isNotional;
        Description = description;
        HalfPassedToSpouse = halfPassedToSpouse;
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

    /// <summary>Gets a value indicating whether at least half of this pension is paid to a spouse or civil partner still
    /// living at home (care-home residents only; 50% of the weekly amount is then disregarded).</summary>
    public bool HalfPassedToSpouse { get; }

    /// <summary>Gets the weekly amount disregarded because half of this pension is passed to a spouse or civil partner at
    /// home: 50% of the person's weekly amount, rounded up to the penny in the person's favour (zero when the line is not
    /// so marked).</summary>
    /// <returns>The weekly disregard.</returns>
    public Money PassedToSpouseDisregard()
    {
        if (!HalfPassedToSpouse)
        {
            return Money.Zero;
        }

        var weekly = PersonsWeeklyAmount();
        return weekly - weekly.MultiplyThenDivide(1, 2, MoneyRounding.Down);
    }

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
           && IsNotional == other.IsNotional && string.Equals(Description, other.Description, StringComparison.Ordinal)
           && HalfPassedToSpouse == other.HalfPassedToSpouse;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IncomeLine);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked(((Type?.GetHashCode() ?? 0) * 397) ^ (Amount?.GetHashCode() ?? 0));
}
