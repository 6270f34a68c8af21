using System.Linq;
using Knowsley.CareDomain.Charging.Calculation;
using Knowsley.CareDomain.Charging.Income;
using Knowsley.CareDomain.Charging.Rates;
using Knowsley.CareDomain.Charging.Recalculation;
using NodaTime;
using static Knowsley.CareDomain.Charging.Tests.Build;

namespace Knowsley.CareDomain.Charging.Tests.Recalculation;

public sealed class BulkRecalculationTests
{
    // 2022/23 -> 2023/24 uprating (SI 2023/277): the pension-age MIG rises 194.70 -> 214.35, so a pensioner with 300 a week
    // income sees the charge fall from 105.30 to 85.65 (-19.65).
    [Fact]
    public void April_2023_uprating_lowers_the_charge_by_the_mig_increase()
    {
        var caseload = new[] { NonResidential(new LocalDate(2022, 6, 1), 500m, new[] { Line(IncomeType.StatePension, 300m) }) };
        var report = BulkRecalculation.Run(caseload, ChargingParameters.Default, new FinancialYear(2022), new FinancialYear(2023));
        var row = Assert.Single(report.Rows);
        Assert.Equal(M(105.30m), row.OldCharge);
        Assert.Equal(M(85.65m), row.NewCharge);
        Assert.Equal(M(-19.65m), row.Difference);
        Assert.Equal(new[] { "minimum-income-guarantee", "disposable-income", "maximum-charge", "weekly-charge" }, row.MovedHeadings);
    }

    [Fact]
    public void Rows_with_missing_rates_are_reported_not_lost()
    {
        var caseload = new[]
        {
            NonResidential(new LocalDate(2025, 6, 1), 500m, new[] { Line(IncomeType.StatePension, 300m) }),
            NonResidential(new LocalDate(2025, 6, 1), 500m, new[] { Line(IncomeType.StatePension, 250m) }),
        };
        var report = BulkRecalculation.Run(caseload, ChargingParameters.Default, new FinancialYear(2025), new FinancialYear(2026));
        Assert.Equal(2, report.Count);
        Assert.Equal(0, report.Succeeded);
        Assert.Equal(2, report.Failed);
        Assert.All(report.Rows, r => Assert.Equal(ChargingParameterNames.MigSinglePensionCreditAge, r.ErrorField));
        Assert.All(report.Rows, r => Assert.NotNull(r.Before));
    }

    [Fact]
    public void ComputeInto_agrees_with_the_calculator()
    {
        var caseload = Enumerable.Range(0, 20)
            .Select(i => NonResidential(new LocalDate(2023, 6, 1), 100m + i, new[] { Line(IncomeType.StatePension, 200m + (i * 10)) }, new[] { Savings(14_000m + (i * 500)) }))
            .ToArray();
        var before = ChargingRates.On(ChargingParameters.Default, new LocalDate(2023, 6, 1));
        var after = ChargingRates.On(ChargingParameters.Default, new LocalDate(2024, 6, 1));
        var o = new ChargeFigures[20];
        var n = new ChargeFigures[20];
        var ok = new bool[20];
        Assert.Equal(20, BulkRecalculation.ComputeInto(caseload, before, after, o, n, ok));
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(FinancialAssessmentCalculator.Calculate(caseload[i], before).Figures, o[i]);
            Assert.Equal(FinancialAssessmentCalculator.CalculateFiguresAsOf(caseload[i], after), n[i]);
        }
    }
}
