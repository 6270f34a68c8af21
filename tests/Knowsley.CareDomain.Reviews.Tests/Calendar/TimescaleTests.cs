using System;
using Knowsley.CareDomain.Parameters;
using Knowsley.CareDomain.Reviews.Calendar;
using Knowsley.CareDomain.Validation;
using NodaTime;
using NodaTime.Text;

namespace Knowsley.CareDomain.Reviews.Tests.Calendar;

public sealed class TimescaleTests
{
    private static LocalDate D(string s) => LocalDatePattern.Iso.Parse(s).Value;

    [Theory]
    // Calendar arithmetic never builds dates from the day of the month (A County Council v MB [2010] EWCOP 2508).
    [InlineData(7, "days", "2010-02-22", "2010-03-01")]
    [InlineData(7, "days", "2024-02-22", "2024-02-29")]
    [InlineData(8, "weeks", "2024-03-01", "2024-04-26")]
    [InlineData(6, "weeks", "2024-03-01", "2024-04-12")]
    [InlineData(12, "months", "2024-02-29", "2025-02-28")]
    [InlineData(12, "months", "2023-02-28", "2024-02-28")]
    [InlineData(6, "months", "2025-08-31", "2026-02-28")]
    [InlineData(6, "months", "2023-08-31", "2024-02-29")]
    [InlineData(1, "months", "2026-01-31", "2026-02-28")]
    [InlineData(1, "years", "2024-02-29", "2025-02-28")]
    [InlineData(12, "months", "2025-12-31", "2026-12-31")]
    public void Calendar_timescales_table(int length, string unit, string start, string expected)
        => Assert.Equal(D(expected), new Timescale(length, TimescaleUnit.FromCode(unit), DayCountConvention.CalendarDays).AddTo(D(start)));

    [Fact]
    public void Working_day_timescale_skips_bank_holidays()
    {
        // 20 working days from Thursday 17 April 2025 crosses Good Friday, Easter Monday and the early May bank holiday.
        Assert.Equal(D("2025-05-20"), Timescale.WorkingDays(20).AddTo(D("2025-04-17"), BankHolidayCalendar.EnglandAndWales));
        Assert.Equal(D("2025-04-17"), Timescale.WorkingDays(20).SubtractFrom(D("2025-05-20"), BankHolidayCalendar.EnglandAndWales));
    }

    [Fact]
    public void Working_days_need_a_calendar()
        => Assert.Throws<ArgumentNullException>(() => Timescale.WorkingDays(5).AddTo(D("2025-04-17")));

    [Fact]
    public void Repeated_months_are_computed_from_the_start()
    {
        var year = new Timescale(12, TimescaleUnit.Months, DayCountConvention.CalendarDays);
        Assert.Equal(D("2028-02-29"), year.AddTimesTo(D("2024-02-29"), 4));
        Assert.Equal(D("2027-02-28"), year.AddTimesTo(D("2024-02-29"), 3));
        Assert.Throws<InvalidOperationException>(() => Timescale.WorkingDays(5).AddTimesTo(D("2025-04-17"), 2));
    }

    [Fact]
    public void Reads_a_dated_parameter_with_its_citation()
    {
        var t = Timescale.FromParameter(ReviewParameters.Statutory, "reviews.direct-payment.first-review-due", D("2025-01-01"));
        Assert.Equal(6, t.Length);
        Assert.Equal(TimescaleUnit.Months, t.Unit);
        Assert.Equal("SI 2014/2871", t.Citation!.Instrument);
        Assert.Equal("6 months", t.ToString());
    }

    [Fact]
    public void Before_the_first_entry_the_lookup_fails()
        => Assert.Throws<ParameterNotAvailableException>(() => Timescale.FromParameter(ReviewParameters.Statutory, "reviews.direct-payment.first-review-due", D("2014-01-01")));

    [Fact]
    public void Negative_length_names_the_field()
    {
        var ex = Assert.Throws<DomainValidationException>(() => new Timescale(-1, TimescaleUnit.Days, DayCountConvention.CalendarDays));
        Assert.Contains(ex.Errors, e => e.Field == "length" && e.Rule == "non-negative");
    }

    [Fact]
    public void Working_weeks_are_rejected_naming_the_field()
    {
        var ex = Assert.Throws<DomainValidationException>(() => new Timescale(2, TimescaleUnit.Weeks, DayCountConvention.WorkingDays));
        Assert.Contains(ex.Errors, e => e.Field == "unit" && e.Rule == "working-days-in-days");
    }

    [Fact]
    public void Missing_unit_and_convention_name_the_fields()
    {
        var ex = Assert.Throws<DomainValidationException>(() => new Timescale(2, null!, null!));
        Assert.Contains(ex.Errors, e => e.Field == "unit" && e.Rule == "required");
        Assert.Contains(ex.Errors, e => e.Field == "convention" && e.Rule == "required");
    }

    [Fact]
    public void Every_shipped_parameter_has_a_citation_and_a_value()
    {
        foreach (var p in ReviewParameters.Statutory.Parameters)
        {
            Assert.All(p.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Citation.Instrument)));
            Assert.NotNull(Timescale.FromParameter(ReviewParameters.Statutory, p.Name, D("2026-03-31")));
        }
    }
}
