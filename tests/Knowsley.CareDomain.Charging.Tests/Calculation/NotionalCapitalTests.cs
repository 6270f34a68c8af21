using System.Linq;
using Knowsley.CareDomain.Charging.Calculation;
using Knowsley.CareDomain.Charging.Capital;
using Knowsley.CareDomain.Charging.Income;
using Knowsley.CareDomain.Charging.Rates;
using NodaTime;
using static Knowsley.CareDomain.Charging.Tests.Build;

namespace Knowsley.CareDomain.Charging.Tests.Calculation;

/// <summary>Deprivation of assets: where the council finds the person deprived themselves of capital to avoid charges,
/// the capital counts as notional capital (SI 2014/2672 reg. 22; CSSG Annex E). The library records the council's finding
/// as a <c>notional-capital</c> item; it never decides motive.</summary>
public sealed class NotionalCapitalTests
{
    private static readonly LocalDate Date = new(2023, 6, 5);

    // Savings of £10,000 and an £8,000 gift the council found to be a deprivation: £18,000 counts; (18,000 - 14,250) / 250
    // = 15 steps, tariff income £15 a week (reg. 25). Without the finding, £10,000 is below the lower limit: no tariff.
    [Fact]
    public void Notional_capital_counts_as_capital_and_is_cited_to_Annex_E()
    {
        var capital = new[] { Savings(10_000m), new CapitalItem(CapitalType.NotionalCapital, M(8_000m), description: "gift to nephew, 2022") };
        var r = FinancialAssessmentCalculator.Calculate(NonResidential(Date, 300m, new[] { Line(IncomeType.StatePension, 250m) }, capital), ChargingParameters.Default);
        Assert.Equal(M(18_000m), r.CapitalAssessed);
        Assert.Equal(M(15m), r.TariffIncome);
        Assert.Contains("notional-capital", r.RulesApplied);
        Assert.Contains(r.Warnings, w => w.Contains("CSSG Annex E", System.StringComparison.Ordinal));
        var line = r.Explanation.AllLines().Single(l => l.Label.StartsWith("Notional capital", System.StringComparison.Ordinal));
        Assert.Equal("Annex E", line.Citation!.Provision);
        Assert.Contains("reg. 22", line.Note, System.StringComparison.Ordinal);

        var without = FinancialAssessmentCalculator.Calculate(NonResidential(Date, 300m, new[] { Line(IncomeType.StatePension, 250m) }, new[] { Savings(10_000m) }), ChargingParameters.Default);
        Assert.Equal(Money.Zero, without.TariffIncome);
        Assert.True(r.WeeklyCharge > without.WeeklyCharge);
    }

    // Notional capital that takes the person over the upper limit means the full cost (reg. 12).
    [Fact]
    public void Notional_capital_above_the_upper_limit_means_the_full_cost()
    {
        var capital = new[] { Savings(20_000m), new CapitalItem(CapitalType.NotionalCapital, M(3_250.01m)) };
        var r = FinancialAssessmentCalculator.Calculate(NonResidential(Date, 300m, new[] { Line(IncomeType.StatePension, 250m) }, capital), ChargingParameters.Default);
        Assert.True(r.Figures.AboveUpperCapitalLimit);
        Assert.Equal(M(300m), r.WeeklyCharge);
    }
}
