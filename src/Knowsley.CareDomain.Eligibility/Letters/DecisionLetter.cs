using System.Collections.Generic;
using System.Linq;
using System.Text;
using Knowsley.CareDomain.Eligibility.Determination;
using Knowsley.CareDomain.Eligibility.Outcomes;
using static Knowsley.CareDomain.Eligibility.Letters.LetterWording;

namespace Knowsley.CareDomain.Eligibility.Letters;

/// <summary>
/// Renders a determination as a plain-language decision letter in Markdown, written to the person ("you"; for a carer,
/// "you" the carer and "the person you care for"): the written record of the determination and the reasons for it
/// (Care Act 2014 s.13(2)), the period considered (SI 2015/313 reg. 2(4), 3(4)), each condition and outcome, the wellbeing
/// areas, what happens next (ss.18–20), advice and information when no need is eligible (s.13(5)), and how to challenge
/// the decision.
/// </summary>
/// <remarks>
/// <para>The letter is built from the determination's structure (conditions met or not, outcome and reason codes,
/// wellbeing areas, the meeting-needs basis), not from the explanation's sentences, which are written for practitioners.
/// The practitioner's own recorded words (reasons, evidence, episode notes) are quoted exactly as recorded.</para>
/// <para>There is no statutory appeal against an eligibility decision: the letter offers a review by the council, the
/// council's complaints procedure under SI 2009/309 (a complaint is normally made within 12 months, reg. 12) and then the
/// Local Government and Social Care Ombudsman. The same determination always gives the same letter.</para>
/// </remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class DecisionLetter
{
    /// <summary>Renders the letter.</summary>
    /// <param name="determination">The determination.</param>
    /// <param name="options">The council's details.</param>
    /// <returns>The letter as Markdown.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static string ToMarkdown(EligibilityDetermination determination, DecisionLetterOptions options)
    {
        if (determination is null)
        {
            throw new System.ArgumentNullException(nameof(determination));
        }

        if (options is null)
        {
            throw new System.ArgumentNullException(nameof(options));
        }

        var d = determination;
        var carer = d.Subject == EligibilitySubject.Carer;
        var b = new StringBuilder();
        Heading(b, d, carer, options);
        Decision(b, d, carer);
        Period(b, d, carer);
        Conditions(b, d, carer);
        Outcomes(b, d, carer);
        Wellbeing(b, d);
        WhatHappensNext(b, d, carer);
        if (!d.IsEligible)
        {
            AdviceAndInformation(b, d, carer);
        }

        Challenge(b, options);
        return b.ToString();
    }

    private static void Heading(StringBuilder b, EligibilityDetermination d, bool carer, DecisionLetterOptions options)
    {
        b.Append("# ").Append(carer ? "Your eligibility decision as a carer" : "Your eligibility decision").Append("\n\n");
        b.Append("**").Append(Escape(options.CouncilName)).Append("**  \n");
        b.Append("Date: ").Append(Date(d.DeterminationDate)).Append("  \n");
        b.Append("Our reference: ").Append(Escape(d.AssessmentReference)).Append("  \n");
        b.Append("Your reference: ").Append(Escape(d.PersonReference)).Append("\n\n");
        b.Append("Dear ").Append(d.PersonName is null ? "Sir or Madam" : Escape(d.PersonName)).Append(",\n\n");
        b.Append("We have finished your ").Append(Escape(Assessment(d))).Append(". ");
        if (d.IsTransition)
        {
            b.Append("This letter tells you whether your ").Append(carer ? "needs for support as a carer" : "needs for care and support")
                .Append(" are likely to meet the eligibility criteria ").Append(AfterEighteen(d)).Append(", and why.");
        }
        else
        {
            b.Append("This letter tells you what we decided about your ").Append(carer ? "needs for support as a carer" : "needs for care and support")
                .Append(", and why (Care Act 2014 section 13(2)).");
        }

        if (carer)
        {
            b.Append(" It is about your own needs, not the needs of the person you care for.");
        }
        b.Append("\n\n");
    }

    private static void Decision(StringBuilder b, EligibilityDetermination d, bool carer)
    {
        var needs = carer ? "Your needs as a carer" : "Your needs";
        b.Append("## Our decision\n\n");
        if (d.IsTransition)
        {
            var when = AfterEighteen(d);
            b.Append("**").Append(needs).Append(d.IsEligible ? " are likely to meet" : " are not likely to meet").Append(" the eligibility criteria ").Append(when).Append(".**\n\n");
            b.Append("This is our view now, to help you and us plan ahead. It does not start ").Append(carer ? "support" : "care and support")
                .Append(" from adult social care, and we do not have to meet any needs because of it (Care Act 2014 ")
                .Append(Provision(MeetingNeedsBasis.Transition.Citation.Provision)).Append(").\n\n");
            return;
        }

        if (d.IsEligible)
        {
            b.Append("**").Append(needs).Append(" meet the eligibility criteria.**\n\n");
            b.Append(carer
                ? "This means you have eligible needs for support as a carer. \"What happens next\" below explains what we will do.\n\n"
                : "This means you have eligible needs for care and support. \"What happens next\" below explains what we will do.\n\n");
        }
        else
        {
            b.Append("**").Append(needs).Append(" do not meet the eligibility criteria.**\n\n");
            b.Append("This means we do not have to meet your needs. We will still give you advice and information to help you (see \"Advice and information\" below).\n\n");
        }
    }

    private static void Period(StringBuilder b, EligibilityDetermination d, bool carer)
    {
        b.Append("## The period we looked at\n\n");
        b.Append("We looked at your needs from ").Append(Date(d.PeriodStart)).Append(" to ").Append(Date(d.PeriodEnd))
            .Append(", not just on the day we met you. This is because needs can change from day to day (Care and Support (Eligibility Criteria) Regulations 2015, regulation ")
            .Append(carer ? "3(4)" : "2(4)").Append(").\n\n");
    }

    private static void Conditions(StringBuilder b, EligibilityDetermination d, bool carer)
    {
        var lines = d.Outcomes.Where(o => o.Code != EligibilityDetermination.HealthLineCode).ToArray();
        var unmet = lines.Where(o => o.UnableToAchieve).Select(o => LowerFirst(Outcome(o, carer))).ToArray();

        b.Append("## How we reached our decision\n\n");
        b.Append(carer
            ? "Your needs as a carer are eligible only if all three of these things are true (regulation 3(1)).\n\n"
            : "Your needs are eligible only if all three of these things are true (regulation 2(1)).\n\n");
        if (d.IsTransition)
        {
            b.Append("Because this is a transition assessment, we looked at whether they are likely to be true ").Append(AfterEighteen(d)).Append(".\n\n");
        }

        b.Append("| What the law asks | Is it true? | Our reasons |\n|---|---|---|\n");
        foreach (var c in d.Conditions)
        {
            string asks;
            string reasons;
            if (c.Condition == EligibilityCondition.ImpairmentOrIllness)
            {
                asks = "Your needs are caused by, or linked to, a physical or mental impairment or illness";
                reasons = "We recorded: " + Quote(c.Reasons);
            }
            else if (c.Condition == EligibilityCondition.UnableToAchieveOutcomes)
            {
                asks = "Because of this, you are unable to achieve 2 or more of the outcomes listed in the regulations";
                reasons = unmet.Length == 0
                    ? $"We did not find any of the {lines.Length} outcomes that you are unable to achieve. At least 2 are needed."
                    : $"You are unable to achieve {unmet.Length} of the {lines.Length} outcomes: {List(unmet)}. At least 2 are needed.";
            }
            else if (c.Condition == EligibilityCondition.NecessaryCare)
            {
                asks = "Your needs come from the necessary care you give to the person you care for";
                reasons = "We recorded: " + Quote(c.Reasons);
            }
            else if (c.Condition == EligibilityCondition.CarerCircumstances)
            {
                asks = "Because of this, your physical or mental health is getting worse or is at risk of getting worse, or you are unable to achieve at least 1 of the outcomes for carers listed in the regulations";
                reasons = CarerCircumstancesReasons(d, lines.Length, unmet);
            }
            else
            {
                asks = "As a result, your wellbeing is, or is likely to be, significantly affected";
                reasons = (c.Met
                    ? $"We found a significant effect on {Count(d.WellbeingAreasAffected.Count, "part")} of your wellbeing."
                    : "We did not find a significant effect on your wellbeing.") + " See \"Your wellbeing\" below.";
            }

            b.Append("| ").Append(Escape(asks)).Append(" (").Append(Escape(Provision(c.Condition.Citation.Provision))).Append(") | ")
                .Append(c.Met ? "Yes" : "No").Append(" | ").Append(Escape(reasons)).Append(" |\n");
        }

        b.Append('\n');
    }

    private static string CarerCircumstancesReasons(EligibilityDetermination d, int total, IReadOnlyList<string> unmet)
    {
        var health = d.CarerHealth?.Applies ?? d.Outcomes.Any(o => o.Code == EligibilityDetermination.HealthLineCode && o.UnableToAchieve);
        var healthText = health
            ? Health(d.CarerHealth) + " (regulation 3(2)(a)). This is enough on its own."
            : "We did not find that your physical or mental health is getting worse, or is at risk of getting worse (regulation 3(2)(a)).";
        string outcomesText;
        if (unmet.Count == 0)
        {
            outcomesText = $"We did not find any of the {total} outcomes for carers that you are unable to achieve (regulation 3(2)(b)).";
            if (!health)
            {
                outcomesText += " Either one of these would have been enough.";
            }
        }
        else
        {
            outcomesText = $"You are {(health ? "also " : string.Empty)}unable to achieve {unmet.Count} of the {total} outcomes for carers: {List(unmet)} (regulation 3(2)(b)).";
            if (!health)
            {
                outcomesText += " One is enough.";
            }
        }

        return healthText + " " + outcomesText;
    }

    private static void Outcomes(StringBuilder b, EligibilityDetermination d, bool carer)
    {
        var total = d.Outcomes.Count(o => o.Code != EligibilityDetermination.HealthLineCode);
        b.Append("## The outcomes we looked at\n\n");
        if (carer)
        {
            b.Append("The law lists ").Append(total).Append(" outcomes for carers (regulation 3(2)(b)). We count you as unable to achieve an outcome if (regulation 3(3)):\n\n");
            b.Append("- you cannot do it without help;\n");
            b.Append("- doing it without help causes you significant pain, distress or anxiety; or\n");
            b.Append("- doing it without help puts, or is likely to put, your health or safety, or someone else's, at risk.\n\n");
        }
        else
        {
            b.Append("The law lists ").Append(total).Append(" outcomes (regulation 2(2)). We count you as unable to achieve an outcome if (regulation 2(3)):\n\n");
            b.Append("- you cannot do it without help, including prompting or supervision;\n");
            b.Append("- doing it without help causes you significant pain, distress or anxiety;\n");
            b.Append("- doing it without help puts, or is likely to put, your health or safety, or someone else's, at risk; or\n");
            b.Append("- doing it without help takes you significantly longer than would normally be expected.\n\n");
            b.Append("A need counts even if someone, such as a family carer, already meets it for you.\n\n");
        }

        b.Append("| Outcome | Our finding | Why | Who meets this need now |\n|---|---|---|---|\n");
        foreach (var o in d.Outcomes)
        {
            var health = o.Code == EligibilityDetermination.HealthLineCode;
            var why = new List<string>();
            why.AddRange(o.Reasons.Select(r => Reason(r, carer)));
            if (o.Evidence is not null)
            {
                why.Add("We recorded: " + Quote(o.Evidence));
            }

            if (o.Episodes.Count > 0)
            {
                why.Add("Dates we noted: " + string.Join("; ", o.Episodes.Select(Episode)) + ".");
            }

            var finding = health ? (o.UnableToAchieve ? "Yes" : "No") : o.FindingText;
            var metBy = o.UnableToAchieve && !health ? o.MetBy.DisplayName : "-";
            b.Append("| ").Append(Escape(Outcome(o, carer, d.CarerHealth))).Append(" | ").Append(finding).Append(" | ")
                .Append(why.Count == 0 ? "-" : Escape(string.Join(" ", why))).Append(" | ").Append(Escape(metBy)).Append(" |\n");
        }

        b.Append('\n');
    }

    private static string Episode(NeedEpisode e)
    {
        var text = $"{Date(e.Start)} to {Date(e.End)} ({Count(e.Days, "day")})";
        return e.Note is null ? text : $"{text}, “{e.Note}”";
    }

    private static void Wellbeing(StringBuilder b, EligibilityDetermination d)
    {
        var impact = d.Conditions[2];
        b.Append("## Your wellbeing\n\n");
        if (impact.Met)
        {
            b.Append("We found that your needs have, or are likely to have, a significant effect on these parts of your wellbeing (Care Act 2014 section 1(2)):\n\n");
        }
        else if (d.WellbeingAreasAffected.Count > 0)
        {
            b.Append("We looked at the effect of your needs on these parts of your wellbeing (Care Act 2014 section 1(2)), but did not find it significant:\n\n");
        }
        else
        {
            b.Append("We did not find that your needs have, or are likely to have, a significant effect on your wellbeing (Care Act 2014 section 1(2)).\n\n");
        }

        foreach (var area in d.WellbeingAreasAffected)
        {
            b.Append("- ").Append(Escape(Area(area))).Append('\n');
        }

        if (d.WellbeingAreasAffected.Count > 0)
        {
            b.Append('\n');
        }

        var way = impact.Met ? ImpactWaySentence(d.SignificantImpactWay) : null;
        if (way is not null)
        {
            b.Append(way).Append("\n\n");
        }

        if (d.SignificantImpactReasons.Length > 0)
        {
            b.Append("We recorded: ").Append(Escape(Quote(d.SignificantImpactReasons))).Append("\n\n");
        }
    }

    private static void WhatHappensNext(StringBuilder b, EligibilityDetermination d, bool carer)
    {
        var m = d.MeetingNeeds;
        b.Append("## What happens next\n\n");
        if (m.Basis == MeetingNeedsBasis.Transition)
        {
            if (d.IsEligible)
            {
                b.Append("These are the needs we think are likely to be eligible ").Append(AfterEighteen(d)).Append(":\n\n");
                Needs(b, d, m.NeedsToMeet, carer);
                b.Append("We will use this assessment to plan with you for ").Append(ForChildsCarer(d) ? "the time when the child you care for becomes an adult" : "adult life")
                    .Append(". Tell us if anything changes before then.\n\n");
            }
            else
            {
                b.Append("We do not think your needs are likely to be eligible ").Append(AfterEighteen(d))
                    .Append(". We will still give you advice and information (see below). Tell us if anything changes, and we can look at your needs again.\n\n");
            }

            return;
        }

        if (m.Basis == MeetingNeedsBasis.NotEligible)
        {
            b.Append("We do not have to meet your needs. We can still choose to meet some needs if we think it is right to (Care Act 2014 ")
                .Append(carer ? "section 20" : "section 19(1)").Append(").\n\n");
            return;
        }

        if (m.Basis == MeetingNeedsBasis.AdultDuty)
        {
            if (m.NeedsToMeet.Count > 0)
            {
                b.Append("We must meet these eligible needs (Care Act 2014 section 18(1)):\n\n");
                Needs(b, d, m.NeedsToMeet, carer);
            }
        }
        else if (m.Basis == MeetingNeedsBasis.AdultDutyConventionRights)
        {
            b.Append("On the date of this decision, the Coronavirus Act 2020 had changed the law for a time. We must meet your eligible needs where that is needed to protect your human rights (Care Act 2014 section 18(1), as changed by the Coronavirus Act 2020 Schedule 12). We can choose to meet your other eligible needs (Care Act 2014 section 19). Your eligible needs are:\n\n");
            Needs(b, d, m.NeedsToMeet, carer);
        }
        else if (m.Basis == MeetingNeedsBasis.AdultPower)
        {
            if (m.NoDutyReasons.Contains(NoDutyReason.CareHomeOutsideCondition2))
            {
                b.Append("Your money and property are above the financial limit, and your needs are to be met in a care home. Asking us to meet your needs does not give you a right to a care home place arranged by us when your money and property are above the limit, so we do not have to meet them. We can still choose to meet them (Care Act 2014 section 19(1)). ")
                    .Append("You can arrange the place yourself, and we can give you advice and information to help. Your eligible needs are:\n\n");
            }
            else if (m.NoDutyReasons.Contains(NoDutyReason.NotAskedCouncilToMeetNeeds))
            {
                b.Append("Your money and property are above the financial limit, and you have not asked us to meet your needs, so we do not have to meet them. We can still choose to meet them (Care Act 2014 section 19(1)). ")
                    .Append("You can arrange your own care, and we can give you advice and information to help. ")
                    .Append("You can also ask us to arrange care for you. If the care is not in a care home, we must then meet your needs (Care Act 2014 section 18(3)). Your eligible needs are:\n\n");
            }
            else
            {
                b.Append("Your money and property are above the financial limit, so we do not have to meet your eligible needs. We can still choose to meet them (Care Act 2014 section 19(1)). ")
                    .Append("You can arrange your own care, and we can give you advice and information to help. ")
                    .Append("You can also ask us to arrange care for you. If the care is not in a care home, we must then meet your needs (Care Act 2014 section 18(3)). Your eligible needs are:\n\n");
            }

            Needs(b, d, m.NeedsToMeet, carer);
        }
        else if (m.Basis == MeetingNeedsBasis.AdultPowerOtherArea)
        {
            b.Append("You usually live in another council's area, so that council has the duty to meet your eligible needs. We can still choose to meet them ourselves (Care Act 2014 section 19(2)). If we do, we will tell the other council. Your eligible needs are:\n\n");
            Needs(b, d, m.NeedsToMeet, carer);
        }
        else if (m.Basis == MeetingNeedsBasis.CarerDuty)
        {
            b.Append("We must meet these eligible needs for support (Care Act 2014 section 20(1)):\n\n");
            Needs(b, d, m.NeedsToMeet, carer);
            b.Append("Some support for you may be given to the person you care for, for example care for them while you take a break. If so, they must agree, and any charge for it is theirs, not yours (Care Act 2014 section 20 and section 14(3)).\n\n");
        }
        else if (m.Basis == MeetingNeedsBasis.CarerPower)
        {
            b.Append("Your money and property are above the financial limit, and you have not asked us to meet your needs, so we do not have to meet them. We can still choose to (Care Act 2014 section 20). ")
                .Append("If you ask us to meet your needs, we must then do so (Care Act 2014 section 20(3)). Your eligible needs are:\n\n");
            Needs(b, d, m.NeedsToMeet, carer);
        }
        else if (m.Basis == MeetingNeedsBasis.CarerOtherArea)
        {
            b.Append("The person you care for usually lives in another council's area, so that council has the duty to meet your eligible needs (Care Act 2014 section 20(1)(a)). We can help you contact them. Your eligible needs are:\n\n");
            Needs(b, d, m.NeedsToMeet, carer);
        }
        else if (m.Basis == MeetingNeedsBasis.Pending)
        {
            var waiting = m.WaitingOn.Select(r => Pending(r, carer)).ToArray();
            if (waiting.Length > 0)
            {
                b.Append("Before we can say whether we must meet your needs, we still need to ").Append(And(waiting)).Append(". We will contact you about this. Your eligible needs are:\n\n");
            }
            else
            {
                b.Append(carer
                    ? "Before we can say whether we must meet your needs, we need to confirm that the person you care for usually lives in our area (Care Act 2014 section 13(4)(b)). If we charge for support to carers, we may also need to do a financial assessment (Care Act 2014 section 20(1)(b)). We will contact you about this. Your eligible needs are:\n\n"
                    : "Before we can say whether we must meet your needs, we need to confirm that you usually live in our area (Care Act 2014 section 13(3)(c)), or do a financial assessment to work out whether you need to pay towards your care (Care Act 2014 section 17). We will contact you about this. Your eligible needs are:\n\n");
            }

            Needs(b, d, m.NeedsToMeet, carer);
        }
        else
        {
            b.Append("We will contact you about how your eligible needs will be met (Care Act 2014 ").Append(Provision(m.Basis.Citation.Provision)).Append("). Your eligible needs are:\n\n");
            Needs(b, d, m.NeedsToMeet, carer);
        }

        if (m.NeedsMetByCarer.Count > 0)
        {
            b.Append(m.NeedsMetByCarer.Count == 1 ? "Your carer meets this eligible need at the moment:\n\n" : "Your carer meets these eligible needs at the moment:\n\n");
            Needs(b, d, m.NeedsMetByCarer, carer);
            b.Append("While your carer carries on, we do not have to meet ").Append(m.NeedsMetByCarer.Count == 1 ? "it" : "them")
                .Append(" (Care Act 2014 section 18(7)). ").Append(m.NeedsMetByCarer.Count == 1 ? "It still counts" : "They still count")
                .Append(" as eligible. Tell us if your carer cannot carry on, or if you do not want them to, and we will look at your plan again.\n\n");
        }

        b.Append(carer
            ? "We will talk with you about how your eligible needs could be met (Care Act 2014 section 13(4)(a)).\n\n"
            : "We will talk with you about how your eligible needs could be met, and whether you want us to meet them (Care Act 2014 section 13(3)).\n\n");
    }

    private static void Needs(StringBuilder b, EligibilityDetermination d, IReadOnlyList<OutcomeResult> needs, bool carer)
    {
        foreach (var n in needs)
        {
            b.Append("- ").Append(Escape(Outcome(n, carer, d.CarerHealth))).Append('\n');
        }

        b.Append('\n');
    }

    private static void AdviceAndInformation(StringBuilder b, EligibilityDetermination d, bool carer)
    {
        b.Append("## Advice and information\n\n");
        b.Append("Your needs ").Append(d.IsTransition ? "are not likely to be eligible" : "are not eligible")
            .Append(", but we must still give you advice and information in writing (Care Act 2014 ")
            .Append(d.IsTransition ? Provision(MeetingNeedsBasis.Transition.Citation.Provision) : Provision(MeetingNeedsBasis.NotEligible.Citation.Provision))
            .Append("). It covers:\n\n");
        b.Append("- what can be done to meet or reduce your ").Append(carer ? "needs as a carer" : "needs").Append(";\n");
        b.Append("- what can be done to prevent or delay new needs in the future.\n\n");
        b.Append("Your practitioner will go through it with you. It may include local services, community groups, ")
            .Append(carer ? "carers' support groups" : "equipment")
            .Append(" and other help near you. If your needs change, you can ask us for a new assessment at any time.\n\n");
    }

    private static void Challenge(StringBuilder b, DecisionLetterOptions options)
    {
        b.Append("## If you disagree\n\n");
        b.Append("- Talk to us first. If you think we have missed something or got something wrong, tell your practitioner. We can look at the decision again.\n");
        b.Append("- You can make a complaint through ").Append(Escape(options.CouncilName))
            .Append("'s complaints procedure (Local Authority Social Services and National Health Service Complaints (England) Regulations 2009). You should normally complain within 12 months.\n");
        b.Append("- If you are not happy with our final reply to your complaint, you can ask the Local Government and Social Care Ombudsman to look at it. The Ombudsman is free and independent.\n");
        b.Append("- You can ask someone to help you, such as a family member, a friend or an advocate.\n");
        if (options.Contact is not null)
        {
            b.Append("- Contact: ").Append(Escape(options.Contact)).Append('\n');
        }

        b.Append("\nYours sincerely,\n\n").Append(options == DecisionLetterOptions.Default ? "Adult Social Care" : Escape(options.CouncilName) + " Adult Social Care").Append('\n');
    }
}
