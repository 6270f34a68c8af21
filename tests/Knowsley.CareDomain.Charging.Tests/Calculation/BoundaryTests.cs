using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Calculation;
using Knowsley.CareDomain.Charging.Income;
using Knowsley.CareDomain.Charging.Rates;
using System.Linq;
using NodaTime;
using static Knowsley.CareDomain.Charging.Tests.Build;

namespace Knowsley.CareDomain.Charging.Tests.Calculation;

public sealed class BoundaryTests
{
    private static readonly LocalDate Date2024 = new(2024, 6, 1);

    // SI 2014/2672 reg. 25: £1 a week for every £250, or part of £250, above the lower capital limit (£14,250);
    // reg. 12: capital at the upper limit (£23,250) is within the means test, a penny over means full cost.
    [Theory]
    [InlineData("0.00", "0", false)]
    [InlineData("14250.00", "0", false)]
    [InlineData("14250.01", "1", false)]
    [InlineData("14500.00", "1", false)]
    [InlineData("14500.01", "2", false)]
    [InlineData("14750.00", "2", false)]
    [InlineData("14750.01", "3", false)]
    [InlineData("18250.00", "16", false)]
    [InlineData("18250.01", "17", false)]
    [InlineData("23000.00", "35", false)]
    [InlineData("23000.01", "36", false)]
    [InlineData("23249.99", "36", false)]
    [InlineData("23250.00", "36", false)]
    [InlineData("23250.01", "0", true)]
    public void Tariff_income_and_the_upper_capital_limit(string capital, string tariff, bool fullCost)
    {
        var a = NonResidential(Date2024, 400m, new[] { Line(IncomeType.StatePension, 250m) }, new[] { Savings(decimal.Parse(capital, System.Globalization.CultureInfo.InvariantCulture)) });
        var r = FinancialAssessmentCalculator.Calculate(a, ChargingParameters.Default);
        Assert.Equal(Money.Parse(tariff), r.TariffIncome);
        Assert.Equal(fullCost, r.Figures.AboveUpperCapitalLimit);
        if (fullCost)
        {
            Assert.Equal(M(400m), r.WeeklyCharge);
        }
    }

    [Theory]
    [InlineData("23000.00", false)]
    [InlineData("23000.01", true)]
    [InlineData("23250.00", true)]
    public void Warning_when_capital_is_within_250_of_the_upper_limit(string capital, bool warned)
    {
        var a = NonResidential(Date2024, 400m, new[] { Line(IncomeType.StatePension, 250m) }, new[] { Savings(decimal.Parse(capital, System.Globalization.CultureInfo.InvariantCulture)) });
        var r = FinancialAssessmentCalculator.Calculate(a, ChargingParameters.Default);
        Assert.Equal(warned, r.Warnings.Any(w => w.Contains("within £250", System.StringComparison.Ordinal)));
    }

    // reg. 7(2)(a)/(b): the 25+ amount applies from the 25th birthday itself. 2025/26: 89.15 and 112.50.
    [Theory]
    [InlineData("2025-06-14", "89.15")]
    [InlineData("2025-06-15", "112.50")]
    public void Mig_age_band_changes_on_the_25th_birthday(string date, string mig)
    {
        var d = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        var person = Single(new LocalDate(2000, 6, 15));
        var r = FinancialAssessmentCalculator.Calculate(NonResidential(d, 400m, new[] { Line(IncomeType.UniversalCredit, 100m) }, person: person), ChargingParameters.Default);
        Assert.Equal(Money.Parse(mig), r.Figures.MinimumIncomeGuarantee);
    }

    // reg. 7(2)(c): the pension-age amount applies from the day the person reaches the qualifying age for Pension Credit.
    [Theory]
    [InlineData("2023-08-31", "103.65")]
    [InlineData("2023-09-01", "214.35")]
    public void Mig_changes_on_the_pension_credit_qualifying_date(string date, string mig)
    {
        var d = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        var person = Single(new LocalDate(1957, 9, 1), new LocalDate(2023, 9, 1));
        var r = FinancialAssessmentCalculator.Calculate(NonResidential(d, 400m, new[] { Line(IncomeType.StatePension, 100m) }, person: person), ChargingParameters.Default);
        Assert.Equal(Money.Parse(mig), r.Figures.MinimumIncomeGuarantee);
    }

    // The night-care element follows the benefit rates on the day they change: 92.40 - 61.85 = 30.55 until 9 April 2023,
    // 101.75 - 68.10 = 33.65 from 10 April 2023.
    [Theory]
    [InlineData("2023-04-09", "30.55")]
    [InlineData("2023-04-10", "33.65")]
    public void Night_care_element_on_the_day_benefit_rates_change(string date, string element)
    {
        var d = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        var council = Council(Overlay(LocalNumber(ChargingParameterNames.LocalNightCarePolicy, "code", "\"disregard-higher-minus-lower\"")));
        var r = FinancialAssessmentCalculator.Calculate(NonResidential(d, 400m, new[] { Line(IncomeType.AttendanceAllowanceHigher, 200m) }), council);
        Assert.Equal(Money.Parse(element), r.Figures.NightCareElementDisregarded);
    }

    [Fact]
    public void Charge_is_zero_when_income_is_below_the_mig()
    {
        var r = FinancialAssessmentCalculator.Calculate(NonResidential(Date2024, 400m, new[] { Line(IncomeType.StatePension, 100m) }), ChargingParameters.Default);
        Assert.True(r.Figures.DisposableIncome.IsNegative);
        Assert.Equal(Money.Zero, r.MaximumCharge);
        Assert.Equal(Money.Zero, r.WeeklyCharge);
    }
}
