using System.Linq;
using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Calculation;
using Knowsley.CareDomain.Charging.Expenditure;
using Knowsley.CareDomain.Charging.Income;
using Knowsley.CareDomain.Charging.Rates;
using NodaTime;
using static Knowsley.CareDomain.Charging.Tests.Build;

namespace Knowsley.CareDomain.Charging.Tests.Calculation;

/// <summary>Banded disability-related expenditure (DRE) with an evidence threshold: the person gets the highest of the
/// itemised amount allowed, the standard allowance and the band allowance for the disability benefit they receive
/// (SI 2014/2672 Sch. 1 para. 4; CSSG Annex C para. 40).</summary>
public sealed class DreBandTests
{
    private static readonly LocalDate Date = new(2023, 6, 5);

    // Lincolnshire County Council, freedom of information response "Disability Related Expenditure Assessments"
    // (directory record 79802): a banded DRE allocated automatically by the disability benefit received, with an
    // itemised request where expenses are higher. Level 1: DLA care lowest rate, £11; level 2: DLA care middle rate, PIP
    // daily living standard rate or AA lower rate, £16; level 3: DLA care highest rate, PIP daily living enhanced rate or
    // AA higher rate, £27. https://www.lincolnshire.gov.uk/directory-record/79802/disability-related-expenditure-assessments
    private static readonly string LincolnshireBands = Overlay(
        LocalMoney(ChargingParameterNames.LocalDreBandLowest, 11m),
        LocalMoney(ChargingParameterNames.LocalDreBandMiddle, 16m),
        LocalMoney(ChargingParameterNames.LocalDreBandHighest, 27m));

    private static FinancialAssessmentResult Assess(string overlay, IncomeType? benefit, decimal benefitAmount, params DreItem[] dre)
    {
        var income = benefit is null
            ? new[] { Line(IncomeType.StatePension, 250m) }
            : new[] { Line(IncomeType.StatePension, 250m), Line(benefit, benefitAmount) };
        return FinancialAssessmentCalculator.Calculate(NonResidential(Date, 300m, income, dre: dre), Council(overlay));
    }

    // 2023/24: MIG (pension age, reg. 7(2)(c)) 214.35. Income 250.00 + AA higher 101.75 = 351.75; band 3 gives £27;
    // 351.75 - 214.35 - 27.00 = 110.40.
    [Fact]
    public void Lincolnshire_level_3_AA_higher_rate_gives_27()
    {
        var r = Assess(LincolnshireBands, IncomeType.AttendanceAllowanceHigher, 101.75m);
        Assert.Equal(DreBand.Highest, r.Figures.DreBand);
        Assert.Equal(M(27m), r.Figures.DreBandAllowance);
        Assert.Equal(M(27m), r.Figures.DisabilityRelatedExpenditure);
        Assert.Equal(M(110.40m), r.WeeklyCharge);
        Assert.Contains("dre-band", r.RulesApplied);
    }

    // AA lower 68.10: 318.10 - 214.35 - 16.00 = 87.75.
    [Theory]
    [InlineData("attendance-allowance-lower", 68.10, 87.75)]
    [InlineData("pip-daily-living-standard", 68.10, 87.75)]
    [InlineData("dla-care-middle", 68.10, 87.75)]
    public void Lincolnshire_level_2_gives_16(string code, decimal benefit, decimal charge)
    {
        var r = Assess(LincolnshireBands, IncomeType.FromCode(code), benefit);
        Assert.Equal(DreBand.Middle, r.Figures.DreBand);
        Assert.Equal(M(16m), r.Figures.DisabilityRelatedExpenditure);
        Assert.Equal(M(charge), r.WeeklyCharge);
    }

    // DLA care lowest 26.90: 276.90 - 214.35 - 11.00 = 51.55.
    [Fact]
    public void Lincolnshire_level_1_DLA_care_lowest_gives_11()
    {
        var r = Assess(LincolnshireBands, IncomeType.DlaCareLowest, 26.90m);
        Assert.Equal(DreBand.Lowest, r.Figures.DreBand);
        Assert.Equal(M(11m), r.Figures.DisabilityRelatedExpenditure);
        Assert.Equal(M(51.55m), r.WeeklyCharge);
    }

    [Fact]
    public void No_disability_benefit_means_no_band()
    {
        var r = Assess(LincolnshireBands, null, 0m);
        Assert.Equal(DreBand.None, r.Figures.DreBand);
        Assert.Equal(Money.Zero, r.Figures.DisabilityRelatedExpenditure);
        Assert.Equal(M(250m - 214.35m), r.WeeklyCharge);
    }

    [Fact]
    public void The_highest_rate_benefit_decides_the_band()
    {
        var a = NonResidential(Date, 300m, new[] { Line(IncomeType.DlaCareLowest, 26.90m), Line(IncomeType.PipDailyLivingEnhanced, 101.75m), Line(IncomeType.StatePension, 100m) });
        var f = FinancialAssessmentCalculator.CalculateFigures(a, ChargingRates.On(Council(LincolnshireBands), Date));
        Assert.Equal(DreBand.Highest, f.DreBand);
        Assert.Equal(M(27m), f.DreBandAllowance);
    }

    // Itemised DRE above the band is allowed instead: 30.00 evidenced > 27.00; 351.75 - 214.35 - 30.00 = 107.40.
    [Fact]
    public void Itemised_DRE_above_the_band_is_allowed_instead()
    {
        var r = Assess(LincolnshireBands, IncomeType.AttendanceAllowanceHigher, 101.75m, new DreItem(DreCategory.PrivateCare, Weekly(30m), evidenceHeld: true));
        Assert.Equal(M(30m), r.Figures.ItemisedDisabilityRelatedExpenditure);
        Assert.Equal(M(30m), r.Figures.DisabilityRelatedExpenditure);
        Assert.Equal(M(107.40m), r.WeeklyCharge);
        Assert.DoesNotContain("dre-band", r.RulesApplied);
    }

    // London Borough of Sutton, Local Government and Social Care Ombudsman decision 24-013-353: evidence is required for
    // DRE above £40 a week (not a cap on evidenced DRE). Unevidenced items of 35 + 20 = 55 are allowed up to 40; an
    // evidenced item of 10 counts in full: itemised 50. 351.75 - 214.35 - 50.00 = 87.40.
    // https://www.lgo.org.uk/decisions/adult-care-services/charging/24-013-353
    [Fact]
    public void Sutton_unevidenced_items_are_capped_at_the_40_evidence_threshold()
    {
        var overlay = Overlay(
            LocalMoney(ChargingParameterNames.LocalDreEvidenceThreshold, 40m),
            LocalMoney(ChargingParameterNames.LocalDreBandHighest, 27m));
        var r = Assess(
            overlay,
            IncomeType.AttendanceAllowanceHigher,
            101.75m,
            new DreItem(DreCategory.Heating, Weekly(35m)),
            new DreItem(DreCategory.Laundry, Weekly(20m)),
            new DreItem(DreCategory.CommunityAlarm, Weekly(10m), evidenceHeld: true));
        Assert.Equal(M(15m), r.Figures.UnevidencedDreAboveThreshold);
        Assert.Equal(M(50m), r.Figures.ItemisedDisabilityRelatedExpenditure);
        Assert.Equal(M(50m), r.Figures.DisabilityRelatedExpenditure);
        Assert.Equal(M(87.40m), r.WeeklyCharge);
        Assert.Contains("dre-evidence-threshold", r.RulesApplied);
    }

    // When the capped itemised amount is below the band, the band applies: unevidenced 35 capped at 20 < 27.
    [Fact]
    public void The_band_applies_when_the_capped_itemised_amount_is_lower()
    {
        var overlay = Overlay(LocalMoney(ChargingParameterNames.LocalDreEvidenceThreshold, 20m), LocalMoney(ChargingParameterNames.LocalDreBandHighest, 27m));
        var r = Assess(overlay, IncomeType.AttendanceAllowanceHigher, 101.75m, new DreItem(DreCategory.Heating, Weekly(35m)));
        Assert.Equal(M(20m), r.Figures.ItemisedDisabilityRelatedExpenditure);
        Assert.Equal(M(27m), r.Figures.DisabilityRelatedExpenditure);
    }

    // Kent County Council gives a flat standard DRE allowance of £17 a week to everyone; with bands as well, the higher
    // of the two applies. https://www.kent.gov.uk/social-care-and-health/adult-social-care/paying-for-care/disability-related-expenditure-assessment
    [Fact]
    public void The_higher_of_the_standard_allowance_and_the_band_applies()
    {
        var overlay = Overlay(LocalMoney(ChargingParameterNames.LocalDreStandardAllowance, 17m), LocalMoney(ChargingParameterNames.LocalDreBandMiddle, 16m), LocalMoney(ChargingParameterNames.LocalDreBandHighest, 27m));
        Assert.Equal(M(17m), Assess(overlay, IncomeType.AttendanceAllowanceLower, 68.10m).Figures.DisabilityRelatedExpenditure);
        Assert.Equal(M(27m), Assess(overlay, IncomeType.AttendanceAllowanceHigher, 101.75m).Figures.DisabilityRelatedExpenditure);
    }

    [Fact]
    public void The_explanation_shows_each_item_the_threshold_the_itemised_total_and_the_band()
    {
        var overlay = Overlay(LocalMoney(ChargingParameterNames.LocalDreEvidenceThreshold, 20m), LocalMoney(ChargingParameterNames.LocalDreBandHighest, 27m));
        var r = Assess(overlay, IncomeType.AttendanceAllowanceHigher, 101.75m, new DreItem(DreCategory.Heating, Weekly(35m)));
        var dre = r.Explanation.Lines.Single(l => l.Label == "Disability-related expenditure");
        Assert.Equal(M(27m), dre.Amount);
        Assert.Equal("Sch. 1 para. 4", dre.Citation!.Provision);
        Assert.Contains(dre.Children, l => l.Label.StartsWith("Extra heating", System.StringComparison.Ordinal) && l.Amount == M(35m));
        Assert.Contains(dre.Children, l => l.Label.StartsWith("Items without evidence above the threshold", System.StringComparison.Ordinal) && l.Amount == M(-15m));
        Assert.Contains(dre.Children, l => l.Label == "Itemised amount allowed" && l.Amount == M(20m));
        var band = dre.Children.Single(l => l.Label.StartsWith("Council DRE band", System.StringComparison.Ordinal));
        Assert.Equal(M(27m), band.Amount);
        Assert.Contains("Attendance Allowance higher rate", band.Note, System.StringComparison.Ordinal);
        Assert.Contains("Council DRE band", r.ToStatementText(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Bands_do_not_apply_in_a_care_home()
    {
        var a = new FinancialAssessment("r", AssessmentKind.PermanentResidential, Date, Pensioner(), M(800m), new[] { Line(IncomeType.StatePension, 250m), Line(IncomeType.AttendanceAllowanceHigher, 101.75m) }, residentialStay: new ResidentialStay(Date.PlusDays(-10)));
        var f = FinancialAssessmentCalculator.CalculateFigures(a, ChargingRates.On(Council(LincolnshireBands), Date));
        Assert.Equal(Money.Zero, f.DisabilityRelatedExpenditure);
        Assert.Equal(DreBand.None, f.DreBand);
    }

    [Theory]
    [InlineData(10.99, 11.00, 11.01)]
    public void Boundary_a_penny_either_side_of_the_band(decimal below, decimal at, decimal above)
    {
        decimal Dre(decimal itemised) => Assess(LincolnshireBands, IncomeType.DlaCareLowest, 26.90m, new DreItem(DreCategory.Other, Weekly(itemised), evidenceHeld: true)).Figures.DisabilityRelatedExpenditure.Pounds;
        Assert.Equal(11.00m, Dre(below));
        Assert.Equal(11.00m, Dre(at));
        Assert.Equal(11.01m, Dre(above));
    }
}
