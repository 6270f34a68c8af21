using System;
using System.Linq;
using Knowsley.CareDomain.Eligibility.Adults;
using Knowsley.CareDomain.Eligibility.Carers;
using Knowsley.CareDomain.Eligibility.Determination;
using Knowsley.CareDomain.Eligibility.Wellbeing;
using static Knowsley.CareDomain.Eligibility.Tests.Build;

namespace Knowsley.CareDomain.Eligibility.Tests.Determination;

/// <summary>
/// The facts the practitioner recorded that the determination carries for the letter: the carer's health finding
/// (SI 2015/313 reg. 3(2)(a)), the way the significant impact arises (CSSG ch. 6, as explained by SCIE), the kind of
/// assessment (Care Act 2014 s.13(1)), and why there is no duty, or none yet (ss.13(3)–(4), 19(1), 20).
/// </summary>
public sealed class DeterminationFactsTests
{
    // reg. 3(2)(a): "is deteriorating" and "is at risk of deteriorating" are both kept, not only "applies".
    [Theory]
    [InlineData("none", false)]
    [InlineData("at-risk-of-deteriorating", true)]
    [InlineData("deteriorating", true)]
    public void Carer_health_is_the_recorded_finding(string code, bool applies)
    {
        var health = HealthDeterioration.FromCode(code);
        var d = Determine(Carer(health: health));
        Assert.Equal(health, d.CarerHealth);
        Assert.Equal(applies, d.CarerHealth!.Applies);
        Assert.Contains(d.Explanation.AllLines(), l => l.Label.StartsWith("The carer's physical or mental health", StringComparison.Ordinal) && l.Value == health.DisplayName);
    }

    [Fact]
    public void Carer_health_defaults_to_none_and_is_null_for_an_adult()
    {
        Assert.Equal(HealthDeterioration.None, Determine(Carer()).CarerHealth);
        Assert.Null(Determine(Adult()).CarerHealth);
    }

    [Theory]
    [InlineData("single")]
    [InlineData("cumulative")]
    [InlineData("domino")]
    [InlineData(null)]
    public void Impact_way_is_the_recorded_way_for_adults_and_carers(string? code)
    {
        var way = code is null ? null : ImpactWay.FromCode(code);
        var impact = new SignificantImpactFinding(true, new[] { WellbeingArea.Participation }, "Cannot keep up work.", way);
        var adult = Determine(Adult().WithSignificantImpact(impact));
        var carer = Determine(Carer().WithSignificantImpact(impact));
        Assert.Equal(way, adult.SignificantImpactWay);
        Assert.Equal(way, carer.SignificantImpactWay);
        if (way is not null)
        {
            Assert.Contains(char.ToLowerInvariant(way.DisplayName[0]) + way.DisplayName.Substring(1), adult.Conditions[2].Reasons, StringComparison.Ordinal);
        }
    }

    // Care Act 2014 s.13(1): the determination is made on the basis of a needs or carer's assessment; its kind is kept as the code-list item.
    [Fact]
    public void Adult_assessment_kind_is_kept_as_the_code_list_item()
    {
        foreach (var kind in AdultAssessmentKind.Items)
        {
            var d = Determine(Adult(kind: kind));
            Assert.Equal(kind, d.AdultAssessmentKind);
            Assert.Null(d.CarerAssessmentKind);
            Assert.Equal(kind.Code, d.AssessmentKindCode);
            Assert.Equal(kind.DisplayName, d.AssessmentKind);
            Assert.Equal(kind.IsTransition, d.IsTransition);
        }
    }

    [Fact]
    public void Carer_assessment_kind_is_kept_as_the_code_list_item()
    {
        foreach (var kind in CarerAssessmentKind.Items)
        {
            var d = Determine(Carer(kind: kind));
            Assert.Equal(kind, d.CarerAssessmentKind);
            Assert.Null(d.AdultAssessmentKind);
            Assert.Equal(kind.Code, d.AssessmentKindCode);
            Assert.Equal(kind.DisplayName, d.AssessmentKind);
        }
    }

    // ss.13(3)(c), 17, 18(3), 19(1): what the decision waits on, or why only the power applies, for an adult.
    [Theory]
    [InlineData("not-established", "at-or-below-limit", false, false, "pending", "ordinary-residence-not-established")]
    [InlineData("not-established", "not-yet-assessed", false, false, "pending", "ordinary-residence-not-established financial-assessment-not-done")]
    [InlineData("in-area", "not-yet-assessed", false, false, "pending", "financial-assessment-not-done")]
    [InlineData("present-no-settled-residence", "not-yet-assessed", true, false, "pending", "financial-assessment-not-done")]
    [InlineData("in-area", "above-limit", false, false, "power-s19-1", "not-asked")]
    [InlineData("in-area", "above-limit", false, true, "power-s19-1", "not-asked")]
    [InlineData("in-area", "above-limit", true, true, "power-s19-1", "care-home-outside-condition-2")]
    [InlineData("in-area", "above-limit", true, false, "duty-s18", "")]
    [InlineData("in-area", "at-or-below-limit", false, false, "duty-s18", "")]
    [InlineData("other-area", "not-yet-assessed", false, false, "power-s19-2", "")]
    public void Adult_no_duty_reasons_follow_the_circumstances(string residence, string money, bool asks, bool careHome, string basis, string reasons)
    {
        var d = Determine(Adult(circumstances: new MeetingNeedsCircumstances(OrdinaryResidence.FromCode(residence), FinancialPosition.FromCode(money), asks, needsToBeMetInCareHome: careHome)));
        AssertReasons(d, basis, reasons);
    }

    // ss.13(4)(b), 20(1)(b), 20(3): the same for a carer.
    [Theory]
    [InlineData("not-established", "no-charge", false, "pending", "ordinary-residence-not-established")]
    [InlineData("not-established", "not-yet-assessed", false, "pending", "ordinary-residence-not-established financial-assessment-not-done")]
    [InlineData("in-area", "not-yet-assessed", true, "pending", "financial-assessment-not-done")]
    [InlineData("in-area", "above-limit", false, "power-s20", "not-asked")]
    [InlineData("in-area", "above-limit", true, "duty-s20", "")]
    [InlineData("other-area", "not-yet-assessed", false, "carer-other-area", "")]
    public void Carer_no_duty_reasons_follow_the_circumstances(string residence, string money, bool asks, string basis, string reasons)
    {
        var d = Determine(Carer(circumstances: new CarerMeetingNeedsCircumstances(OrdinaryResidence.FromCode(residence), FinancialPosition.FromCode(money), asks)));
        AssertReasons(d, basis, reasons);
    }

    // s.13(5) and ss.58-64: not eligible and transition say their own reason; the circumstances are not read.
    [Fact]
    public void Not_eligible_and_transition_carry_no_reason()
    {
        var unknown = new MeetingNeedsCircumstances();
        Assert.Empty(Determine(Adult(significant: false, circumstances: unknown)).MeetingNeeds.NoDutyReasons);
        Assert.Empty(Determine(Adult(kind: AdultAssessmentKind.ChildsNeedsAssessment, circumstances: unknown)).MeetingNeeds.NoDutyReasons);
        Assert.Empty(Determine(Carer(significant: false)).MeetingNeeds.WaitingOn);
        Assert.Empty(Determine(Carer(kind: CarerAssessmentKind.YoungCarersAssessment)).MeetingNeeds.WaitingOn);
    }

    [Fact]
    public void The_explanation_lists_what_the_decision_waits_on_with_its_section()
    {
        var d = Determine(Adult(circumstances: new MeetingNeedsCircumstances()));
        var group = d.Explanation.AllLines().Single(l => l.Label == "Meeting the needs");
        Assert.Contains(group.Children, l => l.Label == "Waiting on" && l.Value == NoDutyReason.OrdinaryResidenceNotEstablished.DisplayName && l.Citation?.ToString() == "Care Act 2014 s.13(3)(c)");
        Assert.Contains(group.Children, l => l.Label == "Waiting on" && l.Value == NoDutyReason.FinancialAssessmentNotDone.DisplayName && l.Citation?.ToString() == "Care Act 2014 s.17");
        var carer = Determine(Carer(circumstances: new CarerMeetingNeedsCircumstances(OrdinaryResidence.InArea, FinancialPosition.AboveLimit)));
        Assert.Contains(carer.Explanation.AllLines(), l => l.Label == "No duty because" && l.Citation?.ToString() == "Care Act 2014 s.20(3)");
    }

    [Fact]
    public void Only_the_care_home_reason_has_no_carer_section()
        => Assert.Equal(new[] { NoDutyReason.CareHomeOutsideCondition2 }, NoDutyReason.Items.Where(r => r.CarerCitation is null).ToArray());

    private static void AssertReasons(EligibilityDetermination d, string basis, string reasons)
    {
        var expected = reasons.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(d.IsEligible);
        Assert.Equal(basis, d.MeetingNeeds.Basis.Code);
        Assert.Equal(expected, d.MeetingNeeds.NoDutyReasons.Select(r => r.Code).ToArray());
        Assert.Equal(basis == "pending" ? expected : Array.Empty<string>(), d.MeetingNeeds.WaitingOn.Select(r => r.Code).ToArray());
    }
}
