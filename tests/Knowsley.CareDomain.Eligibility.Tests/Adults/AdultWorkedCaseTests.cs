using System;
using System.Linq;
using Knowsley.CareDomain.Eligibility.Adults;
using Knowsley.CareDomain.Eligibility.Determination;
using Knowsley.CareDomain.Eligibility.Outcomes;
using NodaTime;
using static Knowsley.CareDomain.Eligibility.Tests.Build;

namespace Knowsley.CareDomain.Eligibility.Tests.Adults;

/// <summary>Cases built from SI 2015/313 reg. 2 and the statutory guidance, chapter 6.</summary>
public sealed class AdultWorkedCaseTests
{
    // SI 2015/313 reg. 2(1)(b): two or more outcomes are needed; one is not enough whatever the impact.
    [Fact]
    public void One_outcome_unmet_is_not_eligible_reg_2_1_b()
    {
        var d = Determine(Adult(new[] { Unmet(SpecifiedOutcome.Nutrition), Met(SpecifiedOutcome.PersonalHygiene) }));
        Assert.False(d.IsEligible);
        Assert.True(d.Conditions[0].Met);
        Assert.False(d.Conditions[1].Met);
        Assert.True(d.Conditions[2].Met);
        Assert.Contains("unable to achieve 1 outcome of the 10", d.Conditions[1].Reasons, StringComparison.Ordinal);
        Assert.Empty(d.EligibleNeeds);
        Assert.Equal(MeetingNeedsBasis.NotEligible, d.MeetingNeeds.Basis);
    }

    // SI 2015/313 reg. 2(1)(c): two unmet outcomes but no significant impact on wellbeing is not eligible.
    [Fact]
    public void Two_outcomes_unmet_without_significant_impact_is_not_eligible_reg_2_1_c()
    {
        var d = Determine(Adult(significant: false));
        Assert.False(d.IsEligible);
        Assert.True(d.Conditions[1].Met);
        Assert.False(d.Conditions[2].Met);
        Assert.Contains("No significant impact", d.Conditions[2].Reasons, StringComparison.Ordinal);
    }

    // SI 2015/313 reg. 2(1)(a): needs caused by other circumstances (not an impairment or illness) are not eligible.
    [Fact]
    public void Needs_not_arising_from_impairment_or_illness_are_not_eligible_reg_2_1_a()
    {
        var d = Determine(Adult(impairment: false));
        Assert.False(d.IsEligible);
        Assert.False(d.Conditions[0].Met);
        Assert.Equal(EligibilityCondition.ImpairmentOrIllness, d.Conditions[0].Condition);
    }

    // SI 2015/313 reg. 2(1): all three conditions met gives eligible needs, listed in the order of reg. 2(2).
    [Fact]
    public void Two_outcomes_unmet_with_significant_impact_is_eligible_reg_2_1()
    {
        var d = Determine(Adult(new[] { Unmet(SpecifiedOutcome.PersonalHygiene), Unmet(SpecifiedOutcome.Nutrition), Met(SpecifiedOutcome.ToiletNeeds) }));
        Assert.True(d.IsEligible);
        Assert.Equal(new[] { "nutrition", "personal-hygiene" }, d.EligibleNeeds.Select(n => n.Code));
        Assert.Equal(10, d.Outcomes.Count);
        Assert.Equal("Not identified as a need", d.Outcomes.Single(o => o.Code == "appropriately-clothed").FindingText);
    }

    // SI 2015/313 reg. 2(3)(d): "takes significantly longer than would normally be expected" is a way of being unable.
    [Fact]
    public void Significantly_longer_alone_counts_as_unable_reg_2_3_d()
    {
        var d = Determine(Adult(new[]
        {
            Unmet(SpecifiedOutcome.AppropriatelyClothed, null, UnableToAchieveReason.SignificantlyLonger),
            Unmet(SpecifiedOutcome.PersonalHygiene, null, UnableToAchieveReason.SignificantlyLonger),
        }));
        Assert.True(d.IsEligible);
        Assert.Equal(2, d.UnmetOutcomeCount);
    }

    // SI 2015/313 reg. 2(3)(b), CSSG ch. 6 example: a person with severe arthritis who can prepare a meal but is then in
    // too much pain to eat it is unable to achieve the nutrition outcome.
    [Fact]
    public void Arthritis_example_pain_counts_as_unable_CSSG_ch6()
    {
        var arthritis = new OutcomeFinding(SpecifiedOutcome.Nutrition, false, new[] { UnableToAchieveReason.SignificantPainDistressAnxiety },
            "Can prepare a meal but is then in too much pain to eat it.");
        var d = Determine(Adult(new[] { arthritis, Unmet(SpecifiedOutcome.HabitableHome) }));
        Assert.True(d.IsEligible);
        Assert.Contains(d.Explanation.AllLines(), l => l.Note is not null && l.Note.Contains("significant pain, distress or anxiety (reg. 2(3)(b))", StringComparison.Ordinal));
    }

    // CSSG ch. 6 (needs met by a carer): eligibility is determined as if the carer were not meeting the needs; the s.18
    // duty does not extend to needs being met by a carer (Care Act 2014 s.18(7)).
    [Fact]
    public void Needs_met_by_a_carer_still_count_for_eligibility_but_not_for_the_duty()
    {
        var a = Adult(new[] { Unmet(SpecifiedOutcome.Nutrition, NeedMetBy.Carer), Unmet(SpecifiedOutcome.PersonalHygiene, NeedMetBy.Carer), Unmet(SpecifiedOutcome.UseHomeSafely) },
            circumstances: InAreaAtOrBelowLimit());
        var d = Determine(a);
        Assert.True(d.IsEligible);
        Assert.Equal(3, d.EligibleNeeds.Count);
        Assert.Equal(MeetingNeedsBasis.AdultDuty, d.MeetingNeeds.Basis);
        Assert.Equal(new[] { "use-home-safely" }, d.MeetingNeeds.NeedsToMeet.Select(n => n.Code));
        Assert.Equal(new[] { "nutrition", "personal-hygiene" }, d.MeetingNeeds.NeedsMetByCarer.Select(n => n.Code));
        Assert.Contains("s.18(7)", d.MeetingNeeds.Reasons, StringComparison.Ordinal);
    }

    [Fact]
    public void Needs_all_met_by_a_carer_are_still_eligible()
    {
        var d = Determine(Adult(new[] { Unmet(SpecifiedOutcome.Nutrition, NeedMetBy.Carer), Unmet(SpecifiedOutcome.PersonalHygiene, NeedMetBy.Carer) }));
        Assert.True(d.IsEligible);
        Assert.Empty(d.MeetingNeeds.NeedsToMeet);
        Assert.Equal(2, d.MeetingNeeds.NeedsMetByCarer.Count);
    }

    // SI 2015/313 reg. 2(4): fluctuating needs are considered over a period; the finding is the practitioner's, the
    // dated episodes are evidence and the determination states the period considered.
    [Fact]
    public void Fluctuating_needs_are_judged_over_the_period_with_dated_episodes_reg_2_4()
    {
        var episodes = new[]
        {
            new NeedEpisode(new LocalDate(2025, 1, 20), new LocalDate(2025, 1, 26), "Relapse: bed-bound"),
            new NeedEpisode(new LocalDate(2025, 3, 3), new LocalDate(2025, 3, 9), "Relapse"),
        };
        var ms = new OutcomeFinding(SpecifiedOutcome.Nutrition, false, new[] { UnableToAchieveReason.WithoutAssistance }, "MS relapses: cannot stand to cook", NeedMetBy.Unmet, episodes);
        var d = Determine(Adult(new[] { ms, Unmet(SpecifiedOutcome.PersonalHygiene) }));
        Assert.True(d.IsEligible);
        Assert.Equal(new LocalDate(2025, 1, 6), d.PeriodStart);
        Assert.Contains(d.Notes, n => n.Contains("2025-01-06 to 2025-03-28 (82 days)", StringComparison.Ordinal));
        Assert.Contains(d.Notes, n => n.Contains("2 dated episodes covering 14 days of the 82 days", StringComparison.Ordinal));
        Assert.Contains("regulation 2(4)", d.ToLetterMarkdown(), StringComparison.Ordinal);
        Assert.Contains("reg. 2(4)", d.Explanation.ToText(), StringComparison.Ordinal);
    }

    // The same episodes with an "achieved" finding: no threshold turns episodes into a finding (reg. 2(4) sets none).
    [Fact]
    public void Episodes_never_override_the_practitioners_finding()
    {
        var episode = new NeedEpisode(new LocalDate(2025, 1, 20), new LocalDate(2025, 3, 20));
        var achieved = new OutcomeFinding(SpecifiedOutcome.Nutrition, true, null, "Manages with a microwave", null, new[] { episode });
        var d = Determine(Adult(new[] { achieved, Unmet(SpecifiedOutcome.PersonalHygiene) }));
        Assert.False(d.IsEligible);
        Assert.Equal(1, d.UnmetOutcomeCount);
    }

    // Care Act 2014 ss.58-59: a child's needs assessment gives a view of likely eligibility after 18, and no duty.
    [Fact]
    public void Transition_assessment_says_likely_to_be_eligible_and_no_duty()
    {
        var d = Determine(Adult(kind: AdultAssessmentKind.ChildsNeedsAssessment, circumstances: InAreaAtOrBelowLimit()));
        Assert.True(d.IsEligible);
        Assert.True(d.IsTransition);
        Assert.Equal(MeetingNeedsBasis.Transition, d.MeetingNeeds.Basis);
        Assert.False(d.MeetingNeeds.IsDuty);
        Assert.Contains("likely to meet the eligibility criteria after your 18th birthday", d.ToLetterMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_step_of_the_explanation_cites_its_source()
    {
        var d = Determine(Adult(circumstances: InAreaAtOrBelowLimit()));
        var top = d.Explanation.Lines.Where(l => l.Label != "Determination date").ToArray();
        Assert.All(top, l => Assert.NotNull(l.Citation));
        Assert.Contains(d.Explanation.Lines, l => l.Citation?.ToString() == "SI 2015/313 reg. 2(1)(a)");
        Assert.Contains(d.Explanation.Lines, l => l.Citation?.ToString() == "SI 2015/313 reg. 2(1)(b)");
        Assert.Contains(d.Explanation.Lines, l => l.Citation?.ToString() == "SI 2015/313 reg. 2(1)(c)");
        Assert.Contains(d.Explanation.Lines, l => l.Citation?.ToString() == "Care Act 2014 s.18(1)");
    }
}
