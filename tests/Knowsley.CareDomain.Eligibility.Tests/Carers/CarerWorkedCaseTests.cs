using System;
using System.Linq;
using Knowsley.CareDomain.Eligibility.Carers;
using Knowsley.CareDomain.Eligibility.Determination;
using Knowsley.CareDomain.Eligibility.Outcomes;
using static Knowsley.CareDomain.Eligibility.Tests.Build;

namespace Knowsley.CareDomain.Eligibility.Tests.Carers;

/// <summary>Cases built from SI 2015/313 reg. 3 (carers).</summary>
public sealed class CarerWorkedCaseTests
{
    // SI 2015/313 reg. 3(2)(a): health at risk of deteriorating satisfies reg. 3(1)(b) with no outcome unmet.
    [Fact]
    public void Carer_at_risk_of_health_deterioration_is_eligible_with_no_outcome_unmet_reg_3_2_a()
    {
        var d = Determine(Carer(new[] { CarerMet(CarerOutcome.Nutrition) }, HealthDeterioration.AtRiskOfDeteriorating));
        Assert.True(d.IsEligible);
        Assert.Equal(0, d.UnmetOutcomeCount);
        Assert.Equal(new[] { "health-deterioration" }, d.EligibleNeeds.Select(n => n.Code));
        Assert.Contains("which is enough on its own", d.Conditions[1].Reasons, StringComparison.Ordinal);
    }

    // SI 2015/313 reg. 3(2)(b): one unmet carer outcome is enough (adults need two).
    [Fact]
    public void One_unmet_carer_outcome_is_enough_reg_3_2_b()
    {
        var d = Determine(Carer(new[] { CarerUnmet(CarerOutcome.RecreationalActivities) }));
        Assert.True(d.IsEligible);
        Assert.Equal(new[] { "recreational-activities" }, d.EligibleNeeds.Select(n => n.Code));
    }

    [Fact]
    public void Carer_with_no_outcome_unmet_and_healthy_is_not_eligible()
    {
        var d = Determine(Carer(new[] { CarerMet(CarerOutcome.Nutrition) }, HealthDeterioration.None));
        Assert.False(d.IsEligible);
        Assert.False(d.Conditions[1].Met);
    }

    // SI 2015/313 reg. 3(1)(a): the needs must arise from providing necessary care.
    [Fact]
    public void Care_that_is_not_necessary_is_not_eligible_reg_3_1_a()
    {
        var d = Determine(Carer(necessaryCare: false, health: HealthDeterioration.Deteriorating));
        Assert.False(d.IsEligible);
        Assert.Equal(EligibilityCondition.NecessaryCare, d.Conditions[0].Condition);
        Assert.False(d.Conditions[0].Met);
    }

    [Fact]
    public void Carer_without_significant_impact_is_not_eligible_reg_3_1_c()
        => Assert.False(Determine(Carer(significant: false, health: HealthDeterioration.Deteriorating)).IsEligible);

    // A carer can be eligible whether or not the adult cared for has eligible needs (SCIE; CSSG ch. 6): the carer's
    // assessment carries only a reference to the adult, so the adult's result cannot change it.
    [Fact]
    public void Carer_is_eligible_whatever_the_adults_result()
    {
        var adult = Determine(Adult(impairment: false));
        var carer = Determine(Carer());
        Assert.False(adult.IsEligible);
        Assert.True(carer.IsEligible);
        Assert.Equal(adult.PersonReference, Carer().AdultNeedingCareReference);
    }

    // Care Act 2014 s.20(1): duty where the adult needing care is ordinarily resident and condition 1 or 2 is met.
    [Fact]
    public void Carer_duty_under_s20_with_condition_1()
    {
        var d = Determine(Carer(circumstances: new CarerMeetingNeedsCircumstances(OrdinaryResidence.InArea, FinancialPosition.AtOrBelowLimit)));
        Assert.Equal(MeetingNeedsBasis.CarerDuty, d.MeetingNeeds.Basis);
        Assert.True(d.MeetingNeeds.IsDuty);
        Assert.Contains("condition 1, s.20(2)", d.MeetingNeeds.Reasons, StringComparison.Ordinal);
        Assert.Contains(d.MeetingNeeds.Notes, n => n.Contains("s.14(3)", StringComparison.Ordinal));
    }

    [Fact]
    public void Carer_above_the_limit_who_asks_meets_condition_2_s20_3()
    {
        var d = Determine(Carer(circumstances: new CarerMeetingNeedsCircumstances(OrdinaryResidence.InArea, FinancialPosition.AboveLimit, asksCouncilToMeetNeeds: true)));
        Assert.Equal(MeetingNeedsBasis.CarerDuty, d.MeetingNeeds.Basis);
        Assert.Contains("condition 2, s.20(3)", d.MeetingNeeds.Reasons, StringComparison.Ordinal);
    }

    [Fact]
    public void Carer_above_the_limit_who_does_not_ask_has_power_only()
        => Assert.Equal(MeetingNeedsBasis.CarerPower,
            Determine(Carer(circumstances: new CarerMeetingNeedsCircumstances(OrdinaryResidence.InArea, FinancialPosition.AboveLimit))).MeetingNeeds.Basis);

    // s.20(1)(a): residence is tested on the adult needing care.
    [Fact]
    public void Carer_of_adult_living_elsewhere_duty_rests_with_that_council()
        => Assert.Equal(MeetingNeedsBasis.CarerOtherArea,
            Determine(Carer(circumstances: new CarerMeetingNeedsCircumstances(OrdinaryResidence.OtherArea, FinancialPosition.NoCharge))).MeetingNeeds.Basis);

    [Fact]
    public void Young_carers_assessment_is_transition_only()
    {
        var d = Determine(Carer(kind: CarerAssessmentKind.YoungCarersAssessment));
        Assert.True(d.IsTransition);
        Assert.Equal(MeetingNeedsBasis.Transition, d.MeetingNeeds.Basis);
    }

    [Fact]
    public void Carer_letter_uses_the_carer_regulations()
    {
        var letter = Determine(Carer()).ToLetterMarkdown();
        Assert.Contains("(regulation 3(1))", letter, StringComparison.Ordinal);
        Assert.Contains("(regulation 3(3))", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("significantly longer", letter, StringComparison.Ordinal);
    }

    [Fact]
    public void Carer_explanation_cites_reg_3_and_the_carer_way_of_being_unable()
    {
        var text = Determine(Carer()).Explanation.ToText();
        Assert.Contains("SI 2015/313 reg. 3(1)(a)", text, StringComparison.Ordinal);
        Assert.Contains("(reg. 3(3)(a))", text, StringComparison.Ordinal);
    }
}
