using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Knowsley.CareDomain.Tests;

public sealed class FrequencyTests
{
    // Worked numbers, as in docs/money-and-periods.md.
    [Theory]
    [InlineData("weekly", "100.00", "100.00")]
    [InlineData("fortnightly", "200.00", "100.00")]
    [InlineData("four-weekly", "400.00", "100.00")]
    [InlineData("monthly", "650.00", "150.00")]
    [InlineData("monthly", "1000.00", "230.77")]
    [InlineData("monthly", "100.00", "23.08")]
    [InlineData("quarterly", "1300.00", "100.00")]
    [InlineData("quarterly", "1000.00", "76.92")]
    [InlineData("annual", "5200.00", "100.00")]
    [InlineData("annual", "12570.00", "241.73")]
    public void ToWeekly_worked_numbers(string code, string amount, string weekly)
        => Assert.Equal(Money.Parse(weekly), Frequency.FromCode(code).ToWeekly(Money.Parse(amount)));

    [Theory]
    [InlineData("monthly", "230.77", "1000.00")]
    [InlineData("monthly", "150.00", "650.00")]
    [InlineData("annual", "241.73", "12569.96")]
    [InlineData("four-weekly", "100.00", "400.00")]
    [InlineData("quarterly", "76.92", "999.96")]
    public void FromWeekly_worked_numbers(string code, string weekly, string amount)
        => Assert.Equal(Money.Parse(amount), Frequency.FromCode(code).FromWeekly(Money.Parse(weekly)));

    [Fact]
    public void ConvertTo_goes_through_the_weekly_rule_with_one_rounding()
    {
        // £400 four-weekly is £400 x 13 / 12 = £433.333... a calendar month.
        Assert.Equal(Money.Parse("433.33"), Frequency.FourWeekly.ConvertTo(Money.Parse("400.00"), Frequency.CalendarMonthly));
        Assert.Equal(Money.Parse("400.00"), Frequency.Weekly.ConvertTo(Money.Parse("400.00"), Frequency.Weekly));
        Assert.Equal(Money.Parse("12000.00"), Frequency.CalendarMonthly.ConvertTo(Money.Parse("1000.00"), Frequency.Annual));
        Assert.Throws<ArgumentNullException>(() => Frequency.Weekly.ConvertTo(Money.Zero, null!));
    }

    [Fact]
    public void Periods_per_year_and_codes()
    {
        Assert.Equal(new[] { "weekly", "fortnightly", "four-weekly", "monthly", "quarterly", "annual" }, Frequency.Codes());
        Assert.Equal(12, Frequency.CalendarMonthly.PeriodsPerYear);
        Assert.Equal("Calendar monthly", Frequency.CalendarMonthly.DisplayName);
        var ex = Assert.Throws<ArgumentException>(() => Frequency.FromCode("Monthly"));
        Assert.Contains("valid codes are: weekly, fortnightly", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodicAmount_weekly_equivalent_and_equality()
    {
        var rent = new PeriodicAmount(Money.Parse("650.00"), Frequency.CalendarMonthly);
        Assert.Equal(Money.Parse("150.00"), rent.ToWeekly());
        Assert.Equal(new PeriodicAmount(Money.Parse("650.00"), Frequency.CalendarMonthly), rent);
        Assert.NotEqual(PeriodicAmount.Weekly(Money.Parse("150.00")), rent);
        Assert.Equal("£650.00 calendar monthly", rent.ToString());
        Assert.Throws<ArgumentNullException>(() => new PeriodicAmount(Money.Zero, null!));
    }

    private static Arbitrary<Money> Amounts()
        => Gen.Choose(0, 100_000_000).Select(p => Money.FromPence(p)).ToArbitrary();

    private static Arbitrary<Frequency> Frequencies()
        => Gen.Elements(Frequency.Weekly, Frequency.Fortnightly, Frequency.FourWeekly, Frequency.CalendarMonthly, Frequency.Quarterly, Frequency.Annual).ToArbitrary();

    [Property]
    public Property Weekly_to_any_frequency_and_back_is_identity()
        => Prop.ForAll(Amounts(), Frequencies(), (weekly, f) => f.ToWeekly(f.FromWeekly(weekly)) == weekly);

    [Property]
    public Property Any_frequency_to_weekly_and_back_is_within_the_stated_bound()
        => Prop.ForAll(Amounts(), Frequencies(), (amount, f) =>
        {
            // Bound: ceil(0.5p x 52 / periods per year), so 2p for monthly, 7p for quarterly, 26p for annual.
            var boundPence = (long)Math.Ceiling(26m / f.PeriodsPerYear);
            var back = f.FromWeekly(f.ToWeekly(amount));
            return Math.Abs((back - amount).Pence) <= boundPence;
        });

    [Property]
    public Property Weekly_equivalent_is_monotone()
        => Prop.ForAll(Amounts(), Amounts(), Frequencies(), (a, b, f) => a > b ? f.ToWeekly(a) >= f.ToWeekly(b) : f.ToWeekly(a) <= f.ToWeekly(b));
}
