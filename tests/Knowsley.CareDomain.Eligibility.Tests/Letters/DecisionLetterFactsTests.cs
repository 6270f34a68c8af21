using System;
using Knowsley.CareDomain.Eligibility.Adults;
using Knowsley.CareDomain.Eligibility.Carers;
using Knowsley.CareDomain.Eligibility.Determination;
using Knowsley.CareDomain.Eligibility.Wellbeing;
using static Knowsley.CareDomain.Eligibility.Tests.Build;

namespace Knowsley.CareDomain.Eligibility.Tests.Letters;

/// <summary>
/// The letter says what was found, not wording that is true in every sub-case: the carer's health getting worse or at
/// risk of getting worse (SI 2015/313 reg. 3(2)(a)), how the significant impact arises (CSSG ch. 6, as explained by SCIE),
/// the assessment by its kind (Care Act 2014 s.13(1)), and what a pending decision waits on (s.13(3)–(4)).
/// </summary>
public sealed class DecisionLetterFactsTests
{
    private const string Both = "Your physical or mental health is getting worse, or is at risk of getting worse";

    // reg. 3(2)(a): each limb in the conditions table, the outcomes table and the list of eligible needs.
    [Theory]
    [InlineData("deteriorating", "Your physical or mental health is getting worse")]
    [InlineData("at-risk-of-deteriorating", "Your physical or mental health is at risk of getting worse")]
    public void Carer_letter_says_which_health_limb_was_found(string code, string sentence)
    {
        var d = Determine(Carer(new[] { CarerMet(CarerOutcome.Nutrition) }, HealthDeterioration.FromCode(code),
            circumstances: new CarerMeetingNeedsCircumstances(OrdinaryResidence.InArea, FinancialPosition.NoCharge)));
        var letter = d.ToLetterMarkdown();

        Assert.True(d.IsEligible);
        Assert.Contains($"| Yes | {sentence} (regulation 3(2)(a)). This is enough on its own. We did not find any of the 8 outcomes for carers that you are unable to achieve (regulation 3(2)(b)). |", letter, StringComparison.Ordinal);
        Assert.Contains($"| {sentence} | Yes | We recorded: “GP letter: exhaustion and raised blood pressure”. | - |", letter, StringComparison.Ordinal);
        Assert.Contains($"We must meet these eligible needs for support (Care Act 2014 section 20(1)):\n\n- {sentence}\n\n", letter, StringComparison.Ordinal);
        Assert.DoesNotContain(Both, letter, StringComparison.Ordinal);
        DecisionLetterTests.AssertWrittenToThePerson(d, letter);
    }

    [Fact]
    public void Deteriorating_and_at_risk_letters_differ_only_where_the_finding_is_named()
    {
        string Letter(HealthDeterioration h) => Determine(Carer(health: h)).ToLetterMarkdown();
        var worse = Letter(HealthDeterioration.Deteriorating);
        var atRisk = Letter(HealthDeterioration.AtRiskOfDeteriorating);
        Assert.NotEqual(worse, atRisk);
        Assert.Equal(worse, atRisk.Replace("Your physical or mental health is at risk of getting worse", "Your physical or mental health is getting worse", StringComparison.Ordinal));
    }

    // When neither limb was found the letter names the question with both limbs: the only true wording.
    [Fact]
    public void No_health_finding_names_both_limbs_as_the_question()
    {
        var letter = Determine(Carer(health: HealthDeterioration.None)).ToLetterMarkdown();
        Assert.Contains("We did not find that your physical or mental health is getting worse, or is at risk of getting worse (regulation 3(2)(a)).", letter, StringComparison.Ordinal);
        Assert.Contains($"| {Both} | No | - | - |", letter, StringComparison.Ordinal);
    }

    // SCIE, "What does significant impact mean?": single, cumulative or domino, each in the person's words.
    [Theory]
    [InlineData("single", "Your needs have a significant effect on at least one of these parts of your wellbeing.")]
    [InlineData("cumulative", "This is the effect of several of your needs together: each may have only a small effect on its own, but together the effect is significant.")]
    [InlineData("domino", "The effect is not significant yet, but we think it is likely to become significant soon, as your needs start to affect other things you do.")]
    public void Letter_says_how_the_significant_impact_arises(string code, string sentence)
    {
        var impact = new SignificantImpactFinding(true, new[] { WellbeingArea.Participation, WellbeingArea.Relationships }, "Lost work and friends.", ImpactWay.FromCode(code));
        foreach (var d in new[] { Determine(Adult().WithSignificantImpact(impact)), Determine(Carer().WithSignificantImpact(impact)) })
        {
            var letter = d.ToLetterMarkdown();
            Assert.Contains("- Your domestic, family and personal relationships\n\n" + sentence + "\n\nWe recorded: “Lost work and friends.”", letter, StringComparison.Ordinal);
            foreach (var other in ImpactWay.Items)
            {
                if (other.Code != code)
                {
                    Assert.DoesNotContain(Sentence(other), letter, StringComparison.Ordinal);
                }
            }

            DecisionLetterTests.AssertWrittenToThePerson(d, letter);
        }
    }

    [Fact]
    public void No_way_sentence_when_the_way_is_not_recorded_or_the_impact_is_not_significant()
    {
        var unrecorded = new SignificantImpactFinding(true, new[] { WellbeingArea.Participation }, "Lost work.");
        var notSignificant = new SignificantImpactFinding(false, new[] { WellbeingArea.Participation }, "Minor effect.", ImpactWay.Cumulative);
        foreach (var impact in new[] { unrecorded, notSignificant })
        {
            var letter = Determine(Adult().WithSignificantImpact(impact)).ToLetterMarkdown();
            foreach (var way in ImpactWay.Items)
            {
                Assert.DoesNotContain(Sentence(way), letter, StringComparison.Ordinal);
            }
        }
    }

    // Care Act 2014 s.13(1): each kind of assessment is named from its code-list item, never from its display name.
    [Theory]
    [InlineData("needs-assessment", "We have finished your needs assessment (Care Act 2014 section 9).")]
    [InlineData("childs-needs-assessment", "We have finished your transition assessment (Care Act 2014 section 58).")]
    public void Adult_letter_names_the_assessment_by_its_kind(string code, string sentence)
    {
        var letter = Determine(Adult(kind: AdultAssessmentKind.FromCode(code))).ToLetterMarkdown();
        Assert.Contains(sentence, letter, StringComparison.Ordinal);
        Assert.DoesNotContain(AdultAssessmentKind.FromCode(code).DisplayName, letter, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("carers-assessment", "We have finished your carer's assessment (Care Act 2014 section 10).", "after your 18th birthday")]
    [InlineData("young-carers-assessment", "We have finished your young carer's assessment (Care Act 2014 section 63).", "after your 18th birthday")]
    [InlineData("childs-carers-assessment", "We have finished your assessment as someone who cares for a child who is getting close to 18 (Care Act 2014 section 60).", "after the child you care for turns 18")]
    public void Carer_letter_names_the_assessment_and_whose_birthday_by_its_kind(string code, string sentence, string birthday)
    {
        var kind = CarerAssessmentKind.FromCode(code);
        var letter = Determine(Carer(kind: kind)).ToLetterMarkdown();
        Assert.Contains(sentence, letter, StringComparison.Ordinal);
        Assert.Equal(kind.IsTransition, letter.Contains(birthday, StringComparison.Ordinal));
    }

    // s.19(1): the two ways an adult above the limit has no s.18 duty are told apart.
    [Fact]
    public void Above_the_limit_asking_for_a_care_home_place_is_told_condition_2_does_not_cover_it()
    {
        var d = Determine(Adult(circumstances: new MeetingNeedsCircumstances(OrdinaryResidence.InArea, FinancialPosition.AboveLimit, asksCouncilToMeetNeeds: true, needsToBeMetInCareHome: true)));
        var letter = d.ToLetterMarkdown();
        Assert.Equal(MeetingNeedsBasis.AdultPower, d.MeetingNeeds.Basis);
        Assert.Contains("Your money and property are above the financial limit, and your needs are to be met in a care home.", letter, StringComparison.Ordinal);
        Assert.Contains("We can still choose to meet them (Care Act 2014 section 19(1)). You can arrange the place yourself", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("you have not asked us", letter, StringComparison.Ordinal);
        DecisionLetterTests.AssertWrittenToThePerson(d, letter);
    }

    [Fact]
    public void Above_the_limit_not_asking_is_told_to_ask()
    {
        var d = Determine(Adult(circumstances: new MeetingNeedsCircumstances(OrdinaryResidence.InArea, FinancialPosition.AboveLimit)));
        var letter = d.ToLetterMarkdown();
        Assert.Contains("and you have not asked us to meet your needs, so we do not have to meet them.", letter, StringComparison.Ordinal);
        Assert.Contains("If the care is not in a care home, we must then meet your needs (Care Act 2014 section 18(3)).", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("your needs are to be met in a care home", letter, StringComparison.Ordinal);
    }

    // s.13(3)(c), s.17: a pending letter names exactly what it waits on, and nothing it does not.
    [Fact]
    public void Pending_letter_names_only_what_the_decision_waits_on()
    {
        var residenceOnly = Determine(Adult(circumstances: new MeetingNeedsCircumstances(OrdinaryResidence.NotEstablished, FinancialPosition.AtOrBelowLimit))).ToLetterMarkdown();
        Assert.Contains("we still need to find out where you are ordinarily resident", residenceOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("financial assessment", residenceOnly, StringComparison.Ordinal);

        var moneyOnly = Determine(Adult(circumstances: new MeetingNeedsCircumstances(OrdinaryResidence.InArea, FinancialPosition.NotYetAssessed))).ToLetterMarkdown();
        Assert.Contains("we still need to do a financial assessment", moneyOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("ordinarily resident", moneyOnly, StringComparison.Ordinal);
    }

    private static string Sentence(ImpactWay way)
        => way == ImpactWay.Single ? "Your needs have a significant effect on at least one of these parts of your wellbeing."
            : way == ImpactWay.Cumulative ? "This is the effect of several of your needs together"
            : "The effect is not significant yet";
}
