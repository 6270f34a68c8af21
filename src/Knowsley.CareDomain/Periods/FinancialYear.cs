using System;
using System.Globalization;
using Knowsley.CareDomain.Internal;
using NodaTime;

namespace Knowsley.CareDomain;

/// <summary>
/// A UK public-sector financial year, 1 April to 31 March inclusive, written <c>2025-26</c>.
/// </summary>
/// <remarks>
/// <para>
/// Identified by the calendar year in which it starts: <c>new FinancialYear(2025)</c> runs from 1 April 2025 to
/// 31 March 2026. Statutory rates do not always change on 1 April (benefits change in the first full week of
/// April); dated parameters carry their own effective dates, so use a date, not a financial year, to look
/// them up.
/// </para>
/// <para><see cref="Parse(string)"/> accepts <c>2025-26</c>, <c>2025/26</c> and <c>2025-2026</c>.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and safe to share between threads.</threadsafety>
public readonly struct FinancialYear : IEquatable<FinancialYear>, IComparable<FinancialYear>
{
    /// <summary>The earliest start year supported.</summary>
    public const int MinStartYear = 1900;

    /// <summary>The latest start year supported.</summary>
    public const int MaxStartYear = 9998;

    /// <summary>Initializes a financial year from the calendar year in which it starts.</summary>
    /// <param name="startYear">The calendar year containing the 1 April on which it starts.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startYear"/> is outside 1900–9998.</exception>
    public FinancialYear(int startYear)
    {
        Preconditions.CheckArgumentRange(nameof(startYear), startYear, MinStartYear, MaxStartYear);
        StartYear = startYear;
    }

    /// <summary>Gets the calendar year in which this financial year starts.</summary>
    public int StartYear { get; }

    /// <summary>Gets the first day, 1 April.</summary>
    public LocalDate Start => new(StartYear, 4, 1);

    /// <summary>Gets the last day, 31 March of the following calendar year.</summary>
    public LocalDate End => new(StartYear + 1, 3, 31);

    /// <summary>Gets the whole year as an inclusive date interval.</summary>
    public DateInterval Interval => new(Start, End);

    /// <summary>Gets the number of days in the year (365 or 366).</summary>
    public int LengthInDays => Period.Between(Start, End, PeriodUnits.Days).Days + 1;

    /// <summary>Gets the financial year that contains a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The financial year.</returns>
    public static FinancialYear Containing(LocalDate date)
        => new(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>Tests whether a date falls in this financial year.</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> when 1 April ≤ date ≤ 31 March.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Gets the following financial year.</summary>
    /// <returns>The next year.</returns>
    public FinancialYear Next() => new(StartYear + 1);

    /// <summary>Gets the preceding financial year.</summary>
    /// <returns>The previous year.</returns>
    public FinancialYear Previous() => new(StartYear - 1);

    /// <summary>Parses <c>2025-26</c>, <c>2025/26</c> or <c>2025-2026</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The financial year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a financial year, or its two years are not consecutive.</exception>
    public static FinancialYear Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        if (!TryParse(text, out var year))
        {
            throw new FormatException($"'{text}' is not a financial year: expected the form 2025-26 (1 April 2025 to 31 March 2026).");
        }

        return year;
    }

    /// <summary>Tries to parse a financial year; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The year, when parsing succeeds.</param>
    /// <returns><c>true</c> when the text is a valid financial year.</returns>
    public static bool TryParse(string? text, out FinancialYear result)
    {
        result = default;
        if (text is null)
        {
            return false;
        }

        var s = text.Trim();
        var separator = s.IndexOfAny(new[] { '-', '/' });
        if (separator != 4)
        {
            return false;
        }

        var first = s.Substring(0, 4);
        var second = s.Substring(5);
        if (!int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var startYear)
            || !int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out var endPart)
            || startYear < MinStartYear
            || startYear > MaxStartYear)
        {
            return false;
        }

        var consecutive = second.Length switch
        {
            2 => endPart == (startYear + 1) % 100,
            4 => endPart == startYear + 1,
            _ => false,
        };
        if (!consecutive)
        {
            return false;
        }

        result = new FinancialYear(startYear);
        return true;
    }

    /// <summary>Formats as <c>2025-26</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => string.Format(CultureInfo.InvariantCulture, "{0:0000}-{1:00}", StartYear, (StartYear + 1) % 100);

    /// <inheritdoc />
    public bool Equals(FinancialYear other) => StartYear == other.StartYear;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FinancialYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StartYear;

    /// <inheritdoc />
    public int CompareTo(FinancialYear other) => StartYear.CompareTo(other.StartYear);

    /// <summary>Compares two financial years for equality.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><c>true</c> when they are the same year.</returns>
    public static bool operator ==(FinancialYear left, FinancialYear right) => left.Equals(right);

    /// <summary>Compares two financial years for inequality.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><c>true</c> when they differ.</returns>
    public static bool operator !=(FinancialYear left, FinancialYear right) => !left.Equals(right);

    /// <summary>Tests whether one year is earlier than another.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><c>true</c> when <paramref name="left"/> is earlier.</returns>
    public static bool operator <(FinancialYear left, FinancialYear right) => left.StartYear < right.StartYear;

    /// <summary>Tests whether one year is later than another.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><c>true</c> when <paramref name="left"/> is later.</returns>
    public static bool operator >(FinancialYear left, FinancialYear right) => left.StartYear > right.StartYear;

    /// <summary>Tests whether one year is the same as or earlier than another.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><c>true</c> when <paramref name="left"/> is not later.</returns>
    public static bool operator <=(FinancialYear left, FinancialYear right) => left.StartYear <= right.StartYear;

    /// <summary>Tests whether one year is the same as or later than another.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><c>true</c> when <paramref name="left"/> is not earlier.</returns>
    public static bool operator >=(FinancialYear left, FinancialYear right) => left.StartYear >= right.StartYear;
}
