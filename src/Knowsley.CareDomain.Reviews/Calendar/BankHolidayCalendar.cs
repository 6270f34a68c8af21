using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text;
using System;
using Knowsley.CareDomain.Reviews.Serialization;
using Knowsley.CareDomain.Validation;
using NodaTime.Text;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.Calendar;

/// <summary>
/// A set of non-working days (bank holidays, substitute days and local closure days) over a stated coverage period,
/// with working-day arithmetic.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="EnglandAndWales"/> is the shipped calendar for England and Wales, 2015 to 2027, built from the regular
/// pattern of the Banking and Financial Dealings Act 1971 Sch. 1 with substitute days, the moved and one-off days of
/// 2020 (VE day), 2022 (Platinum Jubilee, State Funeral) and 2023 (Coronation), and checked against gov.uk/bank-holidays.
/// Never use a Scottish or "UK" calendar for England and Wales deadlines.
/// </para>
/// <para>
/// A working day is Monday to Friday and not in the calendar. Working-day arithmetic outside the coverage throws
/// <see cref="CalendarCoverageException"/> rather than guessing; calendar-day arithmetic needs no calendar.
/// </para>
/// <para>
/// In JSON (<c>CareDomainJson</c>) a calendar is written in the <see cref="FromJson"/> file format, except that the shipped
/// <see cref="EnglandAndWales"/> is written as its name, <c>"england-and-wales"</c>, which reads back as the shipped calendar.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(BankHolidayCalendarJsonConverter))]
public sealed class BankHolidayCalendar
{
    private const string EnglandAndWalesResource = "Knowsley.CareDomain.Reviews.Calendar.bank-holidays-england-and-wales.json";
    private static readonly Lazy<BankHolidayCalendar> EnglandAndWalesCalendar = new(LoadEnglandAndWales);
    private readonly Dictionary<LocalDate, BankHoliday> byDate;

    /// <summary>Initializes a calendar.</summary>
    /// <param name="name">The calendar's name, for example "england-and-wales".</param>
    /// <param name="coverage">The dates for which the calendar is complete.</param>
    /// <param name="holidays">The non-working days; each must be inside the coverage, dates unique.</param>
    /// <param name="citation">Where the dates come from.</param>
    /// <exception cref="DomainValidationException">A holiday is outside the coverage or a date repeats.</exception>
    public BankHolidayCalendar(string name, DateInterval coverage, IEnumerable<BankHoliday> holidays, Citation citation)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Coverage = coverage ?? throw new ArgumentNullException(nameof(coverage));
        Citation = citation ?? throw new ArgumentNullException(nameof(citation));
        byDate = new Dictionary<LocalDate, BankHoliday>();
        var errors = new ValidationErrors();
        var list = (holidays ?? throw new ArgumentNullException(nameof(holidays))).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var field = FieldPath.Index("holidays", i);
            var holiday = list[i];
            if (!coverage.Contains(holiday.Date))
            {
                errors.Add(FieldPath.Member(field, "date"), "within-coverage", $"{holiday.Date:uuuu-MM-dd} is outside the calendar's coverage {coverage.Start:uuuu-MM-dd} to {coverage.End:uuuu-MM-dd}");
            }
            else if (byDate.ContainsKey(holiday.Date))
            {
                errors.Add(FieldPath.Member(field, "date"), "unique-date", $"{holiday.Date:uuuu-MM-dd} appears more than once");
            }
            else
            {
                byDate.Add(holiday.Date, holiday);
            }
        }

        errors.ThrowIfAny();
        Holidays = byDate.Values.OrderBy(h => h.Date).ToArray();
    }

    /// <summary>Gets the shipped England and Wales bank-holiday calendar (2015 to 2027).</summary>
    public static BankHolidayCalendar EnglandAndWales => EnglandAndWalesCalendar.Value;

    /// <summary>Gets the calendar's name.</summary>
    public string Name { get; }

    /// <summary>Gets the dates for which the calendar is complete (inclusive at both ends).</summary>
    public DateInterval Coverage { get; }

    /// <summary>Gets the non-working days in date order.</summary>
    public IReadOnlyList<BankHoliday> Holidays { get; }

    /// <summary>Gets where the dates come from.</summary>
    public Citation Citation { get; }

    /// <summary>Reads a calendar from JSON in the shipped format (see <c>docs/reviews.md</c>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">The file name, for messages.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="DomainValidationException">A field is missing or malformed; the message names the field and the source.</exception>
    public static BankHolidayCalendar FromJson(string json, string sourceName)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var errors = new ValidationErrors();
        var name = ReadString(root, "calendar", errors, sourceName) ?? string.Empty;
        var from = ReadDate(root, "coverageFrom", errors, sourceName);
        var to = ReadDate(root, "coverageTo", errors, sourceName);
        Citation? citation = null;
        if (root.TryGetProperty("citation", out var c))
        {
            var instrument = ReadString(c, "instrument", errors, sourceName, "citation");
            var provision = ReadString(c, "provision", errors, sourceName, "citation");
            if (instrument is not null && provision is not null)
            {
                citation = new Citation(instrument, provision, OptionalString(c, "title"), OptionalString(c, "url"));
            }
        }
        else
        {
            errors.Add("citation", "required", $"{sourceName}: a calendar needs a citation");
        }

        var holidays = new List<BankHoliday>();
        if (root.TryGetProperty("holidays", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                var field = FieldPath.Index("holidays", i++);
                var date = ReadDate(item, "date", errors, sourceName, field);
                var holidayName = ReadString(item, "name", errors, sourceName, field);
                if (date is not null && holidayName is not null)
                {
                    holidays.Add(new BankHoliday(date.Value, holidayName, OptionalString(item, "note")));
                }
            }
        }
        else
        {
            errors.Add("holidays", "required", $"{sourceName}: a calendar needs a 'holidays' array");
        }

        if (from is not null && to is not null && to < from)
        {
            errors.Add("coverageTo", "after-coverage-from", $"{sourceName}: coverageTo is before coverageFrom");
        }

        errors.ThrowIfAny();
        return new BankHolidayCalendar(name, new DateInterval(from!.Value, to!.Value), holidays, citation!);
    }

    /// <summary>Returns a calendar with more non-working days (for example a council's local closure days), and
    /// optionally a wider coverage (to add a year's bank holidays).</summary>
    /// <param name="extra">The days to add; a date already in the calendar is an error.</param>
    /// <param name="coverage">The new coverage; it must contain the current one. Defaults to the current coverage.</param>
    /// <returns>The extended calendar.</returns>
    /// <exception cref="DomainValidationException">A day is outside the coverage or already in the calendar.</exception>
    public BankHolidayCalendar WithHolidays(IEnumerable<BankHoliday> extra, DateInterval? coverage = null)
    {
        var newCoverage = coverage ?? Coverage;
        if (!newCoverage.Contains(Coverage.Start) || !newCoverage.Contains(Coverage.End))
        {
            throw new DomainValidationException("coverage", "contains-existing", "The new coverage must contain the existing coverage.");
        }

        return new BankHolidayCalendar(Name, newCoverage, Holidays.Concat(extra ?? throw new ArgumentNullException(nameof(extra))), Citation);
    }

    /// <summary>Gets whether a date is a bank holiday or closure day in this calendar.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> if it is.</returns>
    /// <exception cref="CalendarCoverageException">The date is outside the coverage.</exception>
    public bool IsHoliday(LocalDate date)
    {
        CheckCovered(date);
        return byDate.ContainsKey(date);
    }

    /// <summary>Gets the holiday on a date, if any.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The holiday, or <see langword="null"/>.</returns>
    /// <exception cref="CalendarCoverageException">The date is outside the coverage.</exception>
    public BankHoliday? HolidayOn(LocalDate date)
    {
        CheckCovered(date);
        return byDate.TryGetValue(date, out var h) ? h : null;
    }

    /// <summary>Gets whether a date is a working day: Monday to Friday and not a holiday in this calendar.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> if it is a working day.</returns>
    /// <exception cref="CalendarCoverageException">The date is outside the coverage.</exception>
    public bool IsWorkingDay(LocalDate date)
    {
        CheckCovered(date);
        return date.DayOfWeek != IsoDayOfWeek.Saturday && date.DayOfWeek != IsoDayOfWeek.Sunday && !byDate.ContainsKey(date);
    }

    /// <summary>Adds working days: the date that is <paramref name="workingDays"/> working days after (or, if negative, before) <paramref name="start"/>.</summary>
    /// <param name="start">The start date (not itself counted).</param>
    /// <param name="workingDays">The number of working days; 0 returns <paramref name="start"/>.</param>
    /// <returns>The working day reached.</returns>
    /// <exception cref="CalendarCoverageException">The count runs outside the coverage.</exception>
    public LocalDate AddWorkingDays(LocalDate start, int workingDays)
    {
        var step = workingDays >= 0 ? 1 : -1;
        var remaining = Math.Abs(workingDays);
        var date = start;
        while (remaining > 0)
        {
            date = date.PlusDays(step);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>Counts the working days after <paramref name="start"/> up to and including <paramref name="end"/> (negative if <paramref name="end"/> is earlier).</summary>
    /// <param name="start">The start date (not counted).</param>
    /// <param name="end">The end date (counted if a working day).</param>
    /// <returns>The number of working days; a same-day end gives 0.</returns>
    /// <exception cref="CalendarCoverageException">A date is outside the coverage.</exception>
    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        if (end < start)
        {
            return -WorkingDaysBetween(end, start);
        }

        CheckCovered(start);
        CheckCovered(end);
        var days = Period.Between(start, end, PeriodUnits.Days).Days;
        var weeks = days / 7;
        var count = weeks * 5;
        for (var d = start.PlusDays(weeks * 7 + 1); d <= end; d = d.PlusDays(1))
        {
            if (d.DayOfWeek != IsoDayOfWeek.Saturday && d.DayOfWeek != IsoDayOfWeek.Sunday)
            {
                count++;
            }
        }

        foreach (var holiday in Holidays)
        {
            if (holiday.Date > start && holiday.Date <= end && holiday.Date.DayOfWeek != IsoDayOfWeek.Saturday && holiday.Date.DayOfWeek != IsoDayOfWeek.Sunday)
            {
                count--;
            }
        }

        return count;
    }

    private void CheckCovered(LocalDate date)
    {
        if (!Coverage.Contains(date))
        {
            throw new CalendarCoverageException(date, Coverage);
        }
    }

    private static BankHolidayCalendar LoadEnglandAndWales()
    {
        var assembly = typeof(BankHolidayCalendar).GetTypeInfo().Assembly;
        using var stream = assembly.GetManifestResourceStream(EnglandAndWalesResource)
            ?? throw new InvalidOperationException($"The embedded resource '{EnglandAndWalesResource}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return FromJson(reader.ReadToEnd(), EnglandAndWalesResource);
    }

    private static string? OptionalString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? ReadString(JsonElement element, string property, ValidationErrors errors, string source, string? parent = null)
    {
        var value = OptionalString(element, property);
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(FieldPath.Member(parent, property), "required", $"{source}: '{property}' is required");
            return null;
        }

        return value;
    }

    private static LocalDate? ReadDate(JsonElement element, string property, ValidationErrors errors, string source, string? parent = null)
    {
        var text = ReadString(element, property, errors, source, parent);
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            errors.Add(FieldPath.Member(parent, property), "iso-date", $"{source}: '{text}' is not a date (yyyy-MM-dd)");
            return null;
        }

        return result.Value;
    }
}
