using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Knowsley.CareDomain.Eligibility.Determination;
using Knowsley.CareDomain.Eligibility.Outcomes;

namespace Knowsley.CareDomain.Eligibility.Letters;

/// <summary>
/// Renders a determination as a plain-language decision letter in Markdown: the written record of the determination and
/// the reasons for it (Care Act 2014 s.13(2)), the outcomes and findings, what happens next (ss.18–20), advice and
/// information when no need is eligible (s.13(5)), and how to challenge the decision.
/// </summary>
/// <remarks>
/// There is no statutory appeal against an eligibility decision: the letter offers a review by the council, the council's
/// complaints procedure under SI 2009/309 (a complaint is normally made within 12 months, reg. 12) and then the Local
/// Government and Social Care Ombudsman. The same determination always gives the same letter.
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
        var en = CultureInfo.GetCultureInfo("en-GB");
        string Date(NodaTime.LocalDate date) => date.ToString("d MMMM uuuu", en);
        var b = new StringBuilder();
        b.Append("# ").Append(carer ? "Your carer's eligibility decision" : "Your eligibility decision").Append("\n\n");
        b.Append("**").Append(Escape(options.CouncilName)).Append("**  \n");
        b.Append("Date: ").Append(Date(d.DeterminationDate)).Append("  \n");
        b.Append("Our reference: ").Append(Escape(d.AssessmentReference)).Append("  \n");
        b.Append("Your reference: ").Append(Escape(d.PersonReference)).Append("\n\n");
        b.Append("Dear ").Append(d.PersonName is null ? "Sir or Madam" : Escape(d.PersonName)).Append(",\n\n");
        b.Append("We have completed your ").Append(LowerFirst(Escape(d.AssessmentKind))).Append(". This letter is the written record of our decision about whether your ")
            .Append(carer ? "needs for support as a carer" : "needs for care and support")
            .Append(" meet the national eligibility criteria, and our reasons for it (Care Act 2014 section 13(2)).\n\n");

        b.Append("## Our decision\n\n");
        if (d.IsTransition)
        {
            b.Append(d.IsEligible
                ? "**Your needs are likely to meet the eligibility criteria after your 18th birthday** (or, for a carer of a child, after the child's).\n\n"
                : "**Your needs are not likely to meet the eligibility criteria after your 18th birthday** (or, for a carer of a child, after the child's).\n\n");
        }
        else
        {
            b.Append(d.IsEligible ? "**Your needs meet the eligibility criteria.**\n\n" : "**Your needs do not meet the eligibility criteria.**\n\n");
        }

        b.Append("We looked at your circumstances over the period from ").Append(Date(d.PeriodStart)).Append(" to ").Append(Date(d.PeriodEnd))
            .Append(", not only on the day we met you, because needs can change from day to day (Care and Support (Eligibility Criteria) Regulations 2015, regulation ")
            .Append(carer ? "3(4)" : "2(4)").Append(").\n\n");

        b.Append("## How we reached it\n\n");
        b.Append(carer
            ? "A carer's needs are eligible only if all three of these conditions are met (regulation 3(1)):\n\n"
            : "An adult's needs are eligible only if all three of these conditions are met (regulation 2(1)):\n\n");
        b.Append("| Condition | Met? | Our reasons |\n|---|---|---|\n");
        foreach (var c in d.Conditions)
        {
            b.Append("| ").Append(Escape(c.Condition.DisplayName)).Append(" (").Append(Escape(c.Condition.Citation.Provision)).Append(") | ")
                .Append(c.Met ? "Yes" : "No").Append(" | ").Append(Escape(c.Reasons)).Append(" |\n");
        }

        b.Append("\n## The outcomes we considered\n\n");
        b.Append(carer
            ? "You are treated as unable to achieve an outcome if you cannot do it without help, or can do it only with significant pain, distress or anxiety, or in a way that endangers your or someone else's health or safety (regulation 3(3)).\n\n"
            : "You are treated as unable to achieve an outcome if you cannot do it without help (including prompting), or can do it only with significant pain, distress or anxiety, in a way that endangers your or someone else's health or safety, or taking significantly longer than would normally be expected (regulation 2(3)). Needs that a carer meets for you still count.\n\n");
        b.Append("| Outcome | Our finding | Why | Who meets this need now |\n|---|---|---|---|\n");
        foreach (var o in d.Outcomes)
        {
            var why = new List<string>();
            if (o.Reasons.Count > 0)
            {
                why.Add(string.Join("; ", o.Reasons.Select(r => r.DisplayName)));
            }

            if (o.Evidence is not null)
            {
                why.Add(o.Evidence);
            }

            if (o.Episodes.Count > 0)
            {
                why.Add("Dated episodes: " + string.Join(", ", o.Episodes.Select(e => e.ToString())));
            }

            var finding = o.Code == EligibilityDetermination.HealthLineCode
                ? (o.UnableToAchieve ? "Yes" : "No")
                : o.FindingText;
            var metBy = o.UnableToAchieve && o.Code != EligibilityDetermination.HealthLineCode ? o.MetBy.DisplayName : "-";
            b.Append("| ").Append(Escape(o.Description)).Append(" | ").Append(finding).Append(" | ")
                .Append(why.Count == 0 ? "-" : Escape(JoinSentences(why))).Append(" | ").Append(Escape(metBy)).Append(" |\n");
        }

        b.Append("\n## Your wellbeing\n\n");
        if (d.WellbeingAreasAffected.Count > 0)
        {
            b.Append("We found that these areas of your wellbeing (Care Act 2014 section 1) are, or are likely to be, affected:\n\n");
            foreach (var area in d.WellbeingAreasAffected)
            {
                b.Append("- ").Append(Escape(area.DisplayName)).Append('\n');
            }

            b.Append('\n');
        }

        b.Append(Escape(d.Conditions[2].Reasons)).Append("\n\n");

        b.Append("## What happens next\n\n");
        b.Append(Escape(d.MeetingNeeds.Reasons)).Append("\n\n");
        if (d.MeetingNeeds.NeedsToMeet.Count > 0)
        {
            b.Append(d.MeetingNeeds.IsDuty ? "We must meet these needs:\n\n" : "These are your eligible needs:\n\n");
            foreach (var n in d.MeetingNeeds.NeedsToMeet)
            {
                b.Append("- ").Append(Escape(n.Description)).Append('\n');
            }

            b.Append('\n');
        }

        if (d.MeetingNeeds.NeedsMetByCarer.Count > 0)
        {
            b.Append("These eligible needs are being met by your carer. We are not required to meet them while your carer continues; tell us if that changes (Care Act 2014 section 18(7)):\n\n");
            foreach (var n in d.MeetingNeeds.NeedsMetByCarer)
            {
                b.Append("- ").Append(Escape(n.Description)).Append('\n');
            }

            b.Append('\n');
        }

        foreach (var note in d.MeetingNeeds.Notes)
        {
            b.Append("- ").Append(Escape(note)).Append('\n');
        }

        if (d.MeetingNeeds.Notes.Count > 0)
        {
            b.Append('\n');
        }

        if (!d.IsEligible)
        {
            b.Append("## Advice and information\n\n");
            b.Append("Although your needs do not meet the eligibility criteria, we must give you advice and information about what can be done to meet or reduce your needs, and to prevent or delay needs developing in future (Care Act 2014 section 13(5)). ")
                .Append("Your practitioner will go through local services, community support and equipment that may help. If your needs change, you can ask for a new assessment at any time.\n\n");
        }

        b.Append("## If you disagree\n\n");
        b.Append("- Talk to your practitioner first: we can look at the decision again if you think we have missed something or got something wrong.\n");
        b.Append("- You can make a complaint under ").Append(Escape(options.CouncilName)).Append("'s complaints procedure (Local Authority Social Services and National Health Service Complaints (England) Regulations 2009). A complaint should normally be made within 12 months.\n");
        b.Append("- If you are not satisfied with our final response, you can ask the Local Government and Social Care Ombudsman to look at it.\n");
        if (options.Contact is not null)
        {
            b.Append("- Contact: ").Append(Escape(options.Contact)).Append('\n');
        }

        b.Append("\nYours sincerely,\n\n").Append(options == DecisionLetterOptions.Default ? "Adult Social Care" : Escape(options.CouncilName) + " Adult Social Care").Append('\n');
        return b.ToString();
    }

    private static string JoinSentences(IEnumerable<string> parts)
        => string.Join(" ", parts.Select(p => p.EndsWith(".", System.StringComparison.Ordinal) ? p : p + "."));

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text.Substring(1);

    private static string Escape(string text)
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
