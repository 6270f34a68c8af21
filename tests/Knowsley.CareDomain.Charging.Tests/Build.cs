using System.Collections.Generic;
using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Capital;
using Knowsley.CareDomain.Charging.Expenditure;
using Knowsley.CareDomain.Charging.Income;
using Knowsley.CareDomain.Parameters;
using NodaTime;

namespace Knowsley.CareDomain.Charging.Tests;

/// <summary>Helpers that build assessments and council overlays for tests.</summary>
internal static class Build
{
    public static Money M(decimal pounds) => Money.FromPounds(pounds);

    public static PeriodicAmount Weekly(decimal pounds) => PeriodicAmount.Weekly(M(pounds));

    public static IncomeLine Line(IncomeType type, decimal weekly, bool joint = false) => new(type, Weekly(weekly), joint);

    public static CapitalItem Savings(decimal value, int owners = 1) => new(CapitalType.Savings, M(value), owners);

    public static AssessedPerson Single(LocalDate dob, LocalDate? pensionCreditDate = null) => new(dob, HouseholdStatus.Single, pensionCreditDate);

    /// <summary>A single pensioner born 1950-01-01 who reached Pension Credit age on 2015-01-01 (a test input, not a statutory figure).</summary>
    public static AssessedPerson Pensioner() => Single(new LocalDate(1950, 1, 1), new LocalDate(2015, 1, 1));

    public static AssessedPerson WorkingAge() => Single(new LocalDate(1980, 1, 1));

    public static FinancialAssessment NonResidential(
        LocalDate date,
        decimal costOfCare,
        IReadOnlyList<IncomeLine>? income = null,
        IReadOnlyList<CapitalItem>? capital = null,
        AssessedPerson? person = null,
        IReadOnlyList<DreItem>? dre = null,
        IReadOnlyList<HousingCost>? housing = null,
        bool nightCare = false)
        => new("test", AssessmentKind.NonResidential, date, person ?? Pensioner(), M(costOfCare), income, capital, dre, housing, nightCare);

    public static ParameterSet Council(string json) => ChargingTestData.Statutory.WithOverlay(ParameterSet.FromJson(json, "council-test.json"));

    public static string LocalMoney(string name, decimal value, string from = "2015-04-01")
        => $"\"{name}\": {{\"unit\": \"gbp\", \"description\": \"test\", \"entries\": [{{\"from\": \"{from}\", \"value\": {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}, \"citation\": {{\"instrument\": \"Test council\", \"provision\": \"charging policy\"}}}}]}}";

    public static string LocalNumber(string name, string unit, string value, string from = "2015-04-01")
        => $"\"{name}\": {{\"unit\": \"{unit}\", \"description\": \"test\", \"entries\": [{{\"from\": \"{from}\", \"value\": {value}, \"citation\": {{\"instrument\": \"Test council\", \"provision\": \"charging policy\"}}}}]}}";

    public static string Overlay(params string[] parameters) => "{\"parameters\": {" + string.Join(",", parameters) + "}}";
}

internal static class ChargingTestData
{
    public static ParameterSet Statutory => Rates.ChargingParameters.Default;
}
