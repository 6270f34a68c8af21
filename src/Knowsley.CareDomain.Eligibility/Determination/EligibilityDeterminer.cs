using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Knowsley.CareDomain.Eligibility.Adults;
using Knowsley.CareDomain.Eligibility.Carers;
using Knowsley.CareDomain.Eligibility.Outcomes;
using Knowsley.CareDomain.Explanations;
using Knowsley.CareDomain.Parameters;
using Knowsley.CareDomain.Validation;

namespace Knowsley.CareDomain.Eligibility.Determination;

/// <summary>
/// Makes the eligibility determination (Care Act 2014 s.13(1)) from an assessment's findings: the three conditions of
/// SI 2015/313 reg. 2(1) for adults or reg. 3(1) for carers, then the duty or power to meet the eligible needs (ss.18–20).
/// </summary>
/// <remarks>
/// <para>The determiner applies the regulations to the practitioner's findings; it never makes a finding itself. In
/// particular significant impact is recorded, never inferred, and fluctuating needs are judged by the practitioner with the
/// dated episodes shown as evidence (reg. 2(4): no arithmetic threshold is applied).</para>
/// <para>Eligibility is determined as if no carer were meeting the needs; who meets each need, ordinary residence and the
/// financial position change only the duty or power result.</para>
/// </remarks>
/// <threadsafety>This type is stateless; its methods are pure and safe to call from any thread.</threadsafety>
public static class EligibilityDeterminer
{
    /// <summary>Determines eligibility with the rules and council policy in force on the determination date.</summary>
    /// <param name="assessment">The findings (an <see cref="AdultEligibilityAssessment"/> or a <see cref="CarerEligibilityAssessment"/>).</param>
    /// <param name="parameters">The parameter set: <see cref="EligibilityParameters.Statutory"/>, with any council overlay.</param>
    /// <returns>The determination.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ParameterNotAvailableException">A parameter has no value on the determination date.</exception>
    /// <exception cref="DomainValidationException">The findings break council policy (for example a missing evidence note).</exception>
    public static EligibilityDetermination Determine(EligibilityAssessment assessment, ParameterSet parameters)
    {
        if (assessment is null)
        {
            throw new ArgumentNullException(nameof(assessment));
        }

        return Determine(assessment, EligibilityRules.For(parameters, assessment.DeterminationDate));
    }

    /// <summary>Determines eligibility with rules already read for the date.</summary>
    /// <param name="assessment">The findings.</param>
    /// <param name="rules">The rules and council policy.</param>
    /// <returns>The determination.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DomainValidationException">The findings break council policy (for example a missing evidence note).</exception>
    public static EligibilityDetermination Determine(EligibilityAssessment assessment, EligibilityRules rules)
    {
        if (assessment is null)
        {
            throw new ArgumentNullException(nameof(assessment));
        }

        if (rules is null)
        {
            throw new ArgumentNullException(nameof(rules));
        }

        var problems = PolicyProblems(assessment, rules);
        if (problems.Count > 0)
        {
            throw new DomainValidationException(problems);
        }

        return assessment switch
        {
            AdultEligibilityAssessment adult => DetermineAdult(adult, rules),
            CarerEligibilityAssessment carer => DetermineCarer(carer, rules),
            _ => throw new ArgumentException($"Unsupported assessment type {assessment.GetType().Name}.", nameof(assessment)),
        };
    }

    /// <summary>Lists the findings that break council recording policy, each naming its field (rule <c>evidence-required</c>).</summary>
    /// <param name="assessment">The findings.</param>
    /// <param name="rules">The rules and council policy.</param>
    /// <returns>The problems; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<ValidationError> PolicyProblems(EligibilityAssessment assessment, EligibilityRules rules)
    {
        if (assessment is null)
        {
            throw new ArgumentNullException(nameof(assessment));
        }

        if (rules is null)
        {
            throw new ArgumentNullException(nameof(rules));
        }

        var errors = new ValidationErrors();
        if (!rules.EvidenceNoteRequired)
        {
            return errors.ToArray();
        }

        var policy = $"council policy ({EligibilityParameters.EvidenceNoteRequired}) requires an evidence note";
        switch (assessment)
        {
            case AdultEligibilityAssessment adult:
                FindingChecks.RequireEvidence<SpecifiedOutcome>(errors, adult.Findings, policy);
                break;
            case CarerEligibilityAssessment carer:
                FindingChecks.RequireEvidence<CarerOutcome>(errors, carer.Findings, policy);

                errors.Require(!carer.HealthDeterioration.Applies || carer.HealthEvidence is not null, "healthEvidence", "evidence-required",
                    $"the health-deterioration finding '{carer.HealthDeterioration.Code}': {policy}");
                break;
        }

        return errors.ToArray();
    }

    private static EligibilityDetermination DetermineAdult(AdultEligibilityAssessment a, EligibilityRules rules)
    {
        var outcomes = FindingChecks.OutcomeLines<SpecifiedOutcome>(a.Findings, o => o.Citation);
        var unmet = outcomes.Where(o => o.UnableToAchieve).ToArray();
        var total = SpecifiedOutcome.Items.Count;

        var c1 = new ConditionResult(EligibilityCondition.ImpairmentOrIllness, a.ImpairmentOrIllness.Met, a.ImpairmentOrIllness.Reasons);
        var c2Met = unmet.Length >= 2;
        var c2 = new ConditionResult(
            EligibilityCondition.UnableToAchieveOutcomes,
            c2Met,
            unmet.Length == 0
                ? $"The adult was not found unable to achieve any of the {total} specified outcomes; two or more are needed."
                : $"The adult is unable to achieve {Count(unmet.Length, "outcome")} of the {total} specified outcomes ({string.Join("; ", unmet.Select(u => LowerFirst(u.Description)))}); {(c2Met ? "two or more are needed, so this condition is met" : "two or more are needed")}.");
        var c3 = ImpactCondition(EligibilityCondition.AdultSignificantImpact, a, "the adult's");
        var eligible = c1.Met && c2.Met && c3.Met;
        var eligibleNeeds = eligible ? unmet : Array.Empty<OutcomeResult>();
        var kindText = a.Kind.DisplayName;
        var notes = FluctuationNotes(a, outcomes, "reg. 2(4)");
        var meeting = AdultMeetingNeeds(a, rules, eligible, eligibleNeeds);

        var builder = new ExplanationBuilder(a.IsTransition ? "Eligibility determination (adult, transition assessment)" : "Eligibility determination (adult needing care and support)");
        AddCommonLines(builder, a, kindText, "reg. 2(4)", notes);
        AddCondition(builder, "Condition 1", c1, null);
        AddCondition(builder, "Condition 2", c2, g => AddOutcomeLines(g, outcomes, carerHealth: null));
        AddCondition(builder, "Condition 3", c3, g => AddAreaLines(g, a));
        AddDecision(builder, a, eligible, EligibilityCitations.Regulations("reg. 2(1)"), "two or more outcomes");
        AddMeetingNeeds(builder, meeting, carer: false);
        return new EligibilityDetermination(a, eligible, new[] { c1, c2, c3 }, outcomes, eligibleNeeds, meeting, notes, builder.Build());
    }

    private static EligibilityDetermination DetermineCarer(CarerEligibilityAssessment a, EligibilityRules rules)
    {
        var health = new OutcomeResult(
            EligibilityDetermination.HealthLineCode,
            "The carer's physical or mental health is, or is at risk of, deteriorating",
            EligibilityCitations.Regulations("reg. 3(2)(a)"),
            recorded: true,
            unableToAchieve: a.HealthDeterioration.Applies,
            Array.Empty<UnableToAchieveReason>(),
            a.HealthEvidence,
            NeedMetBy.Unmet,
            Array.Empty<NeedEpisode>());
        var outcomeLines = FindingChecks.OutcomeLines<CarerOutcome>(a.Findings, o => o.Citation);
        var outcomes = new[] { health }.Concat(outcomeLines).ToArray();
        var unmet = outcomeLines.Where(o => o.UnableToAchieve).ToArray();
        var total = CarerOutcome.Items.Count;

        var c1 = new ConditionResult(EligibilityCondition.NecessaryCare, a.NecessaryCare.Met, a.NecessaryCare.Reasons);
        var healthText = a.HealthDeterioration.Applies
            ? $"{a.HealthDeterioration.DisplayName} (reg. 3(2)(a)), which is enough on its own"
            : "The carer's health was not found to be deteriorating or at risk of deteriorating (reg. 3(2)(a))";
        var outcomesText = unmet.Length == 0
            ? $"the carer was not found unable to achieve any of the {total} carer outcomes (reg. 3(2)(b))"
            : $"the carer is unable to achieve {Count(unmet.Length, "outcome")} of the {total} carer outcomes ({string.Join("; ", unmet.Select(u => LowerFirst(u.Description)))}); one is enough (reg. 3(2)(b))";
        var c2Met = a.HealthDeterioration.Applies || unmet.Length >= 1;
        var c2 = new ConditionResult(EligibilityCondition.CarerCircumstances, c2Met, $"{healthText}; {outcomesText}.");
        var c3 = ImpactCondition(EligibilityCondition.CarerSignificantImpact, a, "the carer's");
        var eligible = c1.Met && c2.Met && c3.Met;
        var eligibleNeeds = eligible ? outcomes.Where(o => o.UnableToAchieve).ToArray() : Array.Empty<OutcomeResult>();
        var kindText = a.Kind.DisplayName;
        var notes = FluctuationNotes(a, outcomeLines, "reg. 3(4)");
        var meeting = CarerMeetingNeeds(a, rules, eligible, eligibleNeeds);

        var builder = new ExplanationBuilder(a.IsTransition ? "Eligibility determination (carer, transition assessment)" : "Eligibility determination (carer)");
        AddCommonLines(builder, a, kindText, "reg. 3(4)", notes);
        builder.AddValue("Adult needing care", a.AdultNeedingCareReference, EligibilityCitations.CareAct("s.10(1)"),
            "A carer can be eligible whether or not the adult needing care has eligible needs; that adult's determination is not an input.");
        AddCondition(builder, "Condition 1", c1, null);
        AddCondition(builder, "Condition 2", c2, g => AddOutcomeLines(g, outcomes, a.HealthDeterioration));
        AddCondition(builder, "Condition 3", c3, g => AddAreaLines(g, a));
        AddDecision(builder, a, eligible, EligibilityCitations.Regulations("reg. 3(1)"), "one outcome or the health circumstance");
        AddMeetingNeeds(builder, meeting, carer: true);
        return new EligibilityDetermination(a, eligible, new[] { c1, c2, c3 }, outcomes, eligibleNeeds, meeting, notes, builder.Build());
    }

    private static ConditionResult ImpactCondition(EligibilityCondition condition, EligibilityAssessment a, string whose)
    {
        var impact = a.SignificantImpact;
        var areas = impact.Areas.Distinct().OrderBy(x => x.DeclarationOrder).Select(x => LowerFirst(x.DisplayName)).ToArray();
        var way = impact.Way is null ? string.Empty : $" ({LowerFirst(impact.Way.DisplayName)})";
        var text = impact.Significant
            ? $"There is, or is likely to be, a significant impact on {whose} wellbeing{way}, in: {string.Join("; ", areas)}. {impact.Reasons}"
            : $"No significant impact on {whose} wellbeing was found. {impact.Reasons}";
        return new ConditionResult(condition, impact.Significant, text.Trim());
    }

    private static MeetingNeedsDecision AdultMeetingNeeds(AdultEligibilityAssessment a, EligibilityRules rules, bool eligible, IReadOnlyList<OutcomeResult> eligibleNeeds)
    {
        var none = Array.Empty<OutcomeResult>();
        if (a.IsTransition)
        {
            return new MeetingNeedsDecision(MeetingNeedsBasis.Transition,
                eligible
                    ? "The needs are likely to meet the eligibility criteria once the young person turns 18. This transition assessment gives that view for planning; no duty to meet the needs arises from it (Care Act 2014 ss.58–59)."
                    : "The needs are not likely to meet the eligibility criteria once the young person turns 18. This transition assessment gives that view for planning; the council must still give advice and information about what can be done to meet or reduce the needs (Care Act 2014 ss.58–59).",
                eligibleNeeds, none, Array.Empty<string>());
        }

        if (!eligible)
        {
            return new MeetingNeedsDecision(MeetingNeedsBasis.NotEligible,
                "None of the needs meets the eligibility criteria. The council must give written advice and information about what can be done to meet or reduce the needs and to prevent or delay needs developing (Care Act 2014 s.13(5)). It may still meet needs under s.19(1).",
                none, none, Array.Empty<string>());
        }

        var toMeet = eligibleNeeds.Where(n => n.MetBy != NeedMetBy.Carer).ToArray();
        var byCarer = eligibleNeeds.Where(n => n.MetBy == NeedMetBy.Carer).ToArray();
        var notes = new List<string>
        {
            "The council must consider what could be done to meet the eligible needs and find out whether the adult wants it to meet them (Care Act 2014 s.13(3)(a)-(b)).",
        };
        if (byCarer.Length > 0)
        {
            notes.Add($"{Count(byCarer.Length, "eligible need")} ({string.Join("; ", byCarer.Select(n => LowerFirst(n.Description)))}) {(byCarer.Length == 1 ? "is" : "are")} being met by a carer: the duty does not extend to {(byCarer.Length == 1 ? "it" : "them")} while the carer continues (s.18(7)). If the carer stops, or the adult does not want the carer to meet {(byCarer.Length == 1 ? "it" : "them")}, the plan must be revisited.");
        }

        var c = a.Circumstances ?? new MeetingNeedsCircumstances();
        MeetingNeedsDecision Decide(MeetingNeedsBasis basis, string reasons, params NoDutyReason[] why) => new(basis, reasons, toMeet, byCarer, notes, why);

        if (c.OrdinaryResidence == OrdinaryResidence.NotEstablished)
        {
            return c.FinancialPosition == FinancialPosition.NotYetAssessed
                ? Decide(MeetingNeedsBasis.Pending, "The needs are eligible. The council must establish whether the adult is ordinarily resident in its area (Care Act 2014 s.13(3)(c)) before the duty to meet them can be decided (s.18(1)(a)); a financial assessment is also needed (s.18(1), s.17).", NoDutyReason.OrdinaryResidenceNotEstablished, NoDutyReason.FinancialAssessmentNotDone)
                : Decide(MeetingNeedsBasis.Pending, "The needs are eligible. The council must establish whether the adult is ordinarily resident in its area (Care Act 2014 s.13(3)(c)) before the duty to meet them can be decided (s.18(1)(a)).", NoDutyReason.OrdinaryResidenceNotEstablished);
        }

        if (c.OrdinaryResidence == OrdinaryResidence.OtherArea)
        {
            notes.Add("The council must notify the council where the adult is ordinarily resident if it meets the needs under s.19(2); the charging conditions apply as for s.18.");
            return Decide(MeetingNeedsBasis.AdultPowerOtherArea, "The needs are eligible, but the adult is ordinarily resident in another council's area, so the s.18 duty is not owed by this council. It may meet the needs (Care Act 2014 s.19(2)).");
        }

        string residence = c.OrdinaryResidence == OrdinaryResidence.InArea ? "the adult is ordinarily resident in the council's area" : "the adult is present in the council's area with no settled residence";
        string? charging;
        if (c.FinancialPosition == FinancialPosition.NotYetAssessed)
        {
            return Decide(MeetingNeedsBasis.Pending, $"The needs are eligible and {residence}. A financial assessment is needed to decide whether there is a charge and, if so, whether condition 1, 2 or 3 of s.18 is met (Care Act 2014 s.18(1), s.17).", NoDutyReason.FinancialAssessmentNotDone);
        }
        else if (c.FinancialPosition == FinancialPosition.NoCharge)
        {
            charging = "there is no charge for meeting the needs (s.18(1)(c))";
        }
        else if (c.FinancialPosition == FinancialPosition.AtOrBelowLimit)
        {
            charging = "the adult's resources are at or below the financial limit (condition 1, s.18(2))";
        }
        else if (c.LacksCapacityAndNoOneToArrange)
        {
            charging = "the adult's resources are above the financial limit, but the adult lacks capacity to arrange the care and no one is authorised or in a position to arrange it (condition 3, s.18(4))";
        }
        else if (c.AsksCouncilToMeetNeeds && !(c.NeedsToBeMetInCareHome && rules.Condition2ExcludesCareHomes))
        {
            charging = "the adult's resources are above the financial limit, but the adult asks the council to meet the needs (condition 2, s.18(3)); the council may charge the full cost and an arrangement fee";
        }
        else if (c.AsksCouncilToMeetNeeds)
        {
            notes.Add($"Condition 2 does not cover accommodation in a care home ({rules.Condition2Citation}); the adult may arrange the place themselves, or the council may arrange it using its power.");
            return Decide(MeetingNeedsBasis.AdultPower, $"The needs are eligible and {residence}, but the adult's resources are above the financial limit and the needs are to be met in a care home, which condition 2 does not cover. There is no s.18 duty; the council may meet the needs (Care Act 2014 s.19(1)).", NoDutyReason.CareHomeOutsideCondition2);
        }
        else
        {
            notes.Add("The adult may ask the council to meet the needs; for care outside a care home that would meet condition 2 (s.18(3)) and give rise to the duty.");
            return Decide(MeetingNeedsBasis.AdultPower, $"The needs are eligible and {residence}, but the adult's resources are above the financial limit and the adult has not asked the council to meet the needs. There is no s.18 duty; the council may meet the needs (Care Act 2014 s.19(1)).", NoDutyReason.NotAskedCouncilToMeetNeeds);
        }

        if (rules.CoronavirusActSubstitutedDuty)
        {
            notes.Add($"On this date the s.18(1) duty was the one substituted by {rules.DutyCitation}: the council had to meet needs where necessary to avoid a breach of the adult's Convention rights; other eligible needs could be met under s.19.");
            return Decide(MeetingNeedsBasis.AdultDutyConventionRights, $"The needs are eligible, {residence} and {charging}. The council must meet the needs where that is necessary to avoid a breach of the adult's Convention rights (Care Act 2014 s.18(1) as substituted by the Coronavirus Act 2020 Sch. 12, 31 March 2020 to 16 July 2021).");
        }

        return Decide(MeetingNeedsBasis.AdultDuty, $"The needs are eligible, {residence} and {charging}, so the council must meet the eligible needs (Care Act 2014 s.18(1)){(byCarer.Length > 0 ? ", except those being met by a carer (s.18(7))" : string.Empty)}.");
    }

    private static MeetingNeedsDecision CarerMeetingNeeds(CarerEligibilityAssessment a, EligibilityRules rules, bool eligible, IReadOnlyList<OutcomeResult> eligibleNeeds)
    {
        var none = Array.Empty<OutcomeResult>();
        if (a.IsTransition)
        {
            return new MeetingNeedsDecision(MeetingNeedsBasis.Transition,
                eligible
                    ? "The carer's needs are likely to meet the eligibility criteria after the relevant 18th birthday. This transition assessment gives that view for planning; no duty under s.20 arises from it (Care Act 2014 ss.60–64)."
                    : "The carer's needs are not likely to meet the eligibility criteria after the relevant 18th birthday. This transition assessment gives that view for planning (Care Act 2014 ss.60–64).",
                eligibleNeeds, none, Array.Empty<string>());
        }

        if (!eligible)
        {
            return new MeetingNeedsDecision(MeetingNeedsBasis.NotEligible,
                "None of the carer's needs meets the eligibility criteria. The council must give written advice and information about what can be done to meet or reduce the needs and to prevent or delay needs developing (Care Act 2014 s.13(5)). It may still meet the carer's needs using its power under s.20.",
                none, none, Array.Empty<string>());
        }

        var notes = new List<string>
        {
            "The council must consider what could be done to meet the carer's eligible needs (Care Act 2014 s.13(4)(a)).",
            "Where the needs are met by providing care and support to the adult needing care (for example replacement care), that adult must agree and their own charging conditions apply (s.20(1)(c), (4)-(5)); the carer cannot be charged for it (s.14(3)).",
        };
        if (rules.CoronavirusActSubstitutedDuty)
        {
            notes.Add($"On this date the Coronavirus Act 2020 Sch. 12 modified the duties to meet needs ({rules.DutyCitation}); its effect on the carer's duty is not modelled here: check the point-in-time text of s.20.");
        }

        var c = a.Circumstances ?? new CarerMeetingNeedsCircumstances();
        MeetingNeedsDecision Decide(MeetingNeedsBasis basis, string reasons, params NoDutyReason[] why) => new(basis, reasons, eligibleNeeds, none, notes, why);
        if (c.AdultNeedingCareOrdinaryResidence == OrdinaryResidence.NotEstablished)
        {
            return c.FinancialPosition == FinancialPosition.NotYetAssessed
                ? Decide(MeetingNeedsBasis.Pending, "The carer's needs are eligible. The council must establish whether the adult needing care is ordinarily resident in its area (Care Act 2014 s.13(4)(b)) before the duty can be decided (s.20(1)(a)); if the council charges for support to carers, a financial assessment is also needed (s.20(1)(b)).", NoDutyReason.OrdinaryResidenceNotEstablished, NoDutyReason.FinancialAssessmentNotDone)
                : Decide(MeetingNeedsBasis.Pending, "The carer's needs are eligible. The council must establish whether the adult needing care is ordinarily resident in its area (Care Act 2014 s.13(4)(b)) before the duty can be decided (s.20(1)(a)).", NoDutyReason.OrdinaryResidenceNotEstablished);
        }

        if (c.AdultNeedingCareOrdinaryResidence == OrdinaryResidence.OtherArea)
        {
            return Decide(MeetingNeedsBasis.CarerOtherArea, "The carer's needs are eligible, but the adult needing care is ordinarily resident in another council's area, so the duty to meet them rests with that council (Care Act 2014 s.20(1)(a)).");
        }

        var residence = c.AdultNeedingCareOrdinaryResidence == OrdinaryResidence.InArea
            ? "the adult needing care is ordinarily resident in the council's area"
            : "the adult needing care is present in the council's area with no settled residence";
        string charging;
        if (c.FinancialPosition == FinancialPosition.NotYetAssessed)
        {
            return Decide(MeetingNeedsBasis.Pending, $"The carer's needs are eligible and {residence}. If the council charges for support to carers, a financial assessment is needed to decide whether condition 1 or 2 of s.20 is met (Care Act 2014 s.20(1)(b)).", NoDutyReason.FinancialAssessmentNotDone);
        }
        else if (c.FinancialPosition == FinancialPosition.NoCharge)
        {
            charging = "there is no charge for the support to the carer (s.20(1)(b))";
        }
        else if (c.FinancialPosition == FinancialPosition.AtOrBelowLimit)
        {
            charging = "the carer's resources are at or below the financial limit (condition 1, s.20(2))";
        }
        else if (c.AsksCouncilToMeetNeeds)
        {
            charging = "the carer's resources are above the financial limit, but the carer asks the council to meet the needs (condition 2, s.20(3))";
        }
        else
        {
            notes.Add("The carer may ask the council to meet the needs, which would meet condition 2 (s.20(3)).");
            return Decide(MeetingNeedsBasis.CarerPower, $"The carer's needs are eligible and {residence}, but the carer's resources are above the financial limit and the carer has not asked the council to meet the needs. There is no s.20(1) duty; the council may meet the needs using its power under s.20.", NoDutyReason.NotAskedCouncilToMeetNeeds);
        }

        return Decide(MeetingNeedsBasis.CarerDuty, $"The carer's needs are eligible, {residence} and {charging}, so the council must meet the carer's eligible needs for support (Care Act 2014 s.20(1)).");
    }

    private static IReadOnlyList<string> FluctuationNotes(EligibilityAssessment a, IReadOnlyList<OutcomeResult> outcomes, string provision)
    {
        var periodDays = a.PeriodConsidered.Length;
        var withEpisodes = outcomes.Where(o => o.Episodes.Count > 0).ToArray();
        var notes = new List<string>
        {
            $"Needs were considered over the period {EligibilityAssessment.Iso(a.PeriodStart)} to {EligibilityAssessment.Iso(a.PeriodEnd)} ({Count(periodDays, "day")}), not only on the day of assessment (SI 2015/313 {provision}).",
        };
        foreach (var o in withEpisodes)
        {
            var days = o.Episodes.Sum(e => e.Days);
            notes.Add($"{o.Description}: {Count(o.Episodes.Count, "dated episode")} covering {Count(days, "day")} of the {Count(periodDays, "day")} considered; the finding ({LowerFirst(o.FindingText)}) is the practitioner's judgement over the whole period, with the episodes as evidence.");
        }

        return notes;
    }

    private static void AddCommonLines(ExplanationBuilder builder, EligibilityAssessment a, string kindText, string periodProvision, IReadOnlyList<string> notes)
    {
        builder.AddValue("Assessment", $"{a.AssessmentReference} ({kindText})", EligibilityCitations.CareAct("s.13(1)"),
            "A determination can only be made on the basis of a needs or carer's assessment.");
        builder.AddValue("Determination date", EligibilityAssessment.Iso(a.DeterminationDate));
        builder.Group(
            "Period considered",
            g =>
            {
                foreach (var note in notes.Skip(1))
                {
                    g.AddValue("Fluctuating need", null, EligibilityCitations.Regulations(periodProvision), note);
                }
            },
            citation: EligibilityCitations.Regulations(periodProvision),
            note: notes[0]);
    }

    private static void AddCondition(ExplanationBuilder builder, string label, ConditionResult result, Action<ExplanationBuilder>? children)
        => builder.Group(
            $"{label}: {result.Condition.DisplayName}",
            g => children?.Invoke(g),
            citation: result.Condition.Citation,
            note: (result.Met ? "Met. " : "Not met. ") + result.Reasons);

    private static void AddOutcomeLines(ExplanationBuilder builder, IReadOnlyList<OutcomeResult> outcomes, HealthDeterioration? carerHealth)
    {
        var carer = carerHealth is not null;
        foreach (var o in outcomes)
        {
            var value = o.Code == EligibilityDetermination.HealthLineCode && carerHealth is not null
                ? carerHealth.DisplayName
                : !o.Recorded ? "Not identified" : o.UnableToAchieve ? "Unable" : "Achieved";
            var parts = new List<string>();
            if (o.Reasons.Count > 0)
            {
                parts.Add(string.Join("; ", o.Reasons.Select(r => $"{r.DisplayName} ({(carer ? r.CarerCitation?.Provision : r.AdultCitation.Provision)})")));
            }

            if (o.Evidence is not null)
            {
                parts.Add("Evidence: " + o.Evidence);
            }

            if (o.Recorded && o.UnableToAchieve && o.MetBy != NeedMetBy.Unmet)
            {
                parts.Add(o.MetBy == NeedMetBy.Carer
                    ? "Being met by a carer: it still counts, because eligibility is determined as if the carer were not meeting it (CSSG ch. 6)."
                    : "Being met by other support: it still counts.");
            }

            if (o.Episodes.Count > 0)
            {
                parts.Add("Episodes: " + string.Join(", ", o.Episodes.Select(e => e.ToString())));
            }

            builder.AddValue(o.Description, value, o.Citation, parts.Count == 0 ? null : string.Join(" ", parts));
        }
    }

    private static void AddAreaLines(ExplanationBuilder builder, EligibilityAssessment a)
    {
        foreach (var area in a.SignificantImpact.Areas.Distinct().OrderBy(x => x.DeclarationOrder))
        {
            builder.AddValue(area.DisplayName, "Affected", area.Citation);
        }
    }

    private static void AddDecision(ExplanationBuilder builder, EligibilityAssessment a, bool eligible, Citation citation, string needed)
    {
        var value = a.IsTransition
            ? (eligible ? "Likely to be eligible" : "Not likely to be eligible")
            : (eligible ? "Eligible" : "Not eligible");
        builder.AddValue("Decision", value, citation,
            eligible
                ? "All three conditions are met."
                : $"All three conditions must be met ({needed} for condition 2); at least one is not.");
    }

    private static void AddMeetingNeeds(ExplanationBuilder builder, MeetingNeedsDecision decision, bool carer)
        => builder.Group(
            "Meeting the needs",
            g =>
            {
                foreach (var n in decision.NeedsToMeet)
                {
                    g.AddValue(n.Description, decision.IsDuty ? "Must meet" : "May meet", n.Citation);
                }

                foreach (var n in decision.NeedsMetByCarer)
                {
                    g.AddValue(n.Description, "Met by carer", EligibilityCitations.CareAct("s.18(7)"), "Eligible, but outside the duty while the carer meets it.");
                }

                AddNoDutyReasons(g, decision, carer);
                foreach (var note in decision.Notes)
                {
                    g.AddValue("Note", null, null, note);
                }
            },
            citation: decision.Basis.Citation,
            note: $"{decision.Basis.DisplayName}. {decision.Reasons}");

    private static void AddNoDutyReasons(ExplanationBuilder builder, MeetingNeedsDecision decision, bool carer)
    {
        foreach (var reason in decision.NoDutyReasons)
        {
            builder.AddValue(reason.IsPending ? "Waiting on" : "No duty because", reason.DisplayName, carer ? reason.CarerCitation : reason.AdultCitation);
        }
    }

    private static string Count(int n, string noun) => string.Format(CultureInfo.InvariantCulture, "{0} {1}{2}", n, noun, n == 1 ? string.Empty : "s");

    private static string LowerFirst(string text)
        => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text.Substring(1);
}
