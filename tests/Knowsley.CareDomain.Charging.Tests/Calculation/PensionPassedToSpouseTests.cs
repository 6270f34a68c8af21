using System.Linq;
using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Calculation;
using Knowsley.CareDomain.Charging.Income;
using Knowsley.CareDomain.Charging.Rates;
using NodaTime;
using static Knowsley.CareDomain.Charging.Tests.Build;

namespace Knowsley.CareDomain.Charging.Tests.Calculation;

/// <summary>The 50% disregard of an occupational or personal pension or retirement annuity that a care-home resident passes
/// to a spouse or civil partner still living at home (CSSG Annex C, as restated by Age UK factsheet 39 section 5 "50%
/// private pension and annuity disregard" and by Wirral Council; the paragraph number is not confirmed).</summary>
public sealed class PensionPassedToSpouseTests
{
    private static readonly LocalDate Date = new(2023, 6, 5);

    private static FinancialAssessment Resident(params IncomeLine[] income)
        => new(
            "spouse",
            AssessmentKind.PermanentResidential,
            Date,
            new AssessedPerson(new LocalDate(1945, 5, 1), HouseholdStatus.Couple, new LocalDate(2005, 5, 1)),
            M(800m),
            income,
            residentialStay: new ResidentialStay(Date.PlusDays(-200)));

    // Worked from the rule with the 2023/24 PEA (28.25, SI 2023/277): State Pension 200.00 + occupational pension 100.00,
    // half of it passed to the wife at home: 50.00 disregarded; 300.00 - 50.00 - 28.25 = 221.75.
    [Fact]
    public void Half_of_a_pension_passed_to_a_spouse_at_home_is_disregarded()
    {
        var r = FinancialAssessmentCalculator.Calculate(
            Resident(Line(IncomeType.StatePension, 200m), new IncomeLine(IncomeType.PrivatePension, Weekly(100m), halfPassedToSpouse: true)),
            ChargingParameters.Default);
        Assert.Equal(M(50m), r.Figures.PensionPassedToSpouseDisregarded);
        Assert.Equal(M(50m), r.Figures.DisregardedIncome);
        Assert.Equal(M(221.75m), r.WeeklyCharge);
        Assert.Contains("pension-passed-to-spouse-disregard", r.RulesApplied);
        var line = r.Explanation.AllLines().Single(l => l.Label.StartsWith("Half of a pension", System.StringComparison.Ordinal));
        Assert.Equal(M(50m), line.Amount);
        Assert.Equal("Annex C", line.Citation!.Provision);
    }

    // Both calculations side by side: without the disregard the same resident pays 50.00 more.
    [Fact]
    public void Without_the_flag_the_whole_pension_counts()
    {
        var r = FinancialAssessmentCalculator.Calculate(Resident(Line(IncomeType.StatePension, 200m), Line(IncomeType.PrivatePension, 100m)), ChargingParameters.Default);
        Assert.Equal(M(271.75m), r.WeeklyCharge);
    }

    // An odd penny: half of 100.01 is disregarded as 50.01 (rounded in the person's favour); a monthly pension is
    // converted first (433.33 x 12 / 52 = 100.00).
    [Theory]
    [InlineData(100.01, "weekly", 50.01)]
    [InlineData(433.33, "monthly", 50.00)]
    public void Rounding_is_in_the_persons_favour(decimal amount, string frequency, decimal disregard)
    {
        var line = new IncomeLine(IncomeType.PrivatePension, new PeriodicAmount(M(amount), Frequency.FromCode(frequency)), halfPassedToSpouse: true);
        Assert.Equal(M(disregard), line.PassedToSpouseDisregard());
    }
}
