using System;
using System.Linq;
using NodaTime;

namespace Knowsley.CareDomain.Tests;

public sealed class CareWeekTests
{
    [Theory]
    [InlineData(2025, 4, 9, IsoDayOfWeek.Monday, 2025, 4, 7)]
    [InlineData(2025, 4, 7, IsoDayOfWeek.Monday, 2025, 4, 7)]
    [InlineData(2025, 4, 6, IsoDayOfWeek.Monday, 2025, 3, 31)]
    [InlineData(2025, 4, 9, IsoDayOfWeek.Sunday, 2025, 4, 6)]
    [InlineData(2024, 3, 1, IsoDayOfWeek.Thursday, 2024, 2, 29)]
    public void Containing_finds_the_week_start(int y, int m, int d, IsoDayOfWeek first, int sy, int sm, int sd)
    {
        var week = CareWeek.Containing(new LocalDate(y, m, d), first);
        Assert.Equal(new LocalDate(sy, sm, sd), week.Start);
        Assert.Equal(week.Start.PlusDays(6), week.End);
        Assert.True(week.Contains(new LocalDate(y, m, d)));
        Assert.Equal(week.Start.PlusDays(7), week.Next().Start);
    }

    [Fact]
    public void Weeks_of_a_financial_year_start_within_it()
    {
        // 1 April 2025 is a Tuesday: week 1 (Monday weeks) starts on Monday 7 April 2025.
        var weeks = CareWeek.InFinancialYear(new FinancialYear(2025), IsoDayOfWeek.Monday);
        Assert.Equal(new LocalDate(2025, 4, 7), weeks[0].Start);
        Assert.Equal(new LocalDate(2026, 3, 30), weeks[weeks.Count - 1].Start);
        Assert.Equal(52, weeks.Count);
        Assert.All(weeks, w => Assert.True(new FinancialYear(2025).Contains(w.Start)));
        Assert.Equal(52, weeks.Last().NumberInFinancialYear(new FinancialYear(2025), IsoDayOfWeek.Monday));
    }

    [Fact]
    public void A_year_can_have_53_care_weeks()
    {
        // 2024-25 (Tuesday weeks): 1 April 2024 is a Monday, so Tuesdays run 2 April 2024 ... 25 March 2025 = 52;
        // Monday weeks in 2024-25 start 1 April 2024 and end 31 March 2025 = 53.
        Assert.Equal(53, CareWeek.InFinancialYear(new FinancialYear(2024), IsoDayOfWeek.Monday).Count);
        Assert.Equal(52, CareWeek.InFinancialYear(new FinancialYear(2024), IsoDayOfWeek.Tuesday).Count);
    }

    [Fact]
    public void Week_numbers_reject_a_week_of_another_year_or_day()
    {
        var week = new CareWeek(new LocalDate(2025, 4, 7));
        Assert.Equal(1, week.NumberInFinancialYear(new FinancialYear(2025), IsoDayOfWeek.Monday));
        Assert.Equal("firstDayOfWeek", Assert.Throws<ArgumentException>(() => week.NumberInFinancialYear(new FinancialYear(2025), IsoDayOfWeek.Sunday)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentException>(() => week.NumberInFinancialYear(new FinancialYear(2024), IsoDayOfWeek.Monday)).ParamName);
    }

    [Theory]
    [InlineData("100.00", 7, "100.00")]
    [InlineData("100.00", 0, "0.00")]
    [InlineData("100.00", 3, "42.86")]
    [InlineData("250.00", 1, "35.71")]
    public void ProRata_is_days_over_seven(string weekly, int days, string expected)
        => Assert.Equal(Money.Parse(expected), CareWeek.ProRata(Money.Parse(weekly), days, MoneyRounding.HalfUp));

    [Fact]
    public void ProRata_rejects_more_than_seven_days()
        => Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => CareWeek.ProRata(Money.Zero, 8, MoneyRounding.HalfUp)).ParamName);

    [Fact]
    public void Formats_as_week_commencing()
        => Assert.Equal("w/c 2025-04-07", new CareWeek(new LocalDate(2025, 4, 7)).ToString());
}
