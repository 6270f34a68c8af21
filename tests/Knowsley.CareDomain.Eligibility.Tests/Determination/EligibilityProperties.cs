using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Knowsley.CareDomain.Eligibility.Adults;
using Knowsley.CareDomain.Eligibility.Carers;
using Knowsley.CareDomain.Eligibility.Determination;
using Knowsley.CareDomain.Eligibility.Outcomes;
using Knowsley.CareDomain.Eligibility.Serialization;
using Knowsley.CareDomain.Eligibility.Wellbeing;
using Knowsley.CareDomain.Serialization;
using NodaTime;
using static Knowsley.CareDomain.Eligibility.Tests.Build;

namespace Knowsley.CareDomain.Eligibility.Tests.Determination;

/// <summary>Invariants the regulations imply (SI 2015/313 regs 2 and 3; Care Act 2014 ss.13, 18).</summary>
public sealed class EligibilityProperties
{
    private static readonly UnableToAchieveReason[] AdultWays = UnableToAchieveReason.Items.ToArray();
    private static readonly UnableToAchieveReason[] CarerWays = UnableToAchieveReason.Items.Where(r => r.AppliesToCarers).ToArray();

    private static Gen<NeedMetBy> MetByGen() => Gen.Elements(NeedMetBy.Items.ToArray());

    private static Gen<UnableToAchieveReason[]> Ways(UnableToAchieveReason[] from) =>
        Gen.SubListOf(from).Where(l => l.Count > 0).Select(l => l.ToArray());

    private static Gen<OutcomeFinding> FindingFor(SpecifiedOutcome outcome) =>
        from achieved in Gen.Elements(true, false)
        from ways in Ways(AdultWays)
        from metBy in MetByGen()
        select achieved ? new OutcomeFinding(outcome, true, null, "seen", metBy) : new OutcomeFinding(outcome, false, ways, "seen", metBy);

    private static Gen<AdultEligibilityAssessment> AdultGen() =>
        from outcomes in Gen.SubListOf(SpecifiedOutcome.Items.ToArray())
        from findings in Gen.CollectToArray(outcomes.Select(FindingFor))
        from impairment in Gen.Elements(true, false)
        from significant in Gen.Elements(true, false)
        from residence in Gen.Elements(OrdinaryResidence.Items.ToArray())
        from money in Gen.Elements(FinancialPosition.Items.ToArray())
        from asks in Gen.Elements(true, false)
        from careHome in Gen.Elements(true, false)
        from areas in Gen.SubListOf(WellbeingArea.Items.ToArray())
        select new AdultEligibilityAssessment("NA-P", "P-P", Date, PeriodStart, PeriodEnd, Impairment(impairment), findings.ToArray(),
            new SignificantImpactFinding(significant, significant && areas.Count == 0 ? new[] { WellbeingArea.PersonalDignity } : areas.ToArray(), "judged"),
            circumstances: new MeetingNeedsCircumstances(residence, money, asks, false, careHome));

    private static Gen<CarerEligibilityAssessment> CarerGen() =>
        from outcomes in Gen.SubListOf(CarerOutcome.Items.ToArray())
        from findings in Gen.CollectToArray(outcomes.Select(o =>
            from achieved in Gen.Elements(true, false)
            from ways in Ways(CarerWays)
            select achieved ? new CarerOutcomeFinding(o, true, null, "seen") : new CarerOutcomeFinding(o, false, ways, "seen")))
        from health in Gen.Elements(HealthDeterioration.Items.ToArray())
        from necessary in Gen.Elements(true, false)
        from significant in Gen.Elements(true, false)
        select new CarerEligibilityAssessment("CA-P", "P-C", "P-A", Date, PeriodStart, PeriodEnd, new ConditionFinding(necessary, "judged"), health, findings.ToArray(),
            new SignificantImpactFinding(significant, new[] { WellbeingArea.Participation }, "judged"), health.Applies ? "GP letter" : null);

    private static bool Eligible(EligibilityAssessment a) => Determine(a).IsEligible;

    // P1: adding an unmet outcome never turns eligible into not eligible (reg. 2(1)(b)).
    [Property]
    public Property Adding_an_unmet_outcome_never_makes_an_eligible_adult_ineligible()
        => Prop.ForAll(AdultGen().ToArbitrary(), Gen.Elements(SpecifiedOutcome.Items.ToArray()).ToArbitrary(), (a, outcome) =>
        {
            var others = a.Findings.Where(f => f.Outcome != outcome).ToList();
            others.Add(Unmet(outcome));
            return !Eligible(a) || Eligible(a.WithFindings(others));
        });

    // P1 for carers (reg. 3(1)(b)).
    [Property]
    public Property Adding_an_unmet_outcome_never_makes_an_eligible_carer_ineligible()
        => Prop.ForAll(CarerGen().ToArbitrary(), Gen.Elements(CarerOutcome.Items.ToArray()).ToArbitrary(), (a, outcome) =>
        {
            var others = a.Findings.Where(f => f.Outcome != outcome).ToList();
            others.Add(CarerUnmet(outcome));
            return !Eligible(a) || Eligible(a.WithFindings(others));
        });

    // P2: removing the impairment-or-illness condition always gives not eligible (reg. 2(1)(a)).
    [Property]
    public Property Without_impairment_or_illness_an_adult_is_never_eligible()
        => Prop.ForAll(AdultGen().ToArbitrary(), a => !Eligible(a.WithImpairmentOrIllness(Impairment(false))));

    // P3: no significant impact always gives not eligible (reg. 2(1)(c), 3(1)(c)).
    [Property]
    public Property Without_significant_impact_no_one_is_eligible()
        => Prop.ForAll(AdultGen().ToArbitrary(), CarerGen().ToArbitrary(), (a, c) =>
            !Eligible(a.WithSignificantImpact(Impact(false))) && !Eligible(c.WithSignificantImpact(Impact(false))));

    // P4: fewer than two unmet outcomes is never eligible for an adult (reg. 2(1)(b)).
    [Property]
    public Property An_adult_with_fewer_than_two_unmet_outcomes_is_never_eligible()
        => Prop.ForAll(AdultGen().ToArbitrary(), a => a.UnmetOutcomes.Count >= 2 || !Eligible(a));

    // P5: a carer meeting C1 and C3 with the health limb is eligible whatever the outcome findings (reg. 3(2)(a)).
    [Property]
    public Property A_carer_with_the_health_limb_C1_and_C3_is_always_eligible()
        => Prop.ForAll(CarerGen().ToArbitrary(), c =>
            Eligible(c.WithNecessaryCare(new ConditionFinding(true, "necessary"))
                .WithSignificantImpact(Impact())
                .WithHealthDeterioration(HealthDeterioration.AtRiskOfDeteriorating, "GP letter")));

    // P6 and P10: the decision, the explanation and the letter do not depend on the order findings are recorded.
    [Property]
    public Property The_decision_does_not_depend_on_the_order_of_findings()
        => Prop.ForAll(AdultGen().ToArbitrary(), a =>
        {
            var reversed = a.WithFindings(a.Findings.Reverse().ToArray());
            var d1 = Determine(a);
            var d2 = Determine(reversed);
            return d1.IsEligible == d2.IsEligible
                && d1.Explanation.ToText() == d2.Explanation.ToText()
                && d1.ToLetterMarkdown() == d2.ToLetterMarkdown();
        });

    // P7: who meets a need never changes eligibility, only the duty (CSSG ch. 6; s.18(7)).
    [Property]
    public Property Who_meets_a_need_never_changes_eligibility()
        => Prop.ForAll(AdultGen().ToArbitrary(), MetByGen().ToArbitrary(), (a, metBy) =>
            Eligible(a) == Eligible(a.WithFindings(a.Findings.Select(f => f.WithMetBy(metBy)).ToArray())));

    // P8: ordinary residence and finances never change eligibility (ss.13, 18).
    [Property]
    public Property Residence_and_finances_never_change_eligibility()
        => Prop.ForAll(AdultGen().ToArbitrary(), a => Eligible(a) == Eligible(a.WithCircumstances(null)));

    // Eligible is not "must meet": a duty needs eligibility, residence here and a charging condition (s.18(1)).
    [Property]
    public Property A_duty_only_ever_follows_eligibility_and_residence_in_the_area()
        => Prop.ForAll(AdultGen().ToArbitrary(), a =>
        {
            var d = Determine(a);
            return !d.MeetingNeeds.IsDuty || (d.IsEligible && a.Circumstances!.OrdinaryResidence.SatisfiesDuty && a.Circumstances.FinancialPosition != FinancialPosition.NotYetAssessed);
        });

    // P11: JSON round trip is the identity (SmartEnums by code).
    [Property]
    public Property Json_round_trip_is_identity()
        => Prop.ForAll(AdultGen().ToArbitrary(), CarerGen().ToArbitrary(), (a, c) =>
            a.Equals(EligibilityAssessmentJson.Read(EligibilityAssessmentJson.Write(a)))
            && c.Equals(EligibilityAssessmentJson.Read(EligibilityAssessmentJson.Write(c)))
            && a.Equals(CareDomainJson.Deserialize<AdultEligibilityAssessment>(CareDomainJson.Serialize(a))));
}
