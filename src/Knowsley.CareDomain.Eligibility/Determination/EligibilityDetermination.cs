using System.Collections.Generic;
using System.Linq;
using Knowsley.CareDomain.Eligibility.Adults;
using Knowsley.CareDomain.Eligibility.Carers;
using Knowsley.CareDomain.Eligibility.Letters;
using Knowsley.CareDomain.Eligibility.Wellbeing;
using Knowsley.CareDomain.Explanations;
using NodaTime;

namespace Knowsley.CareDomain.Eligibility.Determination;

/// <summary>
/// The result of an eligibility determination (Care Act 2014 s.13(1); SI 2015/313 reg. 2 or 3): eligible or not, each
/// condition met or not with its reasons, every outcome as found, the eligible needs, the duty or power to meet them
/// (ss.18–20), the period considered, and the explanation with a citation for every step.
/// </summary>
/// <remarks>
/// Made by <see cref="EligibilityDeterminer"/>; the same findings always give the same determination, explanation and
/// letter. <see cref="ToLetterMarkdown"/> gives the written record with reasons that s.13(2) requires (and, when no need is
/// eligible, the advice and information of s.13(5)).
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class EligibilityDetermination
{
    internal EligibilityDetermination(
        EligibilityAssessment assessment,
        bool isEligible,
        IReadOnlyList<ConditionResult> conditions,
        IReadOnlyList<OutcomeResult> outcomes,
        IReadOnlyList<OutcomeResult> eligibleNeeds,
        MeetingNeedsDecision meetingNeeds,
        IReadOnlyList<string> notes,
        Explanation explanation)
    {
        Subject = assessment.Subject;
        AssessmentReference = assessment.AssessmentReference;
        var adult = assessment as AdultEligibilityAssessment;
        var carer = assessment as CarerEligibilityAssessment;
        AdultAssessmentKind = adult?.Kind;
        CarerAssessmentKind = carer?.Kind;
        AssessmentKind = adult?.Kind.DisplayName ?? carer?.Kind.DisplayName ?? string.Empty;
        AssessmentKindCode = adult?.Kind.Code ?? carer?.Kind.Code ?? string.Empty;
        CarerHealth = carer?.HealthDeterioration;
        PersonReference = assessment.PersonReference;
        PersonName = assessment.PersonName;
        DeterminationDate = assessment.DeterminationDate;
        PeriodStart = assessment.PeriodStart;
        PeriodEnd = assessment.PeriodEnd;
        IsTransition = assessment.IsTransition;
        IsEligible = isEligible;
        Conditions = conditions;
        Outcomes = outcomes;
        EligibleNeeds = eligibleNeeds;
        WellbeingAreasAffected = assessment.SignificantImpact.Areas.Distinct().OrderBy(a => a.DeclarationOrder).ToArray();
        SignificantImpactReasons = assessment.SignificantImpact.Reasons;
        SignificantImpactWay = assessment.SignificantImpact.Way;
        MeetingNeeds = meetingNeeds;
        Notes = notes;
        Explanation = explanation;
    }

    /// <summary>Gets whose needs were determined.</summary>
    public EligibilitySubject Subject { get; }

    /// <summary>Gets the reference of the assessment the determination is based on (s.13(1)).</summary>
    public string AssessmentReference { get; }

    /// <summary>Gets the kind of assessment, in words (the display name of <see cref="AdultAssessmentKind"/> or <see cref="CarerAssessmentKind"/>).</summary>
    public string AssessmentKind { get; }

    /// <summary>Gets the code of the kind of assessment, for example <c>needs-assessment</c> or <c>carers-assessment</c> (Care Act 2014 s.13(1): the determination is made on the basis of that assessment).</summary>
    public string AssessmentKindCode { get; }

    /// <summary>Gets the kind of assessment for an adult: a needs assessment (s.9) or a child's needs assessment in transition (s.58); null for a carer.</summary>
    public AdultAssessmentKind? AdultAssessmentKind { get; }

    /// <summary>Gets the kind of assessment for a carer: a carer's assessment (s.10), a young carer's (s.63) or a child's carer's (s.60) assessment in transition; null for an adult.</summary>
    public CarerAssessmentKind? CarerAssessmentKind { get; }

    /// <summary>Gets the council's reference for the person.</summary>
    public string PersonReference { get; }

    /// <summary>Gets the person's name, if given.</summary>
    public string? PersonName { get; }

    /// <summary>Gets the date of the determination.</summary>
    public LocalDate DeterminationDate { get; }

    /// <summary>Gets the first day of the period considered (reg. 2(4), reg. 3(4)).</summary>
    public LocalDate PeriodStart { get; }

    /// <summary>Gets the last day of the period considered (inclusive).</summary>
    public LocalDate PeriodEnd { get; }

    /// <summary>Gets a value indicating whether this was a transition assessment (the result is "likely to be eligible" after 18).</summary>
    public bool IsTransition { get; }

    /// <summary>Gets a value indicating whether the needs meet the eligibility criteria: all three conditions are met.</summary>
    public bool IsEligible { get; }

    /// <summary>Gets the three conditions, in the regulation's order, each met or not with its reasons.</summary>
    public IReadOnlyList<ConditionResult> Conditions { get; }

    /// <summary>Gets every outcome of the list in the regulation's order (and, for a carer, the health line first).</summary>
    public IReadOnlyList<OutcomeResult> Outcomes { get; }

    /// <summary>Gets the eligible needs: the outcomes the person is unable to achieve (and the carer's health line) when eligible; empty otherwise.</summary>
    public IReadOnlyList<OutcomeResult> EligibleNeeds { get; }

    /// <summary>Gets the wellbeing areas recorded as affected (s.1(2)), in the order of the Act.</summary>
    public IReadOnlyList<WellbeingArea> WellbeingAreasAffected { get; }

    /// <summary>Gets the reasons recorded for the significant-impact finding.</summary>
    public string SignificantImpactReasons { get; }

    /// <summary>
    /// Gets how the significant impact arises, as recorded (single, cumulative or domino; CSSG ch. 6, significant impact,
    /// as explained by SCIE), or null when not recorded. Recorded only; it never changes condition 3 (SI 2015/313
    /// reg. 2(1)(c), reg. 3(1)(c)).
    /// </summary>
    public ImpactWay? SignificantImpactWay { get; }

    /// <summary>
    /// Gets the carer's health-deterioration finding (SI 2015/313 reg. 3(2)(a)): whether the carer's physical or mental
    /// health is deteriorating, is at risk of deteriorating, or neither (<see cref="HealthDeterioration.None"/>); null for
    /// an adult's determination. Either positive finding meets reg. 3(1)(b) on its own.
    /// </summary>
    public HealthDeterioration? CarerHealth { get; }

    /// <summary>Gets the duty or power to meet the needs.</summary>
    public MeetingNeedsDecision MeetingNeeds { get; }

    /// <summary>Gets further points for the record (fluctuating needs, dated rules).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Gets the explanation: each step with its citation.</summary>
    public Explanation Explanation { get; }

    /// <summary>Gets the number of outcomes the person is unable to achieve.</summary>
    public int UnmetOutcomeCount => Outcomes.Count(o => o.UnableToAchieve && o.Code != HealthLineCode);

    internal const string HealthLineCode = "health-deterioration";

    /// <summary>Renders the decision letter: the written record of the determination and the reasons for it (s.13(2)).</summary>
    /// <param name="options">The council's name and contact details; defaults when null.</param>
    /// <returns>The letter as Markdown.</returns>
    public string ToLetterMarkdown(DecisionLetterOptions? options = null) => DecisionLetter.ToMarkdown(this, options ?? DecisionLetterOptions.Default);
}
