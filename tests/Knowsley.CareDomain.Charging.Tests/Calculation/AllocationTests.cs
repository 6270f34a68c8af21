using System;
using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Calculation;
using Knowsley.CareDomain.Charging.Expenditure;
using Knowsley.CareDomain.Charging.Income;
using Knowsley.CareDomain.Charging.Rates;
using NodaTime;
using static Knowsley.CareDomain.Charging.Tests.Build;

namespace Knowsley.CareDomain.Charging.Tests.Calculation;

/// <summary><see cref="FinancialAssessmentCalculator.CalculateFigures"/> is the bulk hot path: it must not allocate, with
/// every council feature switched on (bands, evidence threshold, couples check, pension passed to a spouse).</summary>
public sealed class AllocationTests
{
    private static readonly LocalDate Date = new(2023, 6, 5);

    [Fact]
    public void CalculateFigures_allocates_nothing_with_every_feature_on()
    {
        var rates = ChargingRates.On(
            Council(Overlay(
                LocalMoney(ChargingParameterNames.LocalDreBandMiddle, 16m),
                LocalMoney(ChargingParameterNames.LocalDreBandHighest, 27m),
                LocalMoney(ChargingParameterNames.LocalDreEvidenceThreshold, 20m),
                LocalMoney(ChargingParameterNames.LocalDreStandardAllowance, 5m),
                LocalMoney(ChargingParameterNames.MigCouplePensionCreditAgePerMember, 160m, "2023-04-06"),
                LocalMoney(ChargingParameterNames.LocalCouplesCheckAllowance, 306.85m),
                LocalNumber(ChargingParameterNames.LocalTaperPercent, "percent", "90"))),
            Date);
        var couple = new AssessedPerson(new LocalDate(1950, 1, 1), HouseholdStatus.Couple, new LocalDate(2015, 1, 1));
        var home = new FinancialAssessment(
            "a", AssessmentKind.NonResidential, Date, couple, M(300m),
            new[] { Line(IncomeType.StatePension, 250m), Line(IncomeType.AttendanceAllowanceHigher, 101.75m) },
            new[] { Savings(16_000m) },
            new[] { new DreItem(DreCategory.Heating, Weekly(35m)), new DreItem(DreCategory.CommunityAlarm, Weekly(4m), evidenceHeld: true) },
            partnerResources: new PartnerResources(Weekly(120m), Weekly(10m)));
        var careHome = new FinancialAssessment(
            "b", AssessmentKind.PermanentResidential, Date, couple, M(800m),
            new[] { Line(IncomeType.StatePension, 200m), new IncomeLine(IncomeType.PrivatePension, Weekly(100m), halfPassedToSpouse: true) },
            residentialStay: new ResidentialStay(Date.PlusDays(-200)));
        var careHomeRates = ChargingRates.On(ChargingParameters.Default, Date);

        // Warm up (JIT, lazy statics).
        var sum = FinancialAssessmentCalculator.CalculateFigures(home, rates).WeeklyCharge + FinancialAssessmentCalculator.CalculateFigures(careHome, careHomeRates).WeeklyCharge;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            sum += FinancialAssessmentCalculator.CalculateFigures(home, rates).WeeklyCharge;
            sum += FinancialAssessmentCalculator.CalculateFigures(careHome, careHomeRates).WeeklyCharge;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.True(sum.IsPositive);
    }
}
