using Knowsley.CareDomain.Charging.Rates;
using Knowsley.CareDomain.Parameters;
using NodaTime;
using static Knowsley.CareDomain.Charging.Tests.Build;

namespace Knowsley.CareDomain.Charging.Tests.Parameters;

public sealed class StatutoryRateTableTests
{
    private static readonly ParameterSet Set = ChargingParameters.Default;

    [Fact]
    public void Every_entry_without_a_value_says_why()
    {
        foreach (var p in Set.Parameters)
        {
            foreach (var e in p.Entries)
            {
                Assert.True(e.Value is not null || !string.IsNullOrWhiteSpace(e.Note), $"{p.Name} {e.EffectiveFrom}");
                Assert.False(string.IsNullOrWhiteSpace(e.Citation.Instrument), $"{p.Name} {e.EffectiveFrom}");
            }
        }
    }

    [Fact]
    public void Charging_regulations_are_cited_as_SI_2014_2672_never_2670()
    {
        foreach (var p in Set.Parameters)
        {
            foreach (var e in p.Entries)
            {
                Assert.DoesNotContain("2014/2670", e.Citation.Instrument, System.StringComparison.Ordinal);
            }
        }
    }

    // SI 2014/2672 reg. 7 (revised text) and SI 2023/277 reg. 2(3): "for £194.70 substitute £214.35".
    [Theory]
    [InlineData(ChargingParameterNames.MigSinglePensionCreditAge, "2015-04-01", "189.00")]
    [InlineData(ChargingParameterNames.MigSinglePensionCreditAge, "2022-04-06", "194.70")]
    [InlineData(ChargingParameterNames.MigSinglePensionCreditAge, "2023-04-06", "214.35")]
    [InlineData(ChargingParameterNames.MigSingle18To24, "2023-04-06", "82.15")]
    [InlineData(ChargingParameterNames.MigSingle25ToPensionCreditAge, "2023-04-06", "103.65")]
    [InlineData(ChargingParameterNames.MigChild, "2023-04-06", "94.90")]
    [InlineData(ChargingParameterNames.MigCouple18PerMember, "2021-04-06", "71.80")]
    [InlineData(ChargingParameterNames.PersonalExpensesAllowance, "2018-05-01", "24.90")]
    [InlineData(ChargingParameterNames.PersonalExpensesAllowance, "2022-04-06", "25.65")]
    [InlineData(ChargingParameterNames.PersonalExpensesAllowance, "2023-04-06", "28.25")]
    [InlineData(ChargingParameterNames.PersonalExpensesAllowance, "2025-04-06", "30.65")]
    [InlineData(ChargingParameterNames.LowerCapitalLimit, "2024-04-06", "14250.00")]
    [InlineData(ChargingParameterNames.UpperCapitalLimit, "2024-04-06", "23250.00")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceHigher, "2026-04-06", "114.60")]
    public void Confirmed_figures(string name, string date, string pounds)
        => Assert.Equal(Money.Parse(pounds), Set.MoneyOn(name, LocalDatePattern(date)));

    [Theory]
    [InlineData(ChargingParameterNames.MigSinglePensionCreditAge, "2026-04-01")]
    [InlineData(ChargingParameterNames.PersonalExpensesAllowance, "2026-05-01")]
    [InlineData(ChargingParameterNames.MigCouple18PerMember, "2023-05-01")]
    [InlineData(ChargingParameterNames.MigDisabilityPremiumSingle, "2024-05-01")]
    [InlineData(ChargingParameterNames.SavingsCreditDisregardSingle, "2025-05-01")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceHigher, "2021-05-01")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceHigher, "2015-04-05")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceLower, "2016-04-11")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceLower, "2018-04-08")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceLower, "2021-04-12")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceLower, "2022-04-10")]
    public void Unconfirmed_figures_fail_with_the_parameter_named(string name, string date)
    {
        var ex = Assert.Throws<ParameterNotAvailableException>(() => Set.MoneyOn(name, LocalDatePattern(date)));
        Assert.Equal(name, ex.ParameterName);
    }

    // Attendance Allowance, SSCBA 1992 Sch. 4 Pt. III para. 1, each rate from the Monday its up-rating order takes effect:
    // SI 2015/457 (6 April 2015), SI 2018/281 (9 April 2018), SI 2019/480 art. 1(3)(b)(ii) (8 April 2019),
    // SI 2020/234 (6 April 2020), SI 2024/242 art. 7(4) (8 April 2024; amount as in SSI 2024/106 art. 2(1)).
    // Each row: the day before the change and the day it takes effect.
    [Theory]
    [InlineData(ChargingParameterNames.AttendanceAllowanceHigher, "2015-04-06", "82.30")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceHigher, "2016-04-10", "82.30")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceHigher, "2018-04-09", "85.60")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceHigher, "2019-04-07", "85.60")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceHigher, "2019-04-08", "87.65")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceHigher, "2020-04-05", "87.65")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceHigher, "2020-04-06", "89.15")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceHigher, "2021-04-11", "89.15")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceHigher, "2024-04-07", "101.75")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceHigher, "2024-04-08", "108.55")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceHigher, "2025-04-06", "108.55")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceHigher, "2025-04-07", "110.40")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceLower, "2015-04-06", "55.10")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceLower, "2016-04-10", "55.10")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceLower, "2018-04-09", "57.30")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceLower, "2019-04-07", "57.30")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceLower, "2019-04-08", "58.70")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceLower, "2020-04-05", "58.70")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceLower, "2020-04-06", "59.70")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceLower, "2021-04-11", "59.70")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceLower, "2024-04-07", "68.10")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceLower, "2024-04-08", "72.65")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceLower, "2025-04-06", "72.65")]
    [InlineData(ChargingParameterNames.AttendanceAllowanceLower, "2025-04-07", "73.90")]
    public void Attendance_allowance_rates_change_on_the_up_rating_day(string name, string date, string pounds)
        => Assert.Equal(Money.Parse(pounds), Set.MoneyOn(name, LocalDatePattern(date)));

    // The night-care element (AA higher - lower) can now be worked out in 2024-25: 108.55 - 72.65 = 35.90.
    [Fact]
    public void Night_care_element_is_available_for_the_2024_benefit_year()
    {
        var on = new LocalDate(2024, 4, 29);
        var element = Set.MoneyOn(ChargingParameterNames.AttendanceAllowanceHigher, on) - Set.MoneyOn(ChargingParameterNames.AttendanceAllowanceLower, on);
        Assert.Equal(M(35.90m), element);
    }

    // SI 2014/2672 Sch. 1 para. 17, applying Income Support (General) Regulations 1987 Sch. 9 para. 16(b):
    // £10 of a war widow's or war widower's pension, from the start of the Care Act charging rules (1 April 2015).
    [Theory]
    [InlineData("2015-04-01")]
    [InlineData("2017-04-10")]
    [InlineData("2026-11-30")]
    public void War_widows_pension_disregard_is_ten_pounds(string date)
        => Assert.Equal(M(10.00m), Set.MoneyOn(ChargingParameterNames.WarWidowsPensionDisregard, LocalDatePattern(date)));

    // Benefit rates change on their own day: AA higher 92.40 until Sunday 9 April 2023, 101.75 from Monday 10 April 2023 (SI 2023/316).
    [Fact]
    public void Benefit_rates_change_on_the_day_of_the_benefit_week()
    {
        Assert.Equal(M(92.40m), Set.MoneyOn(ChargingParameterNames.AttendanceAllowanceHigher, new LocalDate(2023, 4, 9)));
        Assert.Equal(M(101.75m), Set.MoneyOn(ChargingParameterNames.AttendanceAllowanceHigher, new LocalDate(2023, 4, 10)));
    }

    // The MIG changes on the in-force date of SI 2023/277 (6 April 2023), not on 1 April.
    [Fact]
    public void Mig_changes_on_the_in_force_date_of_the_amending_regulations()
    {
        Assert.Equal(M(194.70m), Set.MoneyOn(ChargingParameterNames.MigSinglePensionCreditAge, new LocalDate(2023, 4, 5)));
        Assert.Equal(M(214.35m), Set.MoneyOn(ChargingParameterNames.MigSinglePensionCreditAge, new LocalDate(2023, 4, 6)));
    }

    private static LocalDate LocalDatePattern(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
