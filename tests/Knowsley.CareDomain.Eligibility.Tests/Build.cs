using System.Collections.Generic;
using System.Linq;
using Knowsley.CareDomain.Eligibility.Adults;
using Knowsley.CareDomain.Eligibility.Carers;
using Knowsley.CareDomain.Eligibility.Determination;
using Knowsley.CareDomain.Eligibility.Outcomes;
using Knowsley.CareDomain.Eligibility.Wellbeing;
using NodaTime;

namespace Knowsley.CareDomain.Eligibility.Tests;

/// <summary>Small builders for the cases: a valid assessment with only the parts a test is about changed.</summary>
internal static class Build
{
    internal static readonly LocalDate Date = new(2025, 3, 31);
    internal static readonly LocalDate PeriodStart = new(2025, 1, 6);
    internal static readonly LocalDate PeriodEnd = new(2025, 3, 28);

    internal static OutcomeFinding Unmet(SpecifiedOutcome outcome, NeedMetBy? metBy = null, params UnableToAchieveReason[] reasons)
        => new(outcome, achieved: false, reasons.Length == 0 ? new[] { UnableToAchieveReason.WithoutAssistance } : reasons, $"Observed: {outcome.Code}", metBy);

    internal static OutcomeFinding Met(SpecifiedOutcome outcome) => new(outcome, achieved: true, evidence: $"Manages {outcome.Code} independently");

    internal static CarerOutcomeFinding CarerUnmet(CarerOutcome outcome, params UnableToAchieveReason[] reasons)
        => new(outcome, achieved: false, reasons.Length == 0 ? new[] { UnableToAchieveReason.WithoutAssistance } : reasons, $"Observed: {outcome.Code}");

    internal static CarerOutcomeFinding CarerMet(CarerOutcome outcome) => new(outcome, achieved: true, evidence: $"Manages {outcome.Code}");

    internal static SignificantImpactFinding Impact(bool significant = true)
        => significant
            ? new SignificantImpactFinding(true, new[] { WellbeingArea.PersonalDignity, WellbeingArea.HealthAndEmotionalWellbeing }, "Unable to wash or eat properly; weight loss and distress.", ImpactWay.Single)
            : new SignificantImpactFinding(false, null, "Manages with small adjustments; no significant effect on any area of wellbeing.");

    internal static ConditionFinding Impairment(bool met = true)
        => new(met, met ? "Parkinson's disease diagnosed 2019; tremor and rigidity." : "Needs arise from a housing problem, not from an impairment or illness.");

    internal static AdultEligibilityAssessment Adult(
        IEnumerable<OutcomeFinding>? findings = null,
        bool impairment = true,
        bool significant = true,
        MeetingNeedsCircumstances? circumstances = null,
        LocalDate? date = null,
        AdultAssessmentKind? kind = null)
        => new(
            "NA-1001",
            "P-1001",
            date ?? Date,
            PeriodStart,
            PeriodEnd,
            Impairment(impairment),
            (findings ?? new[] { Unmet(SpecifiedOutcome.Nutrition), Unmet(SpecifiedOutcome.PersonalHygiene) }).ToArray(),
            Impact(significant),
            kind,
            "Alex Example",
            circumstances);

    internal static CarerEligibilityAssessment Carer(
        IEnumerable<CarerOutcomeFinding>? findings = null,
        HealthDeterioration? health = null,
        bool necessaryCare = true,
        bool significant = true,
        CarerMeetingNeedsCircumstances? circumstances = null,
        CarerAssessmentKind? kind = null)
        => new(
            "CA-2001",
            "P-2001",
            "P-1001",
            Date,
            PeriodStart,
            PeriodEnd,
            new ConditionFinding(necessaryCare, necessaryCare ? "Provides personal care twice daily that the adult cannot do." : "The adult can do these tasks; the help given is not necessary care."),
            health,
            (findings ?? new[] { CarerUnmet(CarerOutcome.WorkTrainingEducationVolunteering) }).ToArray(),
            Impact(significant),
            health is not null && health.Applies ? "GP letter: exhaustion and raised blood pressure" : null,
            kind,
            "Sam Example",
            circumstances);

    internal static EligibilityDetermination Determine(EligibilityAssessment assessment)
        => EligibilityDeterminer.Determine(assessment, EligibilityParameters.Statutory);

    internal static MeetingNeedsCircumstances InAreaAtOrBelowLimit()
        => new(OrdinaryResidence.InArea, FinancialPosition.AtOrBelowLimit);
}
