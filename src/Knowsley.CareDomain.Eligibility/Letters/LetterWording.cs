using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Knowsley.CareDomain.Eligibility.Adults;
using Knowsley.CareDomain.Eligibility.Carers;
using Knowsley.CareDomain.Eligibility.Determination;
using Knowsley.CareDomain.Eligibility.Outcomes;
using Knowsley.CareDomain.Eligibility.Wellbeing;
using NodaTime;

namespace Knowsley.CareDomain.Eligibility.Letters;

/// <summary>
/// The second-person wording of the decision letter, keyed by code: the regulations' words for the outcomes (SI 2015/313
/// reg. 2(2), 3(2)(b)), the ways of being unable (reg. 2(3), 3(3)) and the wellbeing areas (Care Act 2014 s.1(2)) as the
/// person reading the letter would say them ("your home", "the person you care for").
/// </summary>
/// <remarks>
/// The letter is built from codes, never from the explanation's sentences, so the explanation for practitioners can change
/// without changing the letter. A code with no entry falls back to the code list's display name.
/// </remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
internal static class LetterWording
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A date as "6 January 2025".</summary>
    internal static string Date(LocalDate date) => date.ToString("d MMMM uuuu", English);

    /// <summary>A citation's provision in words: "reg. 2(1)(a)" as "regulation 2(1)(a)", "s.18(1)" as "section 18(1)", "ss.58–64" as "sections 58 to 64".</summary>
    internal static string Provision(string provision)
    {
        var text = provision.Trim();
        if (text.StartsWith("reg. ", System.StringComparison.Ordinal))
        {
            text = "regulation " + text.Substring(5);
        }
        else if (text.StartsWith("ss.", System.StringComparison.Ordinal))
        {
            text = "sections " + text.Substring(3);
        }
        else if (text.StartsWith("s.", System.StringComparison.Ordinal))
        {
            text = "section " + text.Substring(2);
        }

        return text.Replace("–", " to ").Replace(", (", " and (");
    }

    /// <summary>An outcome, or the carer's health line, in the second person.</summary>
    /// <param name="outcome">The outcome line.</param>
    /// <param name="carer">Whether the letter is to a carer.</param>
    /// <param name="health">For the carer's health line, the finding of reg. 3(2)(a), so the line says which of the two applies.</param>
    internal static string Outcome(OutcomeResult outcome, bool carer, HealthDeterioration? health = null)
    {
        if (outcome.Code == EligibilityDetermination.HealthLineCode)
        {
            return Health(health);
        }

        if (carer)
        {
            if (outcome.Code == CarerOutcome.CaringForChild.Code)
            {
                return "Carrying out any caring responsibilities you have for a child";
            }

            if (outcome.Code == CarerOutcome.CaringForOthers.Code)
            {
                return "Providing care to other people you care for";
            }

            if (outcome.Code == CarerOutcome.HabitableHome.Code)
            {
                return "Maintaining a habitable home environment in your home (whether or not the person you care for lives there too)";
            }

            return outcome.Description;
        }

        if (outcome.Code == SpecifiedOutcome.UseHomeSafely.Code)
        {
            return "Being able to make use of your home safely";
        }

        if (outcome.Code == SpecifiedOutcome.CaringForChild.Code)
        {
            return "Carrying out any caring responsibilities you have for a child";
        }

        return outcome.Description;
    }

    /// <summary>
    /// The carer's health finding (SI 2015/313 reg. 3(2)(a)) in the second person: "is getting worse" for
    /// <see cref="HealthDeterioration.Deteriorating"/>, "is at risk of getting worse" for
    /// <see cref="HealthDeterioration.AtRiskOfDeteriorating"/>, and both limbs when neither was found (the question asked).
    /// </summary>
    internal static string Health(HealthDeterioration? health)
    {
        if (health == HealthDeterioration.Deteriorating)
        {
            return "Your physical or mental health is getting worse";
        }

        if (health == HealthDeterioration.AtRiskOfDeteriorating)
        {
            return "Your physical or mental health is at risk of getting worse";
        }

        return "Your physical or mental health is getting worse, or is at risk of getting worse";
    }

    /// <summary>How the significant impact arises (CSSG ch. 6, as explained by SCIE), as a sentence to the person; null when the way was not recorded.</summary>
    internal static string? ImpactWaySentence(ImpactWay? way)
    {
        if (way == ImpactWay.Single)
        {
            return "Your needs have a significant effect on at least one of these parts of your wellbeing.";
        }

        if (way == ImpactWay.Cumulative)
        {
            return "This is the effect of several of your needs together: each may have only a small effect on its own, but together the effect is significant.";
        }

        if (way == ImpactWay.Domino)
        {
            return "The effect is not significant yet, but we think it is likely to become significant soon, as your needs start to affect other things you do.";
        }

        return way is null ? null : way.DisplayName + ".";
    }

    /// <summary>One way of being unable to achieve an outcome, as a sentence with its regulation (reg. 2(3) or 3(3)).</summary>
    internal static string Reason(UnableToAchieveReason reason, bool carer)
    {
        string text;
        if (reason == UnableToAchieveReason.WithoutAssistance)
        {
            text = "You cannot do this without help";
        }
        else if (reason == UnableToAchieveReason.SignificantPainDistressAnxiety)
        {
            text = "Doing this without help causes you significant pain, distress or anxiety";
        }
        else if (reason == UnableToAchieveReason.EndangersHealthOrSafety)
        {
            text = "Doing this without help puts, or is likely to put, your health or safety, or someone else's, at risk";
        }
        else if (reason == UnableToAchieveReason.SignificantlyLonger)
        {
            text = "Doing this without help takes you significantly longer than would normally be expected";
        }
        else
        {
            text = reason.DisplayName;
        }

        var citation = carer ? reason.CarerCitation : reason.AdultCitation;
        return citation is null ? text + "." : $"{text} ({Provision(citation.Provision)}).";
    }

    /// <summary>A wellbeing area of Care Act 2014 s.1(2) in the second person.</summary>
    internal static string Area(WellbeingArea area)
    {
        if (area == WellbeingArea.PersonalDignity)
        {
            return "Your personal dignity, including being treated with respect";
        }

        if (area == WellbeingArea.HealthAndEmotionalWellbeing)
        {
            return "Your physical and mental health and emotional wellbeing";
        }

        if (area == WellbeingArea.ProtectionFromAbuseAndNeglect)
        {
            return "Your protection from abuse and neglect";
        }

        if (area == WellbeingArea.ControlOverDayToDayLife)
        {
            return "Your control over your day-to-day life, including over your care and support and how it is given";
        }

        if (area == WellbeingArea.Participation)
        {
            return "Your participation in work, education, training or recreation";
        }

        if (area == WellbeingArea.SocialAndEconomicWellbeing)
        {
            return "Your social and economic wellbeing";
        }

        if (area == WellbeingArea.Relationships)
        {
            return "Your domestic, family and personal relationships";
        }

        if (area == WellbeingArea.SuitabilityOfAccommodation)
        {
            return "How suitable your home is for you";
        }

        if (area == WellbeingArea.ContributionToSociety)
        {
            return "Your contribution to society";
        }

        return area.DisplayName;
    }

    /// <summary>The kind of assessment in words, with its section of the Care Act 2014.</summary>
    internal static string Assessment(EligibilityDetermination d)
    {
        var adult = d.AdultAssessmentKind;
        var carer = d.CarerAssessmentKind;
        if (adult == AdultAssessmentKind.NeedsAssessment)
        {
            return "needs assessment (Care Act 2014 section 9)";
        }

        if (adult == AdultAssessmentKind.ChildsNeedsAssessment)
        {
            return "transition assessment (Care Act 2014 section 58)";
        }

        if (carer == CarerAssessmentKind.CarersAssessment)
        {
            return "carer's assessment (Care Act 2014 section 10)";
        }

        if (carer == CarerAssessmentKind.YoungCarersAssessment)
        {
            return "young carer's assessment (Care Act 2014 section 63)";
        }

        if (carer == CarerAssessmentKind.ChildsCarersAssessment)
        {
            return "assessment as someone who cares for a child who is getting close to 18 (Care Act 2014 section 60)";
        }

        return LowerFirst(d.AssessmentKind);
    }

    /// <summary>Whose 18th birthday a transition assessment looks beyond: "after your 18th birthday" or "after the child you care for turns 18".</summary>
    internal static string AfterEighteen(EligibilityDetermination d)
        => ForChildsCarer(d) ? "after the child you care for turns 18" : "after your 18th birthday";

    /// <summary>Whether the letter is to the carer of a child (a child's carer's assessment, Care Act 2014 s.60), so the birthday is the child's.</summary>
    internal static bool ForChildsCarer(EligibilityDetermination d) => d.CarerAssessmentKind == CarerAssessmentKind.ChildsCarersAssessment;

    /// <summary>
    /// What a pending decision still waits on (Care Act 2014 s.13(3)(c), s.13(4)(b), s.17, s.20(1)(b)), as the rest of the
    /// sentence "we still need to ...".
    /// </summary>
    internal static string Pending(NoDutyReason reason, bool carer)
    {
        if (reason == NoDutyReason.OrdinaryResidenceNotEstablished)
        {
            return carer
                ? "find out where the person you care for is ordinarily resident, that is, whether they usually live in our area (Care Act 2014 section 13(4)(b))"
                : "find out where you are ordinarily resident, that is, whether you usually live in our area (Care Act 2014 section 13(3)(c))";
        }

        if (reason == NoDutyReason.FinancialAssessmentNotDone)
        {
            return carer
                ? "do a financial assessment to work out whether you need to pay towards your support (Care Act 2014 section 20(1)(b))"
                : "do a financial assessment to work out whether you need to pay towards your care (Care Act 2014 section 17)";
        }

        var citation = carer ? reason.CarerCitation : reason.AdultCitation;
        return "settle this: " + LowerFirst(reason.DisplayName) + (citation is null ? string.Empty : $" (Care Act 2014 {Provision(citation.Provision)})");
    }

    /// <summary>Joins clauses as "a", "a and b" or "a, b and c".</summary>
    internal static string And(IReadOnlyList<string> items)
        => items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[items.Count - 1],
        };

    /// <summary>Joins items as "a; and b" or "a; b; and c" (semicolons, because the regulations' outcome names contain commas).</summary>
    internal static string List(IReadOnlyList<string> items)
        => items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => string.Join("; ", items.Take(items.Count - 1)) + "; and " + items[items.Count - 1],
        };

    /// <summary>Quotes the practitioner's own recorded words exactly as recorded, closing the sentence outside the quotation marks where they do not end one.</summary>
    internal static string Quote(string words)
    {
        var text = words.Trim();
        var ended = text.EndsWith(".", System.StringComparison.Ordinal) || text.EndsWith("!", System.StringComparison.Ordinal) || text.EndsWith("?", System.StringComparison.Ordinal);
        return "“" + text + "”" + (ended ? string.Empty : ".");
    }

    internal static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text.Substring(1);

    internal static string Count(int n, string noun)
        => string.Format(CultureInfo.InvariantCulture, "{0} {1}{2}", n, noun, n == 1 ? string.Empty : "s");

    /// <summary>Escapes text for a Markdown paragraph or table cell: pipes, emphasis and heading characters, and line breaks.</summary>
    internal static string Escape(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '|':
                    b.Append("\\|");
                    break;
                case '\r':
                    break;
                case '\n':
                    b.Append(' ');
                    break;
                case '*' or '_' or '`' or '<' or '>' or '[' or ']' or '#':
                    b.Append('\\').Append(c);
                    break;
                default:
                    b.Append(c);
                    break;
            }
        }

        return b.ToString();
    }
}
