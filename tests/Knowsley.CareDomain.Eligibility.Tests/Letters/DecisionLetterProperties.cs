using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Knowsley.CareDomain.Eligibility.Adults;
using Knowsley.CareDomain.Eligibility.Carers;
using Knowsley.CareDomain.Eligibility.Determination;
using Knowsley.CareDomain.Eligibility.Letters;
using Knowsley.CareDomain.Eligibility.Outcomes;
using Knowsley.CareDomain.Eligibility.Wellbeing;
using static Knowsley.CareDomain.Eligibility.Tests.Build;

namespace Knowsley.CareDomain.Eligibility.Tests.Letters;

/// <summary>
/// Properties of the decision letter over every kind of assessment, finding and circumstance: the same determination
/// always gives the same letter (P10), and every letter speaks to the person, keeps the sections, and gives the challenge
/// route and, when nothing is eligible, the advice and information of Care Act 2014 s.13(5).
/// </summary>
public sealed class DecisionLetterProperties
{
    private static readonly string[] Sections =
    {
        "## Our decision", "## The period we looked at", "## How we reached our decision", "## The outcomes we looked at",
        "## Your wellbeing", "## What happens next", "## If you disagree",
    };

    private static Gen<UnableToAchieveReason[]> Ways(bool carer) =>
        Gen.SubListOf(UnableToAchieveReason.Items.Where(r => !carer || r.AppliesToCarers).ToArray()).Where(l => l.Count > 0).Select(l => l.ToArray());

    private static Gen<ImpactWay?> Ways() => Gen.Elements(ImpactWay.Items.Cast<ImpactWay?>().Append(null).ToArray());

    private static Gen<AdultEligibilityAssessment> AdultGen() =>
        from outcomes in Gen.SubListOf(SpecifiedOutcome.Items.ToArray())
        from findings in Gen.CollectToArray(outcomes.Select(o =>
            from achieved in Gen.Elements(true, false)
            from ways in Ways(carer: false)
            from metBy in Gen.Elements(NeedMetBy.Items.ToArray())
            select achieved ? new OutcomeFinding(o, true, null, "seen", metBy) : new OutcomeFinding(o, false, ways, "seen", metBy)))
        from impairment in Gen.Elements(true, false)
        from significant in Gen.Elements(true, false)
        from areas in Gen.SubListOf(WellbeingArea.Items.ToArray())
        from kind in Gen.Elements(AdultAssessmentKind.Items.ToArray())
        from residence in Gen.Elements(OrdinaryResidence.Items.ToArray())
        from money in Gen.Elements(FinancialPosition.Items.ToArray())
        from asks in Gen.Elements(true, false)
        from capacity in Gen.Elements(true, false)
        from careHome in Gen.Elements(true, false)
        from way in Ways()
        select new AdultEligibilityAssessment("NA-P", "P-P", Date, PeriodStart, PeriodEnd, Impairment(impairment), findings.ToArray(),
            new SignificantImpactFinding(significant, significant && areas.Count == 0 ? new[] { WellbeingArea.PersonalDignity } : areas.ToArray(), "judged", way),
            kind, "Alex Example", new MeetingNeedsCircumstances(residence, money, asks, capacity, careHome));

    private static Gen<CarerEligibilityAssessment> CarerGen() =>
        from outcomes in Gen.SubListOf(CarerOutcome.Items.ToArray())
        from findings in Gen.CollectToArray(outcomes.Select(o =>
            from achieved in Gen.Elements(true, false)
            from ways in Ways(carer: true)
            select achieved ? new CarerOutcomeFinding(o, true, null, "seen") : new CarerOutcomeFinding(o, false, ways, "seen")))
        from health in Gen.Elements(HealthDeterioration.Items.ToArray())
        from necessary in Gen.Elements(true, false)
        from significant in Gen.Elements(true, false)
        from kind in Gen.Elements(CarerAssessmentKind.Items.ToArray())
        from residence in Gen.Elements(OrdinaryResidence.Items.ToArray())
        from money in Gen.Elements(FinancialPosition.Items.ToArray())
        from asks in Gen.Elements(true, false)
        from way in Ways()
        select new CarerEligibilityAssessment("CA-P", "P-C", "P-A", Date, PeriodStart, PeriodEnd, new ConditionFinding(necessary, "judged"), health, findings.ToArray(),
            new SignificantImpactFinding(significant, new[] { WellbeingArea.Participation }, "judged", way), health.Applies ? "GP letter" : null,
            kind, "Sam Example", new CarerMeetingNeedsCircumstances(residence, money, asks));

    // P10: the same findings always give the same letter, whichever council options are used.
    [Property]
    public Property The_same_determination_always_gives_the_same_letter()
        => Prop.ForAll(AdultGen().ToArbitrary(), CarerGen().ToArbitrary(), (a, c) =>
        {
            var options = new DecisionLetterOptions("Knowsley Council", "0151 443 0000");
            return Determine(a).ToLetterMarkdown(options) == Determine(a).ToLetterMarkdown(options)
                && Determine(c).ToLetterMarkdown() == Determine(c).ToLetterMarkdown();
        });

    [Property]
    public Property Every_adult_letter_speaks_to_the_person_and_keeps_its_sections()
        => Prop.ForAll(AdultGen().ToArbitrary(), a => Holds(Determine(a)));

    [Property]
    public Property Every_carer_letter_speaks_to_the_carer_and_keeps_its_sections()
        => Prop.ForAll(CarerGen().ToArbitrary(), c => Holds(Determine(c)));

    // ss.13(3)-(4), 19(1), 20: a reason for no duty is given exactly for the pending and power bases, and the letter
    // names every fact a pending decision waits on; a carer's letter names the health limb found (reg. 3(2)(a)).
    [Property]
    public Property The_letter_names_what_the_determination_records()
        => Prop.ForAll(AdultGen().ToArbitrary(), CarerGen().ToArbitrary(), (a, c) => Records(Determine(a)) && Records(Determine(c)));

    private static bool Records(EligibilityDetermination d)
    {
        var m = d.MeetingNeeds;
        var letter = d.ToLetterMarkdown();
        var power = m.Basis == MeetingNeedsBasis.Pending || m.Basis == MeetingNeedsBasis.AdultPower || m.Basis == MeetingNeedsBasis.CarerPower;
        Assert.Equal(power, m.NoDutyReasons.Count > 0);
        Assert.Equal(m.Basis == MeetingNeedsBasis.Pending, m.WaitingOn.Count > 0);
        Assert.All(m.NoDutyReasons, r => Assert.Equal(m.Basis == MeetingNeedsBasis.Pending, r.IsPending));
        Assert.Equal(m.WaitingOn.Contains(NoDutyReason.OrdinaryResidenceNotEstablished), letter.Contains("we still need to find out where", System.StringComparison.Ordinal));
        Assert.Equal(m.WaitingOn.Contains(NoDutyReason.FinancialAssessmentNotDone), letter.Contains("do a financial assessment to work out", System.StringComparison.Ordinal));
        Assert.Equal(d.Subject == EligibilitySubject.Carer, d.CarerHealth is not null);
        Assert.Equal(d.CarerHealth == HealthDeterioration.Deteriorating, letter.Contains("Your physical or mental health is getting worse (", System.StringComparison.Ordinal));
        Assert.Equal(d.CarerHealth == HealthDeterioration.AtRiskOfDeteriorating, letter.Contains("Your physical or mental health is at risk of getting worse (", System.StringComparison.Ordinal));
        Assert.Equal(d.Conditions[2].Met && d.SignificantImpactWay == ImpactWay.Cumulative, letter.Contains("This is the effect of several of your needs together", System.StringComparison.Ordinal));
        return true;
    }

    private static bool Holds(EligibilityDetermination d)
    {
        var letter = d.ToLetterMarkdown();
        DecisionLetterTests.AssertWrittenToThePerson(d, letter);
        foreach (var section in Sections)
        {
            Assert.Contains(section, letter, System.StringComparison.Ordinal);
        }

        Assert.Equal(!d.IsEligible, letter.Contains("## Advice and information", System.StringComparison.Ordinal));
        Assert.Equal(d.IsTransition, letter.Contains(d.IsEligible ? "are likely to meet the eligibility criteria after" : "are not likely to meet the eligibility criteria after", System.StringComparison.Ordinal));
        Assert.Contains("Local Government and Social Care Ombudsman", letter, System.StringComparison.Ordinal);
        return true;
    }
}
