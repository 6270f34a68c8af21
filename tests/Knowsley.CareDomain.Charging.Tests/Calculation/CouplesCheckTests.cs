using System.Linq;
using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Calculation;
using Knowsley.CareDomain.Charging.Income;
using Knowsley.CareDomain.Charging.Rates;
using Knowsley.CareDomain.Parameters;
using NodaTime;
using static Knowsley.CareDomain.Charging.Tests.Build;

namespace Knowsley.CareDomain.Charging.Tests.Calculation;

/// <summary>The couples affordability check (the "less favourable" check): only the person's own income is assessed, but
/// the council considers the implications for the partner (CSSG Annex C para. 5) and raises the MIG when the couple would
/// otherwise be left below a couple allowance.</summary>
public sealed class CouplesCheckTests
{
    private static readonly LocalDate Date = new(2024, 6, 3);

    // Reading Borough Council, Care and Support Charging and Financial Assessment Framework, appendix D "Affordability
    // Checker for Couples" (2024/25): the service user's MIG is £179.90 (Reading's local MIG) and the couple personal
    // allowance (B) is £332.95. The couple MIG is not in the shipped tables for 2024/25 (not confirmed), so Reading's MIG is
    // supplied as an overlay here, with the couple allowance as the council setting.
    // https://www.reading.gov.uk/adult-care/carecharges/care-and-support-charging-and-financial-assessment-framework-policies/appendix-d-affordability-checker-for-couples/
    private static ParameterSet Reading() => Council(Overlay(
        LocalMoney(ChargingParameterNames.MigCouplePensionCreditAgePerMember, 179.90m, "2024-04-06"),
        LocalMoney(ChargingParameterNames.LocalCouplesCheckAllowance, 332.95m, "2024-04-01")));

    private static AssessedPerson CouplePensioner() => new(new LocalDate(1950, 1, 1), HouseholdStatus.Couple, new LocalDate(2015, 1, 1));

    private static FinancialAssessment Couple(PartnerResources? partner, decimal income = 250m, decimal cost = 300m)
        => new("couple", AssessmentKind.NonResidential, Date, CouplePensioner(), M(cost), new[] { Line(IncomeType.StatePension, income) }, partnerResources: partner);

    // Example 1: partner's income £169.25 less a 50% housing cost share of £2.40 = £166.85; A = 179.90 + 166.85 = 346.75,
    // not below B = 332.95, so no adjustment. With the person's own income of £250.00 the charge is 250.00 - 179.90 = 70.10
    // either way.
    [Fact]
    public void Reading_appendix_D_example_1_no_adjustment()
    {
        var r = FinancialAssessmentCalculator.Calculate(Couple(new PartnerResources(Weekly(169.25m), Weekly(2.40m))), Reading());
        Assert.True(r.Figures.CouplesCheckMade);
        Assert.Equal(M(346.75m), r.Figures.CouplesCheckCombinedResources);
        Assert.Equal(M(332.95m), r.Figures.CouplesCheckCoupleAllowance);
        Assert.Equal(Money.Zero, r.Figures.CouplesCheckMigIncrease);
        Assert.Equal(M(179.90m), r.Figures.MinimumIncomeGuarantee);
        Assert.Equal(M(70.10m), r.Figures.WeeklyChargeAssessedAlone);
        Assert.Equal(M(70.10m), r.WeeklyCharge);
        Assert.Contains("couples-check", r.RulesApplied);
        Assert.DoesNotContain("couples-check-mig-increase", r.RulesApplied);
    }

    // Example 2: partner's income £159.50 less £32.00 = £127.50; A = 307.40 < B = 332.95, so the MIG is raised by
    // B - A = 25.55 to 205.45. The charge falls from 70.10 (alone) to 250.00 - 205.45 = 44.55.
    [Fact]
    public void Reading_appendix_D_example_2_raises_the_MIG_by_B_minus_A()
    {
        var r = FinancialAssessmentCalculator.Calculate(Couple(new PartnerResources(Weekly(159.50m), Weekly(32.00m))), Reading());
        Assert.Equal(M(307.40m), r.Figures.CouplesCheckCombinedResources);
        Assert.Equal(M(25.55m), r.Figures.CouplesCheckMigIncrease);
        Assert.Equal(M(205.45m), r.Figures.MinimumIncomeGuarantee);
        Assert.Equal(M(70.10m), r.Figures.WeeklyChargeAssessedAlone);
        Assert.Equal(M(44.55m), r.WeeklyCharge);
        Assert.Contains("couples-check-mig-increase", r.RulesApplied);
    }

    [Fact]
    public void Both_calculations_are_in_the_explanation()
    {
        var r = FinancialAssessmentCalculator.Calculate(Couple(new PartnerResources(Weekly(159.50m), Weekly(32.00m))), Reading());
        var check = r.Explanation.Lines.Single(l => l.Label.StartsWith("Couples affordability check", System.StringComparison.Ordinal));
        Assert.Equal("Annex C para. 5", check.Citation!.Provision);
        Assert.Contains(check.Children, l => l.Label.StartsWith("Calculation 1", System.StringComparison.Ordinal) && l.Amount == M(70.10m));
        Assert.Contains(check.Children, l => l.Label.StartsWith("Calculation 2", System.StringComparison.Ordinal) && l.Amount == M(44.55m));
        Assert.Contains(check.Children, l => l.Label.StartsWith("A:", System.StringComparison.Ordinal) && l.Amount == M(307.40m));
        Assert.Contains(check.Children, l => l.Label.StartsWith("B:", System.StringComparison.Ordinal) && l.Amount == M(332.95m));
        Assert.Contains("Calculation 2", r.ToStatementMarkdown(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_partners_resources_no_check_is_made()
    {
        var r = FinancialAssessmentCalculator.Calculate(Couple(null), Reading());
        Assert.False(r.Figures.CouplesCheckMade);
        Assert.Equal(M(70.10m), r.WeeklyCharge);
        Assert.DoesNotContain(r.Explanation.Lines, l => l.Label.StartsWith("Couples affordability check", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Asking_for_the_check_without_a_council_couple_allowance_fails_naming_the_parameter()
    {
        var council = Council(Overlay(LocalMoney(ChargingParameterNames.MigCouplePensionCreditAgePerMember, 179.90m, "2024-04-06")));
        var ex = Assert.Throws<ParameterNotAvailableException>(() => FinancialAssessmentCalculator.Calculate(Couple(new PartnerResources(Weekly(100m), Weekly(0m))), council));
        Assert.Contains(ChargingParameterNames.LocalCouplesCheckAllowance, ex.Message, System.StringComparison.Ordinal);
    }

    // Boundary: A exactly equal to B gives no increase; a penny below gives a penny.
    [Theory]
    [InlineData(153.05, 0.00)]
    [InlineData(153.04, 0.01)]
    public void Boundary_at_the_couple_allowance(decimal partnerIncome, decimal increase)
    {
        var r = FinancialAssessmentCalculator.Calculate(Couple(new PartnerResources(Weekly(partnerIncome), Weekly(0m))), Reading());
        Assert.Equal(M(increase), r.Figures.CouplesCheckMigIncrease);
    }
}
