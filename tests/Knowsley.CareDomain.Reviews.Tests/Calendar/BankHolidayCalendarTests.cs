using System;
using System.Globalization;
using System.Linq;
using Knowsley.CareDomain.Reviews.Calendar;
using Knowsley.CareDomain.Validation;
using NodaTime;
using NodaTime.Text;

namespace Knowsley.CareDomain.Reviews.Tests.Calendar;

public sealed class BankHolidayCalendarTests
{
    // The published England and Wales list (gov.uk/bank-holidays), 2015-2027, including the 2020 VE-day move, the
    // 2022 Platinum Jubilee and State Funeral days, the 2023 Coronation day and every substitute day. 2026 and 2027
    // also checked against independent published lists (Nov 2026).
    private static readonly string[] Published =
    {
        "2015-01-01", "2015-04-03", "2015-04-06", "2015-05-04", "2015-05-25", "2015-08-31", "2015-12-25", "2015-12-28",
        "2016-01-01", "2016-03-25", "2016-03-28", "2016-05-02", "2016-05-30", "2016-08-29", "2016-12-26", "2016-12-27",
        "2017-01-02", "2017-04-14", "2017-04-17", "2017-05-01", "2017-05-29", "2017-08-28", "2017-12-25", "2017-12-26",
        "2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25", "2018-12-26",
        "2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26",
        "2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28",
        "2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28",
        "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27",
        "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26",
        "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26",
        "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
        "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
        "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
    };

    private static LocalDate D(string s) => LocalDatePattern.Iso.Parse(s).Value;

    [Fact]
    public void Shipped_calendar_is_exactly_the_published_list_2015_to_2027()
    {
        var shipped = BankHolidayCalendar.EnglandAndWales.Holidays.Select(h => h.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(Published, shipped);
        Assert.Equal(new DateInterval(D("2015-01-01"), D("2027-12-31")), BankHolidayCalendar.EnglandAndWales.Coverage);
        Assert.Equal("https://www.gov.uk/bank-holidays", BankHolidayCalendar.EnglandAndWales.Citation.Url);
    }

    [Theory]
    [InlineData("2020-05-04", false)] // the usual early May Monday, moved to VE day
    [InlineData("2020-05-08", true)]
    [InlineData("2022-05-30", false)] // the usual spring Monday, moved for the Platinum Jubilee
    [InlineData("2022-06-02", true)]
    [InlineData("2022-06-03", true)]
    [InlineData("2022-09-19", true)]
    [InlineData("2023-05-08", true)]
    [InlineData("2023-05-01", true)]
    public void Moved_and_one_off_days(string date, bool holiday)
        => Assert.Equal(holiday, BankHolidayCalendar.EnglandAndWales.IsHoliday(D(date)));

    [Fact]
    public void Every_holiday_is_a_weekday_substitute_rule()
        => Assert.All(BankHolidayCalendar.EnglandAndWales.Holidays, h => Assert.True(h.Date.DayOfWeek < IsoDayOfWeek.Saturday, h.ToString()));

    [Fact]
    public void Substitute_days_are_named()
    {
        var cal = BankHolidayCalendar.EnglandAndWales;
        Assert.Equal("Christmas Day (substitute day)", cal.HolidayOn(D("2022-12-27"))!.Name);
        Assert.Equal("Boxing Day (substitute day)", cal.HolidayOn(D("2026-12-28"))!.Name);
        Assert.Null(cal.HolidayOn(D("2026-12-29")));
    }

    [Theory]
    // Thursday before Easter 2025 + 1 working day skips Good Friday, the weekend and Easter Monday.
    [InlineData("2025-04-17", 1, "2025-04-22")]
    [InlineData("2025-04-17", 0, "2025-04-17")]
    // Christmas 2026: Thu 24 Dec + 1 skips Fri 25, the weekend and Mon 28 (Boxing Day substitute).
    [InlineData("2026-12-24", 1, "2026-12-29")]
    // 20 working days from Mon 2 March 2026 (no holidays) is Mon 30 March.
    [InlineData("2026-03-02", 20, "2026-03-30")]
    [InlineData("2026-03-30", -20, "2026-03-02")]
    // Coronation week 2023: Fri 5 May + 1 is Tue 9 May.
    [InlineData("2023-05-05", 1, "2023-05-09")]
    public void AddWorkingDays_table(string start, int days, string expected)
        => Assert.Equal(D(expected), BankHolidayCalendar.EnglandAndWales.AddWorkingDays(D(start), days));

    [Theory]
    [InlineData("2025-04-17", "2025-04-22", 1)]
    [InlineData("2026-03-02", "2026-03-30", 20)]
    [InlineData("2026-03-30", "2026-03-02", -20)]
    [InlineData("2026-03-02", "2026-03-02", 0)]
    [InlineData("2022-05-27", "2022-06-06", 4)]
    public void WorkingDaysBetween_table(string start, string end, int expected)
        => Assert.Equal(expected, BankHolidayCalendar.EnglandAndWales.WorkingDaysBetween(D(start), D(end)));

    [Fact]
    public void WorkingDaysBetween_agrees_with_AddWorkingDays_over_the_coverage()
    {
        var cal = BankHolidayCalendar.EnglandAndWales;
        for (var start = D("2015-01-05"); start < D("2027-11-01"); start = start.PlusDays(37))
        {
            foreach (var n in new[] { 1, 5, 20, 28 })
            {
                Assert.Equal(n, cal.WorkingDaysBetween(start, cal.AddWorkingDays(start, n)));
            }
        }
    }

    [Fact]
    public void Outside_the_coverage_working_days_fail_with_a_clear_message()
    {
        var ex = Assert.Throws<CalendarCoverageException>(() => BankHolidayCalendar.EnglandAndWales.IsWorkingDay(D("2028-01-04")));
        Assert.Contains("2015-01-01 to 2027-12-31", ex.Message, StringComparison.Ordinal);
        Assert.Throws<CalendarCoverageException>(() => BankHolidayCalendar.EnglandAndWales.AddWorkingDays(D("2027-12-30"), 3));
    }

    [Fact]
    public void A_council_adds_local_closure_days()
    {
        var local = BankHolidayCalendar.EnglandAndWales.WithHolidays(new[] { new BankHoliday(D("2026-12-24"), "Council closure day") });
        Assert.False(local.IsWorkingDay(D("2026-12-24")));
        Assert.True(BankHolidayCalendar.EnglandAndWales.IsWorkingDay(D("2026-12-24")));
        Assert.Equal(D("2026-12-29"), local.AddWorkingDays(D("2026-12-23"), 1));
    }

    [Fact]
    public void A_council_extends_the_coverage_with_a_new_year()
    {
        var extended = BankHolidayCalendar.EnglandAndWales.WithHolidays(new[] { new BankHoliday(D("2028-01-03"), "New Year's Day (substitute day)") }, new DateInterval(D("2015-01-01"), D("2028-01-31")));
        Assert.False(extended.IsWorkingDay(D("2028-01-03")));
    }

    [Fact]
    public void Duplicate_date_is_an_error_naming_the_field()
    {
        var ex = Assert.Throws<DomainValidationException>(() => BankHolidayCalendar.EnglandAndWales.WithHolidays(new[] { new BankHoliday(D("2026-12-25"), "Again") }));
        Assert.Contains(ex.Errors, e => e.Rule == "unique-date" && e.Field.EndsWith("].date", StringComparison.Ordinal));
    }

    [Fact]
    public void Holiday_outside_coverage_is_an_error_naming_the_field()
    {
        var ex = Assert.Throws<DomainValidationException>(() => BankHolidayCalendar.EnglandAndWales.WithHolidays(new[] { new BankHoliday(D("2030-01-01"), "Far") }));
        Assert.Contains(ex.Errors, e => e.Rule == "within-coverage" && e.Field.EndsWith("].date", StringComparison.Ordinal));
    }

    [Fact]
    public void Narrower_coverage_is_an_error_naming_the_field()
    {
        var ex = Assert.Throws<DomainValidationException>(() => BankHolidayCalendar.EnglandAndWales.WithHolidays(Array.Empty<BankHoliday>(), new DateInterval(D("2020-01-01"), D("2027-12-31"))));
        Assert.Equal("coverage", ex.Errors[0].Field);
    }

    [Theory]
    [InlineData("{\"coverageFrom\":\"2026-01-01\",\"coverageTo\":\"2026-12-31\",\"citation\":{\"instrument\":\"x\",\"provision\":\"y\"},\"holidays\":[]}", "calendar", "required")]
    [InlineData("{\"calendar\":\"c\",\"coverageFrom\":\"2026-13-01\",\"coverageTo\":\"2026-12-31\",\"citation\":{\"instrument\":\"x\",\"provision\":\"y\"},\"holidays\":[]}", "coverageFrom", "iso-date")]
    [InlineData("{\"calendar\":\"c\",\"coverageFrom\":\"2026-01-01\",\"coverageTo\":\"2025-12-31\",\"citation\":{\"instrument\":\"x\",\"provision\":\"y\"},\"holidays\":[]}", "coverageTo", "after-coverage-from")]
    [InlineData("{\"calendar\":\"c\",\"coverageFrom\":\"2026-01-01\",\"coverageTo\":\"2026-12-31\",\"holidays\":[]}", "citation", "required")]
    [InlineData("{\"calendar\":\"c\",\"coverageFrom\":\"2026-01-01\",\"coverageTo\":\"2026-12-31\",\"citation\":{\"provision\":\"y\"},\"holidays\":[]}", "citation.instrument", "required")]
    [InlineData("{\"calendar\":\"c\",\"coverageFrom\":\"2026-01-01\",\"coverageTo\":\"2026-12-31\",\"citation\":{\"instrument\":\"x\",\"provision\":\"y\"}}", "holidays", "required")]
    [InlineData("{\"calendar\":\"c\",\"coverageFrom\":\"2026-01-01\",\"coverageTo\":\"2026-12-31\",\"citation\":{\"instrument\":\"x\",\"provision\":\"y\"},\"holidays\":[{\"date\":\"2026-01-01\"}]}", "holidays[0].name", "required")]
    [InlineData("{\"calendar\":\"c\",\"coverageFrom\":\"2026-01-01\",\"coverageTo\":\"2026-12-31\",\"citation\":{\"instrument\":\"x\",\"provision\":\"y\"},\"holidays\":[{\"name\":\"n\",\"date\":\"1 Jan\"}]}", "holidays[0].date", "iso-date")]
    public void FromJson_errors_name_the_field(string json, string field, string rule)
    {
        var ex = Assert.Throws<DomainValidationException>(() => BankHolidayCalendar.FromJson(json, "test.json"));
        Assert.Contains(ex.Errors, e => e.Field == field && e.Rule == rule);
    }

    [Fact]
    public void Blank_holiday_name_is_rejected()
        => Assert.Throws<ArgumentException>(() => new BankHoliday(D("2026-01-01"), " "));
}
