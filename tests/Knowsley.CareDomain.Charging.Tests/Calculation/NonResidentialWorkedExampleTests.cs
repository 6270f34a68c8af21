using Knowsley.CareDomain.Charging.Calculation;
using Knowsley.CareDomain.Charging.Expenditure;
using Knowsley.CareDomain.Charging.Income;
using Knowsley.CareDomain.Charging.Rates;
using System.Linq;
using NodaTime;
using static Knowsley.CareDomain.Charging.Tests.Build;

namespace Knowsley.CareDomain.Charging.Tests.Calculation;

public sealed class NonResidentialWorkedExampleTests
{
    private static readonly LocalDate Date2023 = new(2023, 6, 1);

    // A constructed example following the published step order (Bath & North East Somerset framework 6.10:
    // weekly income + tariff income - housing - MIG - DRE = weekly charge), with 2023/24 rates confirmed in SI 2023/277.
    // 203.85 + 101.75 + tariff 3 (15,000: 750 over, 3 steps) = 308.60; - MIG 214.35 - council tax 20 - DRE 10 = 64.25.
    [Fact]
    public void Pensioner_2023_24_with_tariff_income_housing_and_dre()
    {
        var a = NonResidential(
            Date2023,
            150m,
            income: new[] { Line(IncomeType.StatePension, 203.85m), Line(IncomeType.AttendanceAllowanceHigher, 101.75m) },
            capital: new[] { Savings(15_000m) },
            dre: new[] { new DreItem(DreCategory.CommunityAlarm, Weekly(10m), evidenceHeld: true) },
            housing: new[] { new HousingCost(HousingCostType.CouncilTax, Weekly(20m)) });

        var r = FinancialAssessmentCalculator.Calculate(a, ChargingParameters.Default);

        Assert.Equal(M(3m), r.TariffIncome);
        Assert.Equal(M(308.60m), r.Figures.AssessableIncome);
        Assert.Equal(M(214.35m), r.Figures.MinimumIncomeGuarantee);
        Assert.Equal(M(64.25m), r.MaximumCharge);
        Assert.Equal(M(64.25m), r.WeeklyCharge);
        Assert.Contains("tariff-income", r.RulesApplied);
    }

    // Knowsley disregards the night-care element when no night care is arranged (care-act-charging.md 3.4, Knowsley 2024/25
    // published assessments); the element is AA higher - lower: 101.75 - 68.10 = 33.65 in 2023/24 (SI 2023/316).
    [Fact]
    public void Night_care_element_disregarded_under_a_Knowsley_style_policy()
    {
        var council = Council(Overlay(LocalNumber(ChargingParameterNames.LocalNightCarePolicy, "code", "\"disregard-higher-minus-lower\"")));
        var income = new[] { Line(IncomeType.StatePension, 203.85m), Line(IncomeType.AttendanceAllowanceHigher, 101.75m) };

        var without = FinancialAssessmentCalculator.Calculate(NonResidential(Date2023, 150m, income), council);
        var withNightCare = FinancialAssessmentCalculator.Calculate(NonResidential(Date2023, 150m, income, nightCare: true), council);

        Assert.Equal(M(33.65m), without.Figures.NightCareElementDisregarded);
        Assert.Equal(M(305.60m - 33.65m - 214.35m), without.WeeklyCharge);
        Assert.Equal(Money.Zero, withNightCare.Figures.NightCareElementDisregarded);
        Assert.Equal(M(305.60m - 214.35m), withNightCare.WeeklyCharge);
    }

    // Bath & North East Somerset charging framework section 5 (peers.md 5): the charge is capped at the actual cost of care.
    // A £100 a week assessed charge with care costing £350 over four weeks (87.50 a week) pays 87.50; with care costing
    // £800 over four weeks (200 a week) it pays the full £100.
    [Theory]
    [InlineData(87.50, 87.50)]
    [InlineData(200.00, 100.00)]
    public void Bath_and_North_East_Somerset_cap_at_cost_of_care(decimal weeklyCost, decimal expected)
    {
        // Income chosen so the maximum charge is exactly £100: 314.35 - MIG 214.35.
        var a = NonResidential(Date2023, weeklyCost, income: new[] { Line(IncomeType.StatePension, 314.35m) });
        var r = FinancialAssessmentCalculator.Calculate(a, ChargingParameters.Default);
        Assert.Equal(M(100m), r.MaximumCharge);
        Assert.Equal(M(expected), r.WeeklyCharge);
        Assert.Equal(weeklyCost < 100m, r.RulesApplied.Contains("capped-at-cost-of-care"));
    }

    // Newcastle: MIG + 25% and a flat £5 DRE allowance (peers.md 5); Liverpool: 90% taper; Reading: nothing billed under £1.25.
    [Fact]
    public void Council_policy_knobs_mig_uplift_flat_dre_taper_and_minimum_charge()
    {
        var council = Council(Overlay(
            LocalNumber(ChargingParameterNames.LocalMigUpliftPercent, "percent", "25"),
            LocalMoney(ChargingParameterNames.LocalDreStandardAllowance, 5m),
            LocalNumber(ChargingParameterNames.LocalTaperPercent, "percent", "90"),
            LocalMoney(ChargingParameterNames.LocalMinimumCharge, 1.25m)));
        // MIG 214.35 + 25% (53.5875 -> 53.59) = 267.94; DRE 5; 400 - 267.94 - 5 = 127.06; 90% = 114.354 -> 114.35.
        var r = FinancialAssessmentCalculator.Calculate(NonResidential(Date2023, 500m, new[] { Line(IncomeType.StatePension, 400m) }), council);
        Assert.Equal(M(53.59m), r.Figures.MinimumIncomeGuaranteeUplift);
        Assert.Equal(M(5m), r.Figures.DisabilityRelatedExpenditure);
        Assert.Equal(M(114.35m), r.WeeklyCharge);
        Assert.Contains("mig-uplift", r.RulesApplied);
        Assert.Contains("taper", r.RulesApplied);
        Assert.Contains("dre-standard-allowance", r.RulesApplied);

        // 214.35 * 1.25 = 267.94 + 5 + 1.00 disposable -> 0.90 after taper, below the £1.25 minimum.
        var small = FinancialAssessmentCalculator.Calculate(NonResidential(Date2023, 500m, new[] { Line(IncomeType.StatePension, 273.94m) }), council);
        Assert.Equal(M(0.90m), small.MaximumCharge);
        Assert.Equal(Money.Zero, small.WeeklyCharge);
        Assert.Contains("minimum-charge", small.RulesApplied);
    }

    // Sutton: evidence required for DRE above £40 a week (LGO 24-013-353, peers.md 5).
    [Fact]
    public void Dre_evidence_threshold_caps_unevidenced_items()
    {
        var council = Council(Overlay(LocalMoney(ChargingParameterNames.LocalDreEvidenceThreshold, 40m)));
        var dre = new[]
        {
            new DreItem(DreCategory.Heating, Weekly(30m)),
            new DreItem(DreCategory.Laundry, Weekly(25m)),
            new DreItem(DreCategory.PrivateCare, new PeriodicAmount(M(1300m), Frequency.Annual), evidenceHeld: true),
            new DreItem(DreCategory.SpecialDiet, Weekly(10m), Weekly(4m), "a cheaper alternative is reasonably available", evidenceHeld: true),
        };
        var r = FinancialAssessmentCalculator.Calculate(NonResidential(Date2023, 500m, new[] { Line(IncomeType.StatePension, 400m) }, dre: dre), council);
        // unevidenced 55 capped at 40; evidenced 1300/52 = 25 + 4 = 29; total 69.
        Assert.Equal(M(69m), r.Figures.DisabilityRelatedExpenditure);
        Assert.Contains("dre-evidence-threshold", r.RulesApplied);
        var text = r.Explanation.ToText();
        Assert.Contains("a cheaper alternative is reasonably available", text, System.StringComparison.Ordinal);
        Assert.Contains("Extra laundry", text, System.StringComparison.Ordinal);
    }

    // Savings credit disregard, SI 2014/2672 Sch. 1 para. 40: up to £6.50 single in 2023/24.
    [Theory]
    [InlineData(4.00, 4.00)]
    [InlineData(6.50, 6.50)]
    [InlineData(12.00, 6.50)]
    public void Savings_credit_disregard_is_the_lower_of_the_credit_and_the_maximum(decimal credit, decimal disregarded)
    {
        var r = FinancialAssessmentCalculator.Calculate(
            NonResidential(Date2023, 500m, new[] { Line(IncomeType.StatePension, 300m), Line(IncomeType.PensionCreditSavings, credit) }),
            ChargingParameters.Default);
        Assert.Equal(M(disregarded), r.Figures.SavingsCreditDisregarded);
    }

    [Fact]
    public void Earnings_and_mobility_components_are_disregarded_in_full()
    {
        var r = FinancialAssessmentCalculator.Calculate(
            NonResidential(Date2023, 500m, new[] { Line(IncomeType.Earnings, 100m), Line(IncomeType.PipMobility, 71m), Line(IncomeType.DlaMobility, 26.90m) }),
            ChargingParameters.Default);
        Assert.Equal(M(197.90m), r.Figures.DisregardedIncome);
        Assert.Equal(Money.Zero, r.Figures.AssessableIncome);
        Assert.Equal(Money.Zero, r.WeeklyCharge);
    }

    // Income received jointly as one of a couple is presumed shared equally (CSSG Annex C para. 5).
    [Fact]
    public void Joint_income_half_counted()
    {
        var r = FinancialAssessmentCalculator.Calculate(
            NonResidential(Date2023, 500m, new[] { Line(IncomeType.PrivatePension, 100.01m, joint: true), Line(IncomeType.StatePension, 300m) }),
            ChargingParameters.Default);
        Assert.Equal(M(350m), r.Figures.GrossIncome);
        Assert.Contains("joint-income-half-share", r.RulesApplied);
    }

    [Fact]
    public void Capital_above_the_upper_limit_means_full_cost_and_the_right_to_ask_the_council_to_arrange()
    {
        var council = Council(Overlay(LocalMoney(ChargingParameterNames.LocalArrangementFeeSetUp, 262.15m), LocalMoney(ChargingParameterNames.LocalArrangementFeeAnnual, 143m)));
        var r = FinancialAssessmentCalculator.Calculate(NonResidential(Date2023, 180m, new[] { Line(IncomeType.StatePension, 100m) }, new[] { Savings(30_000m) }), council);
        Assert.True(r.Figures.AboveUpperCapitalLimit);
        Assert.Equal(M(180m), r.WeeklyCharge);
        Assert.Contains(r.Warnings, w => w.Contains("s.18(3)", System.StringComparison.Ordinal) && w.Contains("£262.15", System.StringComparison.Ordinal));
    }

    // A council may set higher capital limits for care outside a care home (2024/25 LAC).
    [Fact]
    public void Council_higher_non_residential_capital_limits()
    {
        var council = Council(Overlay(LocalMoney(ChargingParameterNames.LocalNonResidentialUpperCapitalLimit, 30_000m)));
        var r = FinancialAssessmentCalculator.Calculate(NonResidential(Date2023, 180m, new[] { Line(IncomeType.StatePension, 100m) }, new[] { Savings(25_000m) }), council);
        Assert.False(r.Figures.AboveUpperCapitalLimit);
        Assert.Equal(M(43m), r.TariffIncome); // 10,750 over the lower limit = 43 steps of £250
    }

    [Fact]
    public void The_statement_renders_as_text_and_markdown_with_citations()
    {
        var a = NonResidential(Date2023, 150m, new[] { Line(IncomeType.StatePension, 300m) }, new[] { Savings(15_000.01m) });
        var r = FinancialAssessmentCalculator.Calculate(a, ChargingParameters.Default);
        var text = r.ToStatementText();
        var md = r.ToStatementMarkdown();
        Assert.StartsWith("Your weekly charge is £89.65.", text, System.StringComparison.Ordinal);
        Assert.Contains("SI 2014/2672 reg. 25", text, System.StringComparison.Ordinal);
        Assert.Contains("**Your weekly charge is £89.65.**", md, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_rate_fails_with_a_clear_message_naming_the_parameter()
    {
        var a = NonResidential(new LocalDate(2026, 5, 1), 150m, new[] { Line(IncomeType.StatePension, 300m) });
        var ex = Assert.Throws<Knowsley.CareDomain.Parameters.ParameterNotAvailableException>(() => FinancialAssessmentCalculator.Calculate(a, ChargingParameters.Default));
        Assert.Equal(ChargingParameterNames.MigSinglePensionCreditAge, ex.ParameterName);
    }
}
