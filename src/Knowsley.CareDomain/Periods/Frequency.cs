using System;
using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain;

/// <summary>
/// How often an amount is paid or incurred, and the one rule by which it becomes a weekly amount.
/// </summary>
/// <remarks>
/// <para>
/// <b>The rule.</b> A year is taken as 52 weeks. An amount paid <see cref="PeriodsPerYear"/> times a year is
/// converted to a weekly amount as <c>amount × PeriodsPerYear ÷ 52</c>, and back as
/// <c>weekly × 52 ÷ PeriodsPerYear</c>, with one rounding to the nearest penny (half a penny up,
/// <see cref="MoneyRounding.HalfUp"/>) at the end. So a calendar-monthly amount is × 12 ÷ 52, a quarterly one
/// × 4 ÷ 52 (= ÷ 13), an annual one ÷ 52, a four-weekly one ÷ 4 and a fortnightly one ÷ 2.
/// Worked numbers are in <c>docs/money-and-periods.md</c>.
/// </para>
/// <para>
/// Converting weekly → any frequency → weekly gives back the same weekly amount; converting any frequency →
/// weekly → the same frequency is within ⌈½p × 52 ÷ PeriodsPerYear⌉ of the start (2p for calendar-monthly).
/// </para>
/// </remarks>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public sealed class Frequency : CodeListItem<Frequency>
{
    /// <summary>The number of weeks taken as one year in every conversion.</summary>
    public const int WeeksPerYear = 52;

    /// <summary>Every week (52 a year).</summary>
    public static readonly Frequency Weekly = new(nameof(Weekly), "weekly", "Weekly", 52);

    /// <summary>Every two weeks (26 a year).</summary>
    public static readonly Frequency Fortnightly = new(nameof(Fortnightly), "fortnightly", "Fortnightly", 26);

    /// <summary>Every four weeks (13 a year), as many benefits and pensions are paid.</summary>
    public static readonly Frequency FourWeekly = new(nameof(FourWeekly), "four-weekly", "Four-weekly", 13);

    /// <summary>Every calendar month (12 a year).</summary>
    public static readonly Frequency CalendarMonthly = new(nameof(CalendarMonthly), "monthly", "Calendar monthly", 12);

    /// <summary>Every quarter (4 a year).</summary>
    public static readonly Frequency Quarterly = new(nameof(Quarterly), "quarterly", "Quarterly", 4);

    /// <summary>Once a year.</summary>
    public static readonly Frequency Annual = new(nameof(Annual), "annual", "Annual", 1);

    private Frequency(string name, string code, string displayName, int periodsPerYear)
        : base(name, code, displayName)
    {
        PeriodsPerYear = periodsPerYear;
    }

    /// <summary>Gets how many times a year an amount of this frequency is paid.</summary>
    public int PeriodsPerYear { get; }

    /// <summary>Converts an amount of this frequency to its weekly equivalent (× PeriodsPerYear ÷ 52, rounded half up).</summary>
    /// <param name="amount">The amount per period.</param>
    /// <returns>The weekly equivalent.</returns>
    public Money ToWeekly(Money amount) => amount.MultiplyThenDivide(PeriodsPerYear, WeeksPerYear, MoneyRounding.HalfUp);

    /// <summary>Converts a weekly amount to an amount of this frequency (× 52 ÷ PeriodsPerYear, rounded half up).</summary>
    /// <param name="weekly">The weekly amount.</param>
    /// <returns>The amount per period of this frequency.</returns>
    public Money FromWeekly(Money weekly) => weekly.MultiplyThenDivide(WeeksPerYear, PeriodsPerYear, MoneyRounding.HalfUp);

    /// <summary>Converts an amount of this frequency to another frequency through the weekly rule.</summary>
    /// <param name="amount">The amount per period of this frequency.</param>
    /// <param name="target">The frequency wanted.</param>
    /// <returns>The amount per period of <paramref name="target"/>, with one rounding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public Money ConvertTo(Money amount, Frequency target)
    {
        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        return ReferenceEquals(target, this)
            ? amount
            : amount.MultiplyThenDivide(PeriodsPerYear, target.PeriodsPerYear, MoneyRounding.HalfUp);
    }
}
