using System.Linq;
using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Capital;
using Knowsley.CareDomain.Charging.Income;
using Knowsley.CareDomain.Charging.Rates;
using Knowsley.CareDomain.Parameters;
using NodaTime;

namespace Knowsley.CareDomain.Benchmarks.Charging;

/// <summary>The straightforward way to write the charge, kept as the baseline to beat: parameters looked up by name for
/// every assessment, LINQ over the lines, decimal pounds. Same rules as the library for the cases the benchmark uses
/// (no council policy knobs).</summary>
internal static class NaiveChargeCalculator
{
    public static decimal WeeklyCharge(FinancialAssessment a, ParameterSet p, LocalDate date)
    {
        var capital = a.Capital.Where(c => Counts(c, a, date)).Sum(c => c.ShareValue().Pounds);
        var lcl = p.MoneyOn(ChargingParameterNames.LowerCapitalLimit, date).Pounds;
        var ucl = p.MoneyOn(ChargingParameterNames.UpperCapitalLimit, date).Pounds;
        if (capital > ucl)
        {
            return a.WeeklyCostOfCare.Pounds;
        }

        var tariff = capital > lcl ? decimal.Ceiling((capital - lcl) / 250m) : 0m;
        var gross = a.Income.Sum(i => i.PersonsWeeklyAmount().Pounds);
        var disregarded = a.Income.Where(i => i.Type.Treatment == IncomeTreatment.FullyDisregarded).Sum(i => i.PersonsWeeklyAmount().Pounds);
        var savingsCredit = a.Income.Where(i => i.Type.Treatment == IncomeTreatment.SavingsCredit).Sum(i => i.PersonsWeeklyAmount().Pounds);
        if (savingsCredit > 0)
        {
            disregarded += System.Math.Min(savingsCredit, p.MoneyOn(ChargingParameterNames.SavingsCreditDisregardSingle, date).Pounds);
        }

        var assessable = gross - disregarded + tariff;
        decimal allowances;
        if (a.Kind.IsResidential)
        {
            allowances = p.MoneyOn(ChargingParameterNames.PersonalExpensesAllowance, date).Pounds;
        }
        else
        {
            var age = Period.Between(a.Person.DateOfBirth, date, PeriodUnits.Years).Years;
            var name = a.Person.HasReachedPensionCreditAgeOn(date) ? ChargingParameterNames.MigSinglePensionCreditAge
                : age >= 25 ? ChargingParameterNames.MigSingle25ToPensionCreditAge : ChargingParameterNames.MigSingle18To24;
            allowances = p.MoneyOn(name, date).Pounds
                + a.HousingCosts.Sum(h => h.Amount.ToWeekly().Pounds)
                + a.DisabilityRelatedExpenditure.Sum(d => d.AllowedWeekly().Pounds);
        }

        var maximum = System.Math.Max(0m, assessable - allowances);
        return System.Math.Min(maximum, a.WeeklyCostOfCare.Pounds);
    }

    private static bool Counts(CapitalItem c, FinancialAssessment a, LocalDate date)
        => !c.Type.AlwaysDisregarded
           && (!c.Type.Equals(CapitalType.MainHome)
               || (a.Kind.Equals(AssessmentKind.PermanentResidential) && date > a.ResidentialStay!.TwelveWeekDisregardLastDay() && !c.Disregards.Any(d => d.AppliesOn(date))));
}
