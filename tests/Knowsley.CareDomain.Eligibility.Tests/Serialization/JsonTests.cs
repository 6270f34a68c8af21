using System;
using System.IO;
using System.Linq;
using Knowsley.CareDomain.Eligibility.Adults;
using Knowsley.CareDomain.Eligibility.Carers;
using Knowsley.CareDomain.Eligibility.Determination;
using Knowsley.CareDomain.Eligibility.Outcomes;
using Knowsley.CareDomain.Eligibility.Serialization;
using Knowsley.CareDomain.Serialization;
using Knowsley.CareDomain.Validation;
using NodaTime;
using static Knowsley.CareDomain.Eligibility.Tests.Build;

namespace Knowsley.CareDomain.Eligibility.Tests.Serialization;

public sealed class JsonTests
{
    private const string Minimal = """
        {
          "subject": "adult",
          "assessmentReference": "NA-1",
          "personReference": "P-1",
          "determinationDate": "2025-03-31",
          "periodStart": "2025-03-01",
          "periodEnd": "2025-03-28",
          "impairmentOrIllness": { "met": true, "reasons": "Stroke 2024" },
          "findings": [
            { "outcome": "nutrition", "achieved": false, "reasons": ["without-assistance"], "evidence": "seen", "metBy": "carer" },
            { "outcome": "toilet-needs", "achieved": false, "reasons": ["endangers-health-or-safety"], "evidence": "falls",
              "episodes": [ { "start": "2025-03-10", "end": "2025-03-12", "note": "UTI" } ] }
          ],
          "significantImpact": { "significant": true, "areas": ["personal-dignity"], "reasons": "Distress", "way": "single" },
          "circumstances": { "ordinaryResidence": "in-area", "financialPosition": "at-or-below-limit" }
        }
        """;

    [Fact]
    public void Reads_codes_and_dates()
    {
        var a = Assert.IsType<AdultEligibilityAssessment>(EligibilityAssessmentJson.Read(Minimal));
        Assert.Equal(SpecifiedOutcome.Nutrition, a.Findings[0].Outcome);
        Assert.Equal(NeedMetBy.Carer, a.Findings[0].MetBy);
        Assert.Equal(NeedMetBy.Unmet, a.Findings[1].MetBy);
        Assert.Equal(new LocalDate(2025, 3, 10), a.Findings[1].Episodes[0].Start);
        Assert.Equal(OrdinaryResidence.InArea, a.Circumstances!.OrdinaryResidence);
        Assert.Equal(AdultAssessmentKind.NeedsAssessment, a.Kind);
        Assert.True(Determine(a).IsEligible);
    }

    [Fact]
    public void Writes_subject_and_codes_and_reads_back_equal()
    {
        var a = EligibilityAssessmentJson.Read(Minimal);
        var json = EligibilityAssessmentJson.Write(a);
        Assert.Contains("\"subject\": \"adult\"", json, StringComparison.Ordinal);
        Assert.Contains("\"outcome\": \"nutrition\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("unmetOutcomes", json, StringComparison.Ordinal);
        Assert.Equal(a, EligibilityAssessmentJson.Read(json));
    }

    [Fact]
    public void Carer_round_trip_through_CareDomainJson()
    {
        var c = Carer(health: HealthDeterioration.AtRiskOfDeteriorating, circumstances: new CarerMeetingNeedsCircumstances(OrdinaryResidence.InArea, FinancialPosition.NoCharge));
        Assert.Equal(c, CareDomainJson.Deserialize<CarerEligibilityAssessment>(CareDomainJson.Serialize(c)));
        Assert.Equal(c, EligibilityAssessmentJson.Read(EligibilityAssessmentJson.Write(c)));
    }

    [Fact]
    public void Unknown_outcome_code_names_the_field_and_lists_valid_codes()
    {
        var ex = Assert.Throws<DomainValidationException>(() => EligibilityAssessmentJson.Read(Minimal.Replace("\"toilet-needs\"", "\"toileting\"", StringComparison.Ordinal)));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("findings[1].outcome", e.Field);
        Assert.Contains("toilet-needs", e.Message, StringComparison.Ordinal);
    }

    // V11: the health-deterioration limb is carer-only; on an adult it is an unknown field.
    [Fact]
    public void Carer_only_field_on_an_adult_is_named()
    {
        var ex = Assert.Throws<DomainValidationException>(() => EligibilityAssessmentJson.Read(Minimal.Replace("\"subject\": \"adult\",", "\"subject\": \"adult\", \"healthDeterioration\": \"deteriorating\",", StringComparison.Ordinal)));
        Assert.Contains("healthDeterioration", ex.Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_errors_from_json_keep_their_field_paths()
    {
        var json = Minimal.Replace("\"achieved\": false, \"reasons\": [\"without-assistance\"]", "\"achieved\": true, \"reasons\": [\"without-assistance\"]", StringComparison.Ordinal);
        var ex = Assert.Throws<DomainValidationException>(() => EligibilityAssessmentJson.Read(json));
        Assert.Equal("findings[0].reasons", ex.Errors.Single().Field);
        Assert.Equal("contradictory-finding", ex.Errors.Single().Rule);
    }

    [Fact]
    public void Missing_or_unknown_subject_is_named()
    {
        var ex = Assert.Throws<DomainValidationException>(() => EligibilityAssessmentJson.Read("{ \"assessmentReference\": \"x\" }"));
        Assert.Equal("subject", ex.Errors.Single().Field);
        Assert.Contains("adult, carer", ex.Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_reported_as_a_validation_error()
    {
        var ex = Assert.Throws<DomainValidationException>(() => EligibilityAssessmentJson.Read("{ \"subject\": "));
        Assert.Equal("json", ex.Errors.Single().Rule);
    }

    [Fact]
    public void The_documented_example_file_reads_and_is_eligible()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "examples", "eligibility-determination.json");
        var a = EligibilityAssessmentJson.Read(File.ReadAllText(path));
        var d = Determine(a);
        Assert.True(d.IsEligible);
        Assert.Equal(MeetingNeedsBasis.AdultDuty, d.MeetingNeeds.Basis);
        Assert.NotEmpty(d.MeetingNeeds.NeedsMetByCarer);
    }

    internal static string RepositoryRoot()
        => typeof(JsonTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
}
