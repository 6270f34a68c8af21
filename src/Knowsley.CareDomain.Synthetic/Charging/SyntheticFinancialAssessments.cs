using System;
using System.Collections.Generic;
using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Capital;
using Knowsley.CareDomain.Charging.Income;
using NodaTime;

namespace Knowsley.CareDomain.Synthetic.Charging;

/// <summary>Derives charging financial assessments from synthetic people, for demos, notebooks and benchmarks.</summary>
/// <remarks>
/// People in a care home get a permanent residential assessment (admitted on their support start, or on the assessment
/// date if later); everyone else a non-residential one. Synthetic income sources map to the charging income types with
/// the same code; savings become a savings item and a home value a main home. The Pension Credit qualifying date is
/// approximated as the 66th birthday: a synthetic simplification, not the state pension age rules.
/// </remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class SyntheticFinancialAssessments
{
    /// <summary>Builds the financial assessment of a synthetic person on a date.</summary>
    /// <param name="person">The person.</param>
    /// <param name="date">The assessment date.</param>
    /// <param name="assessCouplesAsSingle">When <c>true</c>, people with a partner are assessed as single (useful while the
    /// couple MIG amounts from 2022/23 are not confirmed and so are missing from the rate tables).</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public static FinancialAssessment From(SyntheticPerson person, LocalDate date, bool assessCouplesAsSingle = false)
    {
        if (person is null)
        {
            throw new ArgumentNullException(nameof(person));
        }

        var household = person.HasPartner && !assessCouplesAsSingle ? HouseholdStatus.Couple : HouseholdStatus.Single;
        var assessed = new AssessedPerson(person.DateOfBirth, household, person.DateOfBirth.PlusYears(66));
        var income = new List<IncomeLine>(person.Incomes.Count);
        foreach (var i in person.Incomes)
        {
            income.Add(new IncomeLine(IncomeType.FromCode(i.Source.Code), i.Amount));
        }

        var capital = new List<CapitalItem>(2);
        if (person.Savings.IsPositive)
        {
            capital.Add(new CapitalItem(CapitalType.Savings, person.Savings));
        }

        if (person.HomeValue.IsPositive)
        {
            capital.Add(new CapitalItem(CapitalType.MainHome, person.HomeValue));
        }

        if (person.ServiceType.IsCareHome)
        {
            var admitted = person.SupportStart <= date ? person.SupportStart : date;
            return new FinancialAssessment(person.Id, AssessmentKind.PermanentResidential, date, assessed, person.WeeklyCostOfCare, income, capital, residentialStay: new ResidentialStay(admitted));
        }

        return new FinancialAssessment(person.Id, AssessmentKind.NonResidential, date, assessed, person.WeeklyCostOfCare, income, capital);
    }
}
