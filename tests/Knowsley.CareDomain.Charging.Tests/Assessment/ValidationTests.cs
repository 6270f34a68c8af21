using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Capital;
using Knowsley.CareDomain.Charging.Expenditure;
using Knowsley.CareDomain.Charging.Income;
using Knowsley.CareDomain.Charging.Serialization;
using Knowsley.CareDomain.Validation;
using NodaTime;
using static Knowsley.CareDomain.Charging.Tests.Build;

namespace Knowsley.CareDomain.Charging.Tests.Assessment;

public sealed class ValidationTests
{
    private static readonly LocalDate Date = new(2023, 6, 1);

    private static DomainValidationException Fails(System.Func<object> make) => Assert.Throws<DomainValidationException>(make);

    [Fact]
    public void Negative_income_names_the_line()
    {
        var ex = Fails(() => NonResidential(Date, 10m, new[] { Line(IncomeType.StatePension, 10m), new IncomeLine(IncomeType.StatePension, Weekly(-1m)) }));
        Assert.Contains(ex.Errors, e => e.Field == "income[1].amount" && e.Rule == "non-negative");
    }

    [Fact]
    public void Negative_capital_and_cost_and_zero_owners_are_each_named()
    {
        var ex = Fails(() => NonResidential(Date, -1m, capital: new[] { new CapitalItem(CapitalType.Savings, M(-5m), 0) }));
        Assert.Contains(ex.Errors, e => e.Field == "weeklyCostOfCare");
        Assert.Contains(ex.Errors, e => e.Field == "capital[0].value");
        Assert.Contains(ex.Errors, e => e.Field == "capital[0].jointOwners");
    }

    [Theory]
    [InlineData("2015-03-31")]
    [InlineData("2027-04-01")]
    public void Dates_out_of_range_name_the_assessment_date(string date)
    {
        var d = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        var ex = Fails(() => NonResidential(d, 10m));
        Assert.Contains(ex.Errors, e => e.Field == "assessmentDate" && e.Rule == "date-in-range");
    }

    [Fact]
    public void Missing_fields_are_named()
    {
        var ex = Fails(() => new FinancialAssessment("", null!, Date, null!, M(1m)));
        Assert.Contains(ex.Errors, e => e.Field == "id");
        Assert.Contains(ex.Errors, e => e.Field == "kind");
        Assert.Contains(ex.Errors, e => e.Field == "person");
    }

    [Fact]
    public void Pension_credit_qualifying_date_is_required_from_age_60()
    {
        var ex = Fails(() => NonResidential(Date, 10m, person: Single(new LocalDate(1960, 1, 1))));
        Assert.Contains(ex.Errors, e => e.Field == "person.pensionCreditQualifyingDate" && e.Rule == "required");
    }

    [Fact]
    public void Residential_assessment_needs_the_stay()
    {
        var ex = Fails(() => new FinancialAssessment("x", AssessmentKind.PermanentResidential, Date, Pensioner(), M(1m)));
        Assert.Contains(ex.Errors, e => e.Field == "residentialStay" && e.Rule == "required");
    }

    [Fact]
    public void Dre_allowed_less_than_claimed_needs_a_reason()
    {
        var ex = Fails(() => NonResidential(Date, 10m, dre: new[] { new DreItem(DreCategory.Heating, Weekly(10m), Weekly(5m)) }));
        Assert.Contains(ex.Errors, e => e.Field == "disabilityRelatedExpenditure[0].refusalReason");
    }

    [Fact]
    public void Unknown_benefit_code_in_json_names_the_field()
    {
        var json = FinancialAssessmentJson.Write(NonResidential(Date, 10m, new[] { Line(IncomeType.StatePension, 10m) }))
            .Replace("\"state-pension\"", "\"no-such-benefit\"", System.StringComparison.Ordinal);
        var ex = Fails(() => FinancialAssessmentJson.Read(json));
        Assert.Contains(ex.Errors, e => e.Field.StartsWith("income[0].type", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Negative_amount_in_json_names_the_field_path()
    {
        var json = FinancialAssessmentJson.Write(NonResidential(Date, 10m, new[] { Line(IncomeType.StatePension, 10m) }))
            .Replace("\"10.00\"", "\"-10.00\"", System.StringComparison.Ordinal);
        var ex = Fails(() => FinancialAssessmentJson.Read(json));
        Assert.Contains(ex.Errors, e => e.Field == "income[0].amount" || e.Field == "weeklyCostOfCare");
    }

    [Fact]
    public void Missing_person_in_json_names_the_field()
    {
        var ex = Fails(() => FinancialAssessmentJson.Read("{\"id\": \"x\", \"kind\": \"non-residential\", \"assessmentDate\": \"2023-06-01\", \"weeklyCostOfCare\": \"10.00\"}"));
        Assert.Contains(ex.Errors, e => e.Field == "person" && e.Rule == "required");
    }

    [Fact]
    public void Missing_dates_in_json_are_named_as_required_not_out_of_range()
    {
        var ex = Fails(() => FinancialAssessmentJson.Read("{\"id\": \"x\", \"kind\": \"non-residential\", \"weeklyCostOfCare\": \"10.00\", \"person\": {\"household\": \"single\"}}"));
        Assert.Contains(ex.Errors, e => e.Field == "assessmentDate" && e.Rule == "required");
        Assert.DoesNotContain(ex.Errors, e => e.Field == "assessmentDate" && e.Rule == "date-in-range");
        Assert.Contains(ex.Errors, e => e.Field == "person.dateOfBirth" && e.Rule == "required");
    }

    [Theory]
    [InlineData("{")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1, 2]")]
    public void Whole_document_json_errors_are_validation_errors_naming_the_document(string json)
    {
        var ex = Fails(() => FinancialAssessmentJson.Read(json));
        Assert.Contains(ex.Errors, e => e.Field == "$");
    }

    [Fact]
    public void Malformed_json_is_a_validation_error_not_a_crash()
    {
        var ex = Fails(() => FinancialAssessmentJson.Read("{\"id\": "));
        Assert.NotEmpty(ex.Errors);
    }

    [Fact]
    public void Partner_resources_need_a_couple_outside_a_care_home_and_non_negative_amounts()
    {
        var ex = Fails(() => new FinancialAssessment(
            "x", AssessmentKind.PermanentResidential, Date, Pensioner(), M(1m),
            residentialStay: new ResidentialStay(Date),
            partnerResources: new PartnerResources(Weekly(-1m), Weekly(-2m))));
        Assert.Contains(ex.Errors, e => e.Field == "partnerResources" && e.Rule == "non-residential-only");
        Assert.Contains(ex.Errors, e => e.Field == "partnerResources" && e.Rule == "couple-only");
        Assert.Contains(ex.Errors, e => e.Field == "partnerResources.income" && e.Rule == "non-negative");
        Assert.Contains(ex.Errors, e => e.Field == "partnerResources.housingCostShare" && e.Rule == "non-negative");
    }

    [Fact]
    public void Pension_passed_to_a_spouse_applies_only_to_a_couples_private_pension_in_a_care_home()
    {
        var ex = Fails(() => NonResidential(Date, 10m, new[] { new IncomeLine(IncomeType.StatePension, Weekly(10m), halfPassedToSpouse: true) }));
        Assert.Contains(ex.Errors, e => e.Field == "income[0].halfPassedToSpouse" && e.Rule == "pension-only");
        Assert.Contains(ex.Errors, e => e.Field == "income[0].halfPassedToSpouse" && e.Rule == "care-home-only");
        Assert.Contains(ex.Errors, e => e.Field == "income[0].halfPassedToSpouse" && e.Rule == "couple-only");
        Assert.Contains("halfPassedToSpouse", ex.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_partner_income_in_json_names_the_field()
    {
        var couple = new AssessedPerson(new LocalDate(1950, 1, 1), HouseholdStatus.Couple, new LocalDate(2015, 1, 1));
        var json = FinancialAssessmentJson.Write(new FinancialAssessment("c", AssessmentKind.NonResidential, Date, couple, M(10m), partnerResources: new PartnerResources(Weekly(100m), Weekly(5m))))
            .Replace("\"100.00\"", "\"-100.00\"", System.StringComparison.Ordinal);
        var ex = Fails(() => FinancialAssessmentJson.Read(json));
        Assert.Contains(ex.Errors, e => e.Field == "partnerResources.income");
    }
}
