using Knowsley.CareDomain.Parameters;
using NodaTime;

namespace Knowsley.CareDomain.Eligibility.Tests.Parameters;

public sealed class EligibilityParametersTests
{
    [Fact]
    public void Shipped_set_has_the_three_parameters_with_citations()
    {
        var set = EligibilityParameters.Statutory;
        Assert.Equal(new[] { EligibilityParameters.Condition2ExcludesCareHomes, EligibilityParameters.CoronavirusActSubstitutedDuty, EligibilityParameters.EvidenceNoteRequired }, set.Names);
        var rules = EligibilityRules.For(set, new LocalDate(2025, 3, 31));
        Assert.True(rules.EvidenceNoteRequired);
        Assert.True(rules.Condition2ExcludesCareHomes);
        Assert.False(rules.CoronavirusActSubstitutedDuty);
        Assert.Equal("Care Act 2014 s.18(1)", rules.DutyCitation.ToString());
    }

    [Fact]
    public void Coronavirus_Act_period_is_dated()
    {
        var rules = EligibilityRules.For(EligibilityParameters.Statutory, new LocalDate(2020, 6, 1));
        Assert.True(rules.CoronavirusActSubstitutedDuty);
        Assert.Equal("Coronavirus Act 2020 s.15, Sch. 12", rules.DutyCitation.ToString());
    }

    [Fact]
    public void A_council_overlay_switches_the_evidence_policy_off()
    {
        const string overlay = """
            { "parameters": { "eligibility.policy.evidence-note-required": { "unit": "flag", "entries": [
              { "from": "2024-04-01", "value": false, "citation": { "instrument": "Knowsley Council", "provision": "Adult social care recording policy 2024" } } ] } } }
            """;
        var set = EligibilityParameters.Statutory.WithOverlay(ParameterSet.FromJson(overlay, "knowsley.json"));
        Assert.True(EligibilityRules.For(set, new LocalDate(2024, 3, 31)).EvidenceNoteRequired);
        var rules = EligibilityRules.For(set, new LocalDate(2024, 4, 1));
        Assert.False(rules.EvidenceNoteRequired);
        Assert.Equal("Knowsley Council Adult social care recording policy 2024", rules.EvidenceNoteCitation.ToString());
    }

    [Fact]
    public void Before_the_regulations_there_is_no_rule()
        => Assert.Throws<ParameterNotAvailableException>(() => EligibilityRules.For(EligibilityParameters.Statutory, new LocalDate(2015, 3, 31)));
}
