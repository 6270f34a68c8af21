using System;
using Knowsley.CareDomain.Eligibility.Adults;
using Knowsley.CareDomain.Eligibility.Carers;
using Knowsley.CareDomain.Eligibility.Determination;
using Knowsley.CareDomain.Eligibility.Letters;
using Knowsley.CareDomain.Eligibility.Outcomes;
using Knowsley.CareDomain.Eligibility.Wellbeing;
using NodaTime;
using static Knowsley.CareDomain.Eligibility.Tests.Build;

namespace Knowsley.CareDomain.Eligibility.Tests.Letters;

/// <summary>
/// The written record of the determination and the reasons (Care Act 2014 s.13(2)), written to the person: one test per
/// kind of letter, each asserting its key sentences in the second person.
/// </summary>
public sealed class DecisionLetterTests
{
    private static readonly DecisionLetterOptions Knowsley = new("Knowsley Council", "0151 443 0000");

    // An adult with eligible needs, one of them met by a carer: the s.18(1) duty and the s.18(7) carve-out.
    [Fact]
    public void Adult_eligible_letter_speaks_to_the_person_and_lists_the_carer_met_need_apart()
    {
        var d = Determine(Adult(new[] { Unmet(SpecifiedOutcome.Nutrition, NeedMetBy.Carer), Unmet(SpecifiedOutcome.PersonalHygiene), Met(SpecifiedOutcome.ToiletNeeds) }, circumstances: InAreaAtOrBelowLimit()));
        var letter = d.ToLetterMarkdown(Knowsley);

        Assert.StartsWith("# Your eligibility decision\n", letter, StringComparison.Ordinal);
        Assert.Contains("**Knowsley Council**", letter, StringComparison.Ordinal);
        Assert.Contains("Dear Alex Example,", letter, StringComparison.Ordinal);
        Assert.Contains("We have finished your needs assessment (Care Act 2014 section 9).", letter, StringComparison.Ordinal);
        Assert.Contains("what we decided about your needs for care and support, and why (Care Act 2014 section 13(2))", letter, StringComparison.Ordinal);
        Assert.Contains("**Your needs meet the eligibility criteria.**", letter, StringComparison.Ordinal);
        Assert.Contains("We looked at your needs from 6 January 2025 to 28 March 2025, not just on the day we met you.", letter, StringComparison.Ordinal);
        Assert.Contains("(Care and Support (Eligibility Criteria) Regulations 2015, regulation 2(4))", letter, StringComparison.Ordinal);
        Assert.Contains("| Your needs are caused by, or linked to, a physical or mental impairment or illness (regulation 2(1)(a)) | Yes | We recorded: “Parkinson's disease diagnosed 2019; tremor and rigidity.” |", letter, StringComparison.Ordinal);
        Assert.Contains("| Because of this, you are unable to achieve 2 or more of the outcomes listed in the regulations (regulation 2(1)(b)) | Yes | You are unable to achieve 2 of the 10 outcomes: managing and maintaining nutrition; and maintaining personal hygiene. At least 2 are needed. |", letter, StringComparison.Ordinal);
        Assert.Contains("| Managing and maintaining nutrition | Unable to achieve | You cannot do this without help (regulation 2(3)(a)). We recorded: “Observed: nutrition”. | Being met by a carer |", letter, StringComparison.Ordinal);
        Assert.Contains("| Managing toilet needs | Achieved | We recorded: “Manages toilet-needs independently”. | - |", letter, StringComparison.Ordinal);
        Assert.Contains("| Being appropriately clothed | Not identified as a need | - | - |", letter, StringComparison.Ordinal);
        Assert.Contains("| Being able to make use of your home safely |", letter, StringComparison.Ordinal);
        Assert.Contains("| Carrying out any caring responsibilities you have for a child |", letter, StringComparison.Ordinal);
        Assert.Contains("- Your personal dignity, including being treated with respect\n", letter, StringComparison.Ordinal);
        Assert.Contains("We recorded: “Unable to wash or eat properly; weight loss and distress.”", letter, StringComparison.Ordinal);
        Assert.Contains("We must meet these eligible needs (Care Act 2014 section 18(1)):\n\n- Maintaining personal hygiene\n\n", letter, StringComparison.Ordinal);
        Assert.Contains("Your carer meets this eligible need at the moment:\n\n- Managing and maintaining nutrition\n\n", letter, StringComparison.Ordinal);
        Assert.Contains("While your carer carries on, we do not have to meet it (Care Act 2014 section 18(7)).", letter, StringComparison.Ordinal);
        Assert.Contains("whether you want us to meet them (Care Act 2014 section 13(3))", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("## Advice and information", letter, StringComparison.Ordinal);
        AssertChallengeRoute(letter, "Knowsley Council");
        Assert.Contains("- Contact: 0151 443 0000\n", letter, StringComparison.Ordinal);
        Assert.EndsWith("Yours sincerely,\n\nKnowsley Council Adult Social Care\n", letter, StringComparison.Ordinal);
        AssertWrittenToThePerson(d, letter);
    }

    // No significant impact (reg. 2(1)(c) not met): not eligible, with the s.13(5) advice and information.
    [Fact]
    public void Adult_not_eligible_letter_gives_the_reasons_the_advice_and_the_challenge_route()
    {
        var d = Determine(Adult(new[] { Unmet(SpecifiedOutcome.UseHomeSafely), Met(SpecifiedOutcome.Nutrition) }, significant: false, circumstances: InAreaAtOrBelowLimit()));
        var letter = d.ToLetterMarkdown();

        Assert.Contains("**Your needs do not meet the eligibility criteria.**", letter, StringComparison.Ordinal);
        Assert.Contains("This means we do not have to meet your needs. We will still give you advice and information to help you", letter, StringComparison.Ordinal);
        Assert.Contains("| No | You are unable to achieve 1 of the 10 outcomes: being able to make use of your home safely. At least 2 are needed. |", letter, StringComparison.Ordinal);
        Assert.Contains("(regulation 2(1)(c)) | No | We did not find a significant effect on your wellbeing.", letter, StringComparison.Ordinal);
        Assert.Contains("We did not find that your needs have, or are likely to have, a significant effect on your wellbeing (Care Act 2014 section 1(2)).", letter, StringComparison.Ordinal);
        Assert.Contains("We recorded: “Manages with small adjustments; no significant effect on any area of wellbeing.”", letter, StringComparison.Ordinal);
        Assert.Contains("We can still choose to meet some needs if we think it is right to (Care Act 2014 section 19(1)).", letter, StringComparison.Ordinal);
        Assert.Contains("## Advice and information\n\nYour needs are not eligible, but we must still give you advice and information in writing (Care Act 2014 section 13(5)).", letter, StringComparison.Ordinal);
        Assert.Contains("- what can be done to meet or reduce your needs;\n- what can be done to prevent or delay new needs in the future.", letter, StringComparison.Ordinal);
        Assert.Contains("you can ask us for a new assessment at any time", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("We must meet", letter, StringComparison.Ordinal);
        AssertChallengeRoute(letter, "the council");
        Assert.EndsWith("Yours sincerely,\n\nAdult Social Care\n", letter, StringComparison.Ordinal);
        AssertWrittenToThePerson(d, letter);
    }

    // SI 2015/313 reg. 3: a carer with the health limb and one outcome unmet; the s.20(1) duty.
    [Fact]
    public void Carer_eligible_letter_speaks_to_the_carer_about_the_person_they_care_for()
    {
        var d = Determine(Carer(
            new[] { CarerUnmet(CarerOutcome.WorkTrainingEducationVolunteering, UnableToAchieveReason.SignificantPainDistressAnxiety), CarerMet(CarerOutcome.HabitableHome) },
            HealthDeterioration.AtRiskOfDeteriorating,
            circumstances: new CarerMeetingNeedsCircumstances(OrdinaryResidence.InArea, FinancialPosition.NoCharge)));
        var letter = d.ToLetterMarkdown(Knowsley);

        Assert.StartsWith("# Your eligibility decision as a carer\n", letter, StringComparison.Ordinal);
        Assert.Contains("Dear Sam Example,", letter, StringComparison.Ordinal);
        Assert.Contains("We have finished your carer's assessment (Care Act 2014 section 10).", letter, StringComparison.Ordinal);
        Assert.Contains("It is about your own needs, not the needs of the person you care for.", letter, StringComparison.Ordinal);
        Assert.Contains("**Your needs as a carer meet the eligibility criteria.**", letter, StringComparison.Ordinal);
        Assert.Contains("regulation 3(4))", letter, StringComparison.Ordinal);
        Assert.Contains("Your needs as a carer are eligible only if all three of these things are true (regulation 3(1)).", letter, StringComparison.Ordinal);
        Assert.Contains("| Your needs come from the necessary care you give to the person you care for (regulation 3(1)(a)) | Yes | We recorded: “Provides personal care twice daily that the adult cannot do.” |", letter, StringComparison.Ordinal);
        Assert.Contains("Your physical or mental health is at risk of getting worse (regulation 3(2)(a)). This is enough on its own. You are also unable to achieve 1 of the 8 outcomes for carers: engaging in work, training, education or volunteering (regulation 3(2)(b)).", letter, StringComparison.Ordinal);
        Assert.Contains("| Your physical or mental health is at risk of getting worse | Yes | We recorded: “GP letter: exhaustion and raised blood pressure”. | - |", letter, StringComparison.Ordinal);
        Assert.Contains("| Engaging in work, training, education or volunteering | Unable to achieve | Doing this without help causes you significant pain, distress or anxiety (regulation 3(3)(b)).", letter, StringComparison.Ordinal);
        Assert.Contains("| Maintaining a habitable home environment in your home (whether or not the person you care for lives there too) | Achieved |", letter, StringComparison.Ordinal);
        Assert.Contains("We must meet these eligible needs for support (Care Act 2014 section 20(1)):", letter, StringComparison.Ordinal);
        Assert.Contains("any charge for it is theirs, not yours (Care Act 2014 section 20 and section 14(3))", letter, StringComparison.Ordinal);
        Assert.Contains("(Care Act 2014 section 13(4)(a))", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("significantly longer", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("## Advice and information", letter, StringComparison.Ordinal);
        AssertChallengeRoute(letter, "Knowsley Council");
        AssertWrittenToThePerson(d, letter);
    }

    // Care Act 2014 s.58: a child's needs assessment says "likely to be eligible" after 18, and no duty follows.
    [Fact]
    public void Transition_letter_says_likely_to_be_eligible_after_18_and_no_duty()
    {
        var d = Determine(Adult(kind: AdultAssessmentKind.ChildsNeedsAssessment, circumstances: InAreaAtOrBelowLimit()));
        var letter = d.ToLetterMarkdown();

        Assert.Contains("We have finished your transition assessment (Care Act 2014 section 58).", letter, StringComparison.Ordinal);
        Assert.Contains("This letter tells you whether your needs for care and support are likely to meet the eligibility criteria after your 18th birthday, and why.", letter, StringComparison.Ordinal);
        Assert.Contains("**Your needs are likely to meet the eligibility criteria after your 18th birthday.**", letter, StringComparison.Ordinal);
        Assert.Contains("we do not have to meet any needs because of it (Care Act 2014 sections 58 to 64)", letter, StringComparison.Ordinal);
        Assert.Contains("Because this is a transition assessment, we looked at whether they are likely to be true after your 18th birthday.", letter, StringComparison.Ordinal);
        Assert.Contains("These are the needs we think are likely to be eligible after your 18th birthday:\n\n- Managing and maintaining nutrition\n- Maintaining personal hygiene\n", letter, StringComparison.Ordinal);
        Assert.Contains("We will use this assessment to plan with you for adult life.", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("We must meet", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("section 13(2)", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("## Advice and information", letter, StringComparison.Ordinal);
        AssertChallengeRoute(letter, "the council");
        AssertWrittenToThePerson(d, letter);
    }

    // Care Act 2014 s.60: for a child's carer the birthday is the child's; not likely to be eligible still gives advice.
    [Fact]
    public void Childs_carer_transition_letter_not_likely_eligible_names_the_childs_birthday_and_gives_advice()
    {
        var d = Determine(Carer(new[] { CarerMet(CarerOutcome.Nutrition) }, kind: CarerAssessmentKind.ChildsCarersAssessment));
        var letter = d.ToLetterMarkdown();

        Assert.False(d.IsEligible);
        Assert.Contains("**Your needs as a carer are not likely to meet the eligibility criteria after the child you care for turns 18.**", letter, StringComparison.Ordinal);
        Assert.Contains("We did not find that your physical or mental health is getting worse, or is at risk of getting worse (regulation 3(2)(a)). We did not find any of the 8 outcomes for carers that you are unable to achieve (regulation 3(2)(b)). Either one of these would have been enough.", letter, StringComparison.Ordinal);
        Assert.Contains("## Advice and information\n\nYour needs are not likely to be eligible, but we must still give you advice and information in writing (Care Act 2014 sections 58 to 64).", letter, StringComparison.Ordinal);
        Assert.Contains("- what can be done to meet or reduce your needs as a carer;", letter, StringComparison.Ordinal);
        AssertChallengeRoute(letter, "the council");
        AssertWrittenToThePerson(d, letter);
    }

    [Fact]
    public void Young_carer_transition_letter_names_the_young_carers_own_birthday()
    {
        var letter = Determine(Carer(kind: CarerAssessmentKind.YoungCarersAssessment)).ToLetterMarkdown();
        Assert.Contains("We have finished your young carer's assessment (Care Act 2014 section 63).", letter, StringComparison.Ordinal);
        Assert.Contains("**Your needs as a carer are likely to meet the eligibility criteria after your 18th birthday.**", letter, StringComparison.Ordinal);
    }

    // Care Act 2014 ss.18-20: the "what happens next" sentence for each basis, in the second person.
    [Theory]
    [InlineData("in-area", "above-limit", false, "Your money and property are above the financial limit, and you have not asked us to meet your needs, so we do not have to meet them. We can still choose to meet them (Care Act 2014 section 19(1)).")]
    [InlineData("other-area", "at-or-below-limit", false, "You usually live in another council's area, so that council has the duty to meet your eligible needs. We can still choose to meet them ourselves (Care Act 2014 section 19(2)).")]
    [InlineData("not-established", "at-or-below-limit", false, "Before we can say whether we must meet your needs, we still need to find out where you are ordinarily resident, that is, whether you usually live in our area (Care Act 2014 section 13(3)(c)). We will contact you about this.")]
    [InlineData("in-area", "not-yet-assessed", false, "Before we can say whether we must meet your needs, we still need to do a financial assessment to work out whether you need to pay towards your care (Care Act 2014 section 17). We will contact you about this.")]
    [InlineData("not-established", "not-yet-assessed", false, "we still need to find out where you are ordinarily resident, that is, whether you usually live in our area (Care Act 2014 section 13(3)(c)) and do a financial assessment to work out whether you need to pay towards your care (Care Act 2014 section 17). We will contact you about this.")]
    [InlineData("in-area", "above-limit", true, "We must meet these eligible needs (Care Act 2014 section 18(1)):")]
    public void Adult_what_happens_next_follows_the_basis(string residence, string money, bool asks, string expected)
    {
        var circumstances = new MeetingNeedsCircumstances(OrdinaryResidence.FromCode(residence), FinancialPosition.FromCode(money), asks);
        var d = Determine(Adult(circumstances: circumstances));
        var letter = d.ToLetterMarkdown();
        Assert.Contains(expected, letter, StringComparison.Ordinal);
        AssertWrittenToThePerson(d, letter);
    }

    [Theory]
    [InlineData("other-area", "no-charge", false, "The person you care for usually lives in another council's area, so that council has the duty to meet your eligible needs (Care Act 2014 section 20(1)(a)).")]
    [InlineData("in-area", "above-limit", false, "If you ask us to meet your needs, we must then do so (Care Act 2014 section 20(3)).")]
    [InlineData("not-established", "no-charge", false, "Before we can say whether we must meet your needs, we still need to find out where the person you care for is ordinarily resident, that is, whether they usually live in our area (Care Act 2014 section 13(4)(b)). We will contact you about this.")]
    [InlineData("in-area", "not-yet-assessed", false, "Before we can say whether we must meet your needs, we still need to do a financial assessment to work out whether you need to pay towards your support (Care Act 2014 section 20(1)(b)). We will contact you about this.")]
    [InlineData("not-established", "not-yet-assessed", false, "we still need to find out where the person you care for is ordinarily resident, that is, whether they usually live in our area (Care Act 2014 section 13(4)(b)) and do a financial assessment to work out whether you need to pay towards your support (Care Act 2014 section 20(1)(b)). We will contact you about this.")]
    public void Carer_what_happens_next_follows_the_basis(string residence, string money, bool asks, string expected)
    {
        var d = Determine(Carer(circumstances: new CarerMeetingNeedsCircumstances(OrdinaryResidence.FromCode(residence), FinancialPosition.FromCode(money), asks)));
        var letter = d.ToLetterMarkdown();
        Assert.Contains(expected, letter, StringComparison.Ordinal);
        AssertWrittenToThePerson(d, letter);
    }

    // 31 March 2020 to 16 July 2021: the s.18(1) duty substituted by the Coronavirus Act 2020 Sch. 12.
    [Fact]
    public void Coronavirus_act_period_letter_explains_the_changed_duty()
    {
        var date = new LocalDate(2020, 6, 1);
        var a = new AdultEligibilityAssessment("NA-1", "P-1", date, date.PlusDays(-14), date, Impairment(), new[] { Unmet(SpecifiedOutcome.Nutrition), Unmet(SpecifiedOutcome.ToiletNeeds) }, Impact(), circumstances: InAreaAtOrBelowLimit());
        var d = Determine(a);
        var letter = d.ToLetterMarkdown();
        Assert.Equal(MeetingNeedsBasis.AdultDutyConventionRights, d.MeetingNeeds.Basis);
        Assert.Contains("(Care Act 2014 section 18(1), as changed by the Coronavirus Act 2020 Schedule 12)", letter, StringComparison.Ordinal);
        AssertWrittenToThePerson(d, letter);
    }

    // SI 2015/313 reg. 2(3): each way of being unable is its own sentence, with its paragraph; never a capital after a semicolon.
    [Fact]
    public void Ways_of_being_unable_are_separate_second_person_sentences()
    {
        var f = new OutcomeFinding(SpecifiedOutcome.PersonalHygiene, false, new[] { UnableToAchieveReason.SignificantlyLonger, UnableToAchieveReason.EndangersHealthOrSafety }, "Two falls in the bath");
        var letter = Determine(Adult(new[] { f, Unmet(SpecifiedOutcome.Nutrition) })).ToLetterMarkdown();
        Assert.Contains("| Maintaining personal hygiene | Unable to achieve | Doing this without help puts, or is likely to put, your health or safety, or someone else's, at risk (regulation 2(3)(c)). Doing this without help takes you significantly longer than would normally be expected (regulation 2(3)(d)). We recorded: “Two falls in the bath”. | Not being met |", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("; Able", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("their health", letter, StringComparison.Ordinal);
    }

    // reg. 2(4): dated episodes are shown with plain dates and the practitioner's note.
    [Fact]
    public void Episodes_are_shown_with_plain_dates_and_the_recorded_note()
    {
        var episodes = new[] { new NeedEpisode(new LocalDate(2025, 1, 20), new LocalDate(2025, 1, 26), "Relapse: bed-bound"), new NeedEpisode(new LocalDate(2025, 3, 3), new LocalDate(2025, 3, 3)) };
        var f = new OutcomeFinding(SpecifiedOutcome.Nutrition, false, new[] { UnableToAchieveReason.WithoutAssistance }, "Cannot stand to cook", NeedMetBy.Unmet, episodes);
        var letter = Determine(Adult(new[] { f, Unmet(SpecifiedOutcome.PersonalHygiene) })).ToLetterMarkdown();
        Assert.Contains("Dates we noted: 20 January 2025 to 26 January 2025 (7 days), “Relapse: bed-bound”; 3 March 2025 to 3 March 2025 (1 day).", letter, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_is_the_same_every_time() => Assert.Equal(Determine(Adult()).ToLetterMarkdown(Knowsley), Determine(Adult()).ToLetterMarkdown(Knowsley));

    [Fact]
    public void Letter_escapes_markdown_in_the_recorded_words()
    {
        var f = new OutcomeFinding(SpecifiedOutcome.Nutrition, false, new[] { UnableToAchieveReason.WithoutAssistance }, "Eats | drinks *little*\nweight 45kg");
        var letter = Determine(Adult(new[] { f, Unmet(SpecifiedOutcome.ToiletNeeds) })).ToLetterMarkdown();
        Assert.Contains("We recorded: “Eats \\| drinks \\*little\\* weight 45kg”.", letter, StringComparison.Ordinal);
    }

    [Fact]
    public void A_letter_with_no_name_is_addressed_to_sir_or_madam()
    {
        var a = new AdultEligibilityAssessment("NA-1", "P-1", Date, PeriodStart, PeriodEnd, Impairment(), new[] { Unmet(SpecifiedOutcome.Nutrition), Unmet(SpecifiedOutcome.ToiletNeeds) }, Impact());
        Assert.Contains("Dear Sir or Madam,", Determine(a).ToLetterMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_need_a_council_name()
        => Assert.Throws<ArgumentException>(() => new DecisionLetterOptions(" "));

    [Fact]
    public void Rendering_needs_a_determination_and_options()
    {
        Assert.Equal("determination", Assert.Throws<ArgumentNullException>(() => DecisionLetter.ToMarkdown(null!, DecisionLetterOptions.Default)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => DecisionLetter.ToMarkdown(Determine(Adult()), null!)).ParamName);
    }

    private static void AssertChallengeRoute(string letter, string council)
    {
        Assert.Contains("## If you disagree", letter, StringComparison.Ordinal);
        Assert.Contains("tell your practitioner. We can look at the decision again.", letter, StringComparison.Ordinal);
        Assert.Contains($"You can make a complaint through {council}'s complaints procedure (Local Authority Social Services and National Health Service Complaints (England) Regulations 2009). You should normally complain within 12 months.", letter, StringComparison.Ordinal);
        Assert.Contains("you can ask the Local Government and Social Care Ombudsman to look at it", letter, StringComparison.Ordinal);
    }

    /// <summary>Asserts the letter speaks to the person, and is built from the structure rather than from the explanation's sentences.</summary>
    internal static void AssertWrittenToThePerson(EligibilityDetermination d, string letter)
    {
        // The practitioner's own words are quoted as recorded and may say anything; the letter's own words may not.
        var own = WithoutQuotes(letter);
        foreach (var phrase in new[] { "the adult", "the carer", "the individual", "the young person", "the council must", "the council may", " s.", "ss.", "reg. ", "; Able", "i.e.", "e.g.", "et seq", "inter alia" })
        {
            Assert.DoesNotContain(phrase, own, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("you", own, StringComparison.Ordinal);
        Assert.DoesNotContain(d.MeetingNeeds.Reasons, letter, StringComparison.Ordinal);
        foreach (var note in d.MeetingNeeds.Notes)
        {
            Assert.DoesNotContain(note, letter, StringComparison.Ordinal);
        }

        foreach (var note in d.Notes)
        {
            Assert.DoesNotContain(note, letter, StringComparison.Ordinal);
        }

        // Condition 2 and condition 3 reasons are the explanation's computed sentences; condition 1 is the practitioner's words.
        Assert.DoesNotContain(d.Conditions[1].Reasons, letter, StringComparison.Ordinal);
        Assert.DoesNotContain(d.Conditions[2].Reasons, letter, StringComparison.Ordinal);
        Assert.Equal(d.Subject == EligibilitySubject.Carer, own.Contains("the person you care for", StringComparison.Ordinal));
    }

    private static string WithoutQuotes(string letter)
    {
        var b = new System.Text.StringBuilder(letter.Length);
        var inside = false;
        foreach (var c in letter)
        {
            if (c == '“')
            {
                inside = true;
            }
            else if (c == '”')
            {
                inside = false;
            }
            else if (!inside)
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }
}
