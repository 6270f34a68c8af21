using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Calculation;
using Knowsley.CareDomain.Charging.Capital;
using Knowsley.CareDomain.Charging.Expenditure;
using Knowsley.CareDomain.Charging.Income;
using Knowsley.CareDomain.Charging.Rates;
using System.Linq;
using NodaTime;
using static Knowsley.CareDomain.Charging.Tests.Build;

namespace Knowsley.CareDomain.Charging.Tests.Calculation;

public sealed class ResidentialTests
{
    private static readonly LocalDate Admission = new(2024, 5, 1);

    private static FinancialAssessment Permanent(LocalDate date, TopUp? topUp = null, params PropertyDisregard[] disregards)
        => new(
            "r1",
            AssessmentKind.PermanentResidential,
            date,
            Pensioner(),
            M(800m),
            new[] { Line(IncomeType.StatePension, 221.20m), Line(IncomeType.PrivatePension, 50m) },
            new[] { Savings(10_000m), new CapitalItem(CapitalType.MainHome, M(150_000m), disregards: disregards) },
            residentialStay: new ResidentialStay(Admission, topUp: topUp));

    // SI 2014/2672 reg. 6 (PEA 30.15 in 2024/25) and Sch. 2 para. 2 (the home is disregarded for 12 weeks from admission):
    // 271.20 income - 30.15 PEA = 241.05, below the council rate of 800.
    [Fact]
    public void Permanent_resident_within_the_12_week_disregard()
    {
        var r = FinancialAssessmentCalculator.Calculate(Permanent(new LocalDate(2024, 7, 23)), ChargingParameters.Default);
        Assert.Equal(M(10_000m), r.CapitalAssessed);
        Assert.Equal(M(30.15m), r.Figures.PersonalExpensesAllowance);
        Assert.Equal(Money.Zero, r.Figures.MinimumIncomeGuarantee);
        Assert.Equal(M(241.05m), r.WeeklyCharge);
        Assert.Contains("twelve-week-property-disregard", r.RulesApplied);
    }

    // 84 days from 1 May 2024: the last day of the disregard is 23 July 2024; from 24 July the home counts and capital
    // exceeds the upper limit, so the person pays the full cost.
    [Fact]
    public void Permanent_resident_after_the_12_week_disregard_pays_full_cost()
    {
        var r = FinancialAssessmentCalculator.Calculate(Permanent(new LocalDate(2024, 7, 24)), ChargingParameters.Default);
        Assert.Equal(M(160_000m), r.CapitalAssessed);
        Assert.True(r.Figures.AboveUpperCapitalLimit);
        Assert.Equal(M(800m), r.WeeklyCharge);
    }

    [Fact]
    public void Home_occupied_by_a_qualifying_relative_is_disregarded()
    {
        var d = new PropertyDisregard(PropertyDisregardBasis.Partner, Admission);
        var r = FinancialAssessmentCalculator.Calculate(Permanent(new LocalDate(2024, 9, 1), null, d), ChargingParameters.Default);
        Assert.Equal(M(10_000m), r.CapitalAssessed);
        Assert.Contains("partner", r.Explanation.ToText(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Temporary_resident_keeps_home_costs_and_the_home_is_disregarded()
    {
        var a = new FinancialAssessment(
            "t1",
            AssessmentKind.TemporaryResidential,
            new LocalDate(2024, 9, 1),
            Pensioner(),
            M(700m),
            new[] { Line(IncomeType.StatePension, 221.20m) },
            new[] { new CapitalItem(CapitalType.MainHome, M(150_000m)) },
            housingCosts: new[] { new HousingCost(HousingCostType.CouncilTax, Weekly(25m)) },
            residentialStay: new ResidentialStay(new LocalDate(2024, 8, 20)));
        var r = FinancialAssessmentCalculator.Calculate(a, ChargingParameters.Default);
        Assert.Equal(Money.Zero, r.CapitalAssessed);
        Assert.Equal(M(221.20m - 30.15m - 25m), r.WeeklyCharge);
        Assert.Contains("temporary-resident-home-costs", r.RulesApplied);
    }

    // CSSG Annex A: a top-up is paid on top of the charge; a first-party top-up is allowed only during the 12-week disregard.
    [Fact]
    public void Top_up_is_shown_separately_and_a_late_first_party_top_up_is_flagged()
    {
        var during = FinancialAssessmentCalculator.Calculate(Permanent(new LocalDate(2024, 6, 1), new TopUp(TopUpPayer.FirstPartyDuringTwelveWeekDisregard, M(75m))), ChargingParameters.Default);
        Assert.Equal(M(75m), during.Figures.TopUp);
        Assert.Equal(M(241.05m), during.WeeklyCharge);
        Assert.DoesNotContain(during.Warnings, w => w.Contains("top-up", System.StringComparison.Ordinal));

        var d = new PropertyDisregard(PropertyDisregardBasis.Partner, Admission);
        var late = FinancialAssessmentCalculator.Calculate(Permanent(new LocalDate(2024, 9, 1), new TopUp(TopUpPayer.FirstPartyDuringTwelveWeekDisregard, M(75m)), d), ChargingParameters.Default);
        Assert.Contains(late.Warnings, w => w.Contains("first-party top-up", System.StringComparison.Ordinal));
    }

    // The savings credit disregard applies in a care home too (2024/25 LAC): 6.95 single in 2024/25.
    [Fact]
    public void Savings_credit_disregard_applies_in_a_care_home()
    {
        var a = new FinancialAssessment(
            "s1", AssessmentKind.PermanentResidential, new LocalDate(2024, 9, 1), Pensioner(), M(800m),
            new[] { Line(IncomeType.StatePension, 200m), Line(IncomeType.PensionCreditSavings, 10m) },
            residentialStay: new ResidentialStay(Admission));
        var r = FinancialAssessmentCalculator.Calculate(a, ChargingParameters.Default);
        Assert.Equal(M(6.95m), r.Figures.SavingsCreditDisregarded);
        Assert.Equal(M(210m - 6.95m - 30.15m), r.WeeklyCharge);
    }
}
