using System;
using System.Linq;
using Knowsley.CareDomain.Eligibility.Adults;
using Knowsley.CareDomain.Eligibility.Carers;
using Knowsley.CareDomain.Eligibility.Determination;
using Knowsley.CareDomain.Eligibility.Outcomes;
using Knowsley.CareDomain.Eligibility.Wellbeing;
using Knowsley.CareDomain.Validation;
using NodaTime;
using static Knowsley.CareDomain.Eligibility.Tests.Build;

namespace Knowsley.CareDomain.Eligibility.Tests.Determination;

/// <summary>Every validation rule: the error names the field and the rule, and the message is readable.</summary>
public sealed class ValidationTests
{
    private static ValidationError Single(Action build, string field, string rule)
    {
        var ex = Assert.Throws<DomainValidationException>(build);
        var error = Assert.Single(ex.Errors, e => e.Field == field && e.Rule == rule);
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
        return error;
    }

    private static AdultEligibilityAssessment AdultWith(
        string reference = "NA-1",
        string person = "P-1",
        LocalDate? date = null,
        LocalDate? start = null,
        LocalDate? end = null,
        ConditionFinding? impairment = null,
        OutcomeFinding[]? findings = null,
        SignificantImpactFinding? impact = null,
        bool nullImpairment = false,
        bool nullImpact = false)
        => new(reference, person, date ?? Date, start ?? PeriodStart, end ?? PeriodEnd,
            nullImpairment ? null! : impairment ?? Impairment(),
            findings ?? new[] { Unmet(SpecifiedOutcome.Nutrition), Unmet(SpecifiedOutcome.PersonalHygiene) },
            nullImpact ? null! : impact ?? Impact());

    [Fact]
    public void Assessment_reference_is_required_s13_1()
    {
        var e = Single(() => AdultWith(reference: " "), "assessmentReference", "assessment-required");
        Assert.Contains("s.13(1)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Person_reference_is_required() => Single(() => AdultWith(person: ""), "personReference", "required");

    [Fact]
    public void Determination_date_is_required() => Single(() => AdultWith(date: default(LocalDate)), "determinationDate", "required");

    [Fact]
    public void Determination_date_must_be_on_or_after_1_April_2015()
    {
        var date = new LocalDate(2015, 3, 31);
        var e = Single(() => AdultWith(date: date, start: date.PlusDays(-10), end: date), "determinationDate", "in-force");
        Assert.Contains("2015-04-01", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_start_is_required() => Single(() => AdultWith(start: default(LocalDate)), "periodStart", "required");

    [Fact]
    public void Period_end_is_required() => Single(() => AdultWith(end: default(LocalDate)), "periodEnd", "required");

    [Fact]
    public void Period_cannot_end_before_it_starts() => Single(() => AdultWith(start: PeriodEnd, end: PeriodStart), "periodEnd", "period-order");

    [Fact]
    public void Period_cannot_end_after_the_determination() => Single(() => AdultWith(end: Date.PlusDays(1)), "periodEnd", "period-before-determination");

    [Fact]
    public void Impairment_finding_is_required() => Single(() => AdultWith(nullImpairment: true), "impairmentOrIllness", "required");

    [Fact]
    public void Impairment_finding_needs_reasons_s13_2()
    {
        var e = Single(() => AdultWith(impairment: new ConditionFinding(true, " ")), "impairmentOrIllness.reasons", "reasons-required");
        Assert.Contains("s.13(2)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Significant_impact_finding_is_required() => Single(() => AdultWith(nullImpact: true), "significantImpact", "required");

    [Fact]
    public void Significant_impact_needs_reasons() => Single(() => AdultWith(impact: new SignificantImpactFinding(true, new[] { WellbeingArea.Relationships }, "")), "significantImpact.reasons", "reasons-required");

    [Fact]
    public void Significant_impact_must_name_a_wellbeing_area()
    {
        var e = Single(() => AdultWith(impact: new SignificantImpactFinding(true, null, "Isolated")), "significantImpact.areas", "area-required");
        Assert.Contains("s.1(2)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wellbeing_area_listed_twice_is_named()
        => Single(() => AdultWith(impact: new SignificantImpactFinding(true, new[] { WellbeingArea.Relationships, WellbeingArea.Relationships }, "x")), "significantImpact.areas[1]", "unique-area");

    [Fact]
    public void A_missing_finding_is_named() => Single(() => AdultWith(findings: new OutcomeFinding[] { Unmet(SpecifiedOutcome.Nutrition), null! }), "findings[1]", "required");

    [Fact]
    public void A_finding_without_an_outcome_is_named()
        => Single(() => AdultWith(findings: new[] { new OutcomeFinding(null!, true) }), "findings[0].outcome", "required");

    // V1: "achieved" together with "unable without assistance" is a contradiction (reg. 2(3)).
    [Fact]
    public void Achieved_with_a_way_of_being_unable_is_contradictory_and_names_the_outcome()
    {
        var contradictory = new OutcomeFinding(SpecifiedOutcome.PersonalHygiene, true, new[] { UnableToAchieveReason.WithoutAssistance }, "x");
        var e = Single(() => AdultWith(findings: new[] { Unmet(SpecifiedOutcome.Nutrition), Met(SpecifiedOutcome.ToiletNeeds), contradictory }), "findings[2].reasons", "contradictory-finding");
        Assert.Contains("'personal-hygiene'", e.Message, StringComparison.Ordinal);
        Assert.Contains("without-assistance", e.Message, StringComparison.Ordinal);
    }

    // V2: "not achieved" needs at least one way (reg. 2(3)).
    [Fact]
    public void Not_achieved_without_a_way_is_named()
    {
        var e = Single(() => AdultWith(findings: new[] { new OutcomeFinding(SpecifiedOutcome.ToiletNeeds, false, null, "x") }), "findings[0].reasons", "reason-required");
        Assert.Contains("'toilet-needs'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_way_listed_twice_is_named()
        => Single(() => AdultWith(findings: new[] { Unmet(SpecifiedOutcome.Nutrition, null, UnableToAchieveReason.WithoutAssistance, UnableToAchieveReason.WithoutAssistance) }), "findings[0].reasons[1]", "unique-reason");

    // V6: one finding per outcome.
    [Fact]
    public void Duplicate_outcome_is_named()
    {
        var e = Single(() => AdultWith(findings: new[] { Unmet(SpecifiedOutcome.Nutrition), Unmet(SpecifiedOutcome.PersonalHygiene), Met(SpecifiedOutcome.Nutrition) }), "findings[2].outcome", "unique-outcome");
        Assert.Contains("findings[0]", e.Message, StringComparison.Ordinal);
    }

    // V5: episodes inside the period considered (reg. 2(4)).
    [Fact]
    public void Episode_before_the_period_is_named()
    {
        var f = new OutcomeFinding(SpecifiedOutcome.Nutrition, false, new[] { UnableToAchieveReason.WithoutAssistance }, "x", null, new[] { new NeedEpisode(PeriodStart.PlusDays(-3), PeriodStart.PlusDays(2)) });
        var e = Single(() => AdultWith(findings: new[] { f }), "findings[0].episodes[0].start", "within-period");
        Assert.Contains("'nutrition'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Episode_after_the_period_is_named()
    {
        var f = new OutcomeFinding(SpecifiedOutcome.Nutrition, false, new[] { UnableToAchieveReason.WithoutAssistance }, "x", null, new[] { new NeedEpisode(PeriodEnd.PlusDays(-1), PeriodEnd.PlusDays(1)) });
        Single(() => AdultWith(findings: new[] { f }), "findings[0].episodes[0].end", "within-period");
    }

    [Fact]
    public void Episode_ending_before_it_starts_is_named()
    {
        var f = new OutcomeFinding(SpecifiedOutcome.Nutrition, false, new[] { UnableToAchieveReason.WithoutAssistance }, "x", null, new[] { new NeedEpisode(PeriodEnd, PeriodStart) });
        Single(() => AdultWith(findings: new[] { f }), "findings[0].episodes[0].end", "period-order");
    }

    [Fact]
    public void Episode_dates_are_required()
    {
        var f = new OutcomeFinding(SpecifiedOutcome.Nutrition, false, new[] { UnableToAchieveReason.WithoutAssistance }, "x", null, new[] { new NeedEpisode(default, PeriodEnd) });
        Single(() => AdultWith(findings: new[] { f }), "findings[0].episodes[0].start", "required");
    }

    // V3: carers have no "significantly longer" way (reg. 3(3)).
    [Fact]
    public void Carer_finding_with_significantly_longer_is_named()
    {
        var e = Single(() => Carer(new[] { CarerUnmet(CarerOutcome.Nutrition, UnableToAchieveReason.SignificantlyLonger) }), "findings[0].reasons[0]", "carer-way");
        Assert.Contains("reg. 3(3)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Carer_duplicate_outcome_is_named()
        => Single(() => Carer(new[] { CarerUnmet(CarerOutcome.Nutrition), CarerMet(CarerOutcome.Nutrition) }), "findings[1].outcome", "unique-outcome");

    // V10: a carer determination identifies the adult needing care and records the necessary-care finding.
    [Fact]
    public void Carer_needs_the_adult_needing_care()
        => Single(() => new CarerEligibilityAssessment("CA-1", "P-2", " ", Date, PeriodStart, PeriodEnd, new ConditionFinding(true, "x"), null, null, Impact()), "adultNeedingCareReference", "required");

    [Fact]
    public void Carer_needs_the_necessary_care_finding()
        => Single(() => new CarerEligibilityAssessment("CA-1", "P-2", "P-1", Date, PeriodStart, PeriodEnd, null!, null, null, Impact()), "necessaryCare", "required");

    // V7: council policy requires an evidence note.
    [Fact]
    public void Missing_evidence_note_is_named_when_policy_requires_it()
    {
        var a = AdultWith(findings: new[] { Unmet(SpecifiedOutcome.Nutrition), new OutcomeFinding(SpecifiedOutcome.ToiletNeeds, false, new[] { UnableToAchieveReason.EndangersHealthOrSafety }) });
        var e = Single(() => Determine(a), "findings[1].evidence", "evidence-required");
        Assert.Contains("'toilet-needs'", e.Message, StringComparison.Ordinal);
        Assert.Contains(EligibilityParameters.EvidenceNoteRequired, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_evidence_note_is_allowed_when_policy_does_not_require_it()
    {
        var a = AdultWith(findings: new[] { Unmet(SpecifiedOutcome.Nutrition), new OutcomeFinding(SpecifiedOutcome.ToiletNeeds, false, new[] { UnableToAchieveReason.EndangersHealthOrSafety }) });
        var rules = new EligibilityRules(evidenceNoteRequired: false, condition2ExcludesCareHomes: true, coronavirusActSubstitutedDuty: false);
        Assert.True(EligibilityDeterminer.Determine(a, rules).IsEligible);
    }

    [Fact]
    public void Missing_health_evidence_is_named_when_policy_requires_it()
    {
        var c = Carer(health: HealthDeterioration.Deteriorating).WithHealthDeterioration(HealthDeterioration.Deteriorating, null);
        Single(() => Determine(c), "healthEvidence", "evidence-required");
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var ex = Assert.Throws<DomainValidationException>(() => AdultWith(reference: "", start: PeriodEnd, end: PeriodStart,
            findings: new[] { new OutcomeFinding(SpecifiedOutcome.Nutrition, true, new[] { UnableToAchieveReason.WithoutAssistance }) }));
        Assert.Equal(new[] { "assessmentReference", "periodEnd", "findings[0].reasons" }, ex.Errors.Select(e => e.Field));
    }
}
