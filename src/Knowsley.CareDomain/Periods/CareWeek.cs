using System;
using System.Collections.Generic;
using Knowsley.CareDomain.Internal;
using NodaTime;

namespace Knowsley.CareDomain;

/// <summary>
/// A charging week: seven consecutive days starting on the council's chosen first day of the week.
/// </summary>
/// <remarks>
/// <para>
/// Councils bill care by the week but differ on the day a week starts (many use Monday). A care week is
/// identified by its <see cref="Start"/>; <see cref="End"/> is six days later, inclusive.
/// </para>
/// <para>
/// <b>Weeks of a financial year.</b> Week 1 of a financial year is the first care week that starts on or after
/// 1 April; the year's weeks are those that start within it, so a year has 52 or 53 care weeks.
/// </para>
/// <para>
/// <b>Part weeks</b> are charged pro rata by days: weekly × days ÷ 7, with the rounding the caller states
/// (<see cref="ProRata"/>).
/// </para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and safe to share between threads.</threadsafety>
public readonly struct CareWeek : IEquatable<CareWeek>
{
    /// <summary>Initializes a care week from its first day.</summary>
    /// <param name="start">The first day of the week.</param>
    public CareWeek(LocalDate start)
    {
        Start = start;
    }

    /// <summary>Gets the first day of the week.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day of the week, six days after <see cref="Start"/>.</summary>
    public LocalDate End => Start.PlusDays(6);

    /// <summary>Gets the week as an inclusive date interval.</summary>
    public DateInterval Interval => new(Start, End);

    /// <summary>Gets the care week, starting on <paramref name="firstDayOfWeek"/>, that contains a date.</summary>
    /// <param name="date">Any date.</param>
    /// <param name="firstDayOfWeek">The day on which the council's weeks start.</param>
    /// <returns>The care week.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstDayOfWeek"/> is not a day of the week.</exception>
    public static CareWeek Containing(LocalDate date, IsoDayOfWeek firstDayOfWeek)
    {
        CheckDay(firstDayOfWeek);
        var back = ((int)date.DayOfWeek - (int)firstDayOfWeek + 7) % 7;
        return new CareWeek(date.PlusDays(-back));
    }

    /// <summary>Gets the care weeks of a financial year: those that start within it (52 or 53).</summary>
    /// <param name="year">The financial year.</param>
    /// <param name="firstDayOfWeek">The day on which the council's weeks start.</param>
    /// <returns>The weeks, in date order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstDayOfWeek"/> is not a day of the week.</exception>
    public static IReadOnlyList<CareWeek> InFinancialYear(FinancialYear year, IsoDayOfWeek firstDayOfWeek)
    {
        CheckDay(firstDayOfWeek);
        var weeks = new List<CareWeek>(53);
        var start = FirstWeekStart(year, firstDayOfWeek);
        while (start <= year.End)
        {
            weeks.Add(new CareWeek(start));
            start = start.PlusDays(7);
        }

        return weeks;
    }

    /// <summary>Gets the number of this week within a financial year (week 1 is the first that starts on or after 1 April).</summary>
    /// <param name="year">The financial year.</param>
    /// <param name="firstDayOfWeek">The day on which the council's weeks start; must be the day <see cref="Start"/> falls on.</param>
    /// <returns>The week number, 1 to 53.</returns>
    /// <exception cref="ArgumentException">This week does not start on <paramref name="firstDayOfWeek"/>, or does not start in <paramref name="year"/>.</exception>
    public int NumberInFinancialYear(FinancialYear year, IsoDayOfWeek firstDayOfWeek)
    {
        CheckDay(firstDayOfWeek);
        Preconditions.CheckArgument(Start.DayOfWeek == firstDayOfWeek, nameof(firstDayOfWeek), $"This care week starts on a {Start.DayOfWeek}, not a {firstDayOfWeek}.");
        Preconditions.CheckArgument(year.Contains(Start), nameof(year), $"This care week starts on {Start:uuuu-MM-dd}, outside {year}.");
        var days = Period.Between(FirstWeekStart(year, firstDayOfWeek), Start, PeriodUnits.Days).Days;
        return (days / 7) + 1;
    }

    /// <summary>Gets the following care week.</summary>
    /// <returns>The next week.</returns>
    public CareWeek Next() => new(Start.PlusDays(7));

    /// <summary>Tests whether a date falls in this week.</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> when <see cref="Start"/> ≤ date ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Charges part of a week: weekly × days ÷ 7, rounded as stated.</summary>
    /// <param name="weeklyAmount">The amount for a whole week.</param>
    /// <param name="days">Days charged, 0 to 7.</param>
    /// <param name="rounding">How to round a fraction of a penny.</param>
    /// <returns>The pro-rata amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 0–7.</exception>
    public static Money ProRata(Money weeklyAmount, int days, MoneyRounding rounding)
    {
        Preconditions.CheckArgumentRange(nameof(days), days, 0, 7);
        return weeklyAmount.MultiplyThenDivide(days, 7, rounding);
    }

    /// <inheritdoc />
    public bool Equals(CareWeek other) => Start == other.Start;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CareWeek other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Start.GetHashCode();

    /// <summary>Formats as <c>w/c 2025-04-07</c> (week commencing).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"w/c {Start:uuuu-MM-dd}";

    /// <summary>Compares two care weeks for equality.</summary>
    /// <param name="left">The first week.</param>
    /// <param name="right">The second week.</param>
    /// <returns><c>true</c> when they start on the same day.</returns>
    public static bool operator ==(CareWeek left, CareWeek right) => left.Equals(right);

    /// <summary>Compares two care weeks for inequality.</summary>
    /// <param name="left">The first week.</param>
    /// <param name="right">The second week.</param>
    /// <returns><c>true</c> when they start on different days.</returns>
    public static bool operator !=(CareWeek left, CareWeek right) => !left.Equals(right);

    private static LocalDate FirstWeekStart(FinancialYear year, IsoDayOfWeek firstDayOfWeek)
    {
        var forward = ((int)firstDayOfWeek - (int)year.Start.DayOfWeek + 7) % 7;
        return year.Start.PlusDays(forward);
    }

    private static void CheckDay(IsoDayOfWeek day)
    {
        if (day < IsoDayOfWeek.Monday || day > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week.");
        }
    }
}
