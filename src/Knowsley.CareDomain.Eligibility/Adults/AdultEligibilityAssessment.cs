using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.Eligibility.Determination;
using Knowsley.CareDomain.Eligibility.Outcomes;
using Knowsley.CareDomain.Eligibility.Wellbeing;
using Knowsley.CareDomain.Validation;
using NodaTime;

namespace Knowsley.CareDomain.Eligibility.Adults;

/// <summary>
/// The findings an adult's eligibility determination is made from (Care and Support (Eligibility Criteria) Regulations
/// 2015, SI 2015/313 reg. 2): the impairment-or-illness finding (reg. 2(1)(a)), a finding per specified outcome considered
/// (reg. 2(2)–(3)), the significant-impact finding (reg. 2(1)(c)), the period considered (reg. 2(4)) and, optionally, the
/// circumstances that decide the duty or power to meet eligible needs (Care Act 2014 ss.18–19).
/// </summary>
/// <remarks>
/// <para>The constructor checks every field and throws one <see cref="DomainValidationException"/> listing every problem
/// with its path, for example <c>findings[2].reasons</c> for an outcome recorded as achieved with a way of being unable.
/// Outcomes without a finding are treated as not found to be unmet. Findings may be given in any order; the determination
/// presents them in the order of reg. 2(2).</para>
/// <para>Unknown JSON properties are rejected, so a carer-only field such as <c>healthDeterioration</c> on an adult is an error.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class AdultEligibilityAssessment : EligibilityAssessment, IEquatable<AdultEligibilityAssessment>
{
    /// <summary>Initializes and validates an adult's assessment findings.</summary>
    /// <param name="assessmentReference">The reference of the needs assessment the determination is based on (s.13(1)).</param>
    /// <param name="personReference">The council's reference for the adult.</param>
    /// <param name="determinationDate">The date of the determination.</param>
    /// <param name="periodStart">The first day of the period over which needs were considered (reg. 2(4)).</param>
    /// <param name="periodEnd">The last day of that period (inclusive); not after the determination date.</param>
    /// <param name="impairmentOrIllness">Whether the needs arise from or are related to a physical or mental impairment or illness (reg. 2(1)(a)).</param>
    /// <param name="findings">A finding per outcome considered (reg. 2(2)); at most one per outcome.</param>
    /// <param name="significantImpact">Whether there is, or is likely to be, a significant impact on wellbeing (reg. 2(1)(c)).</param>
    /// <param name="kind">The assessment the determination is based on; a needs assessment (s.9) when null.</param>
    /// <param name="personName">The adult's name for the letter, if wanted.</param>
    /// <param name="circumstances">Ordinary residence and charging conditions for the duty or power to meet needs; unknown when null.</param>
    /// <exception cref="DomainValidationException">One or more fields are missing, contradictory or invalid.</exception>
    public AdultEligibilityAssessment(
        string assessmentReference,
        string personReference,
        LocalDate determinationDate,
        LocalDate periodStart,
        LocalDate periodEnd,
        ConditionFinding impairmentOrIllness,
        IReadOnlyList<OutcomeFinding>? findings,
        SignificantImpactFinding significantImpact,
        AdultAssessmentKind? kind = null,
        string? personName = null,
        MeetingNeedsCircumstances? circumstances = null)
        : base(assessmentReference, personReference, personName, determinationDate, periodStart, periodEnd, significantImpact)
    {
        ImpairmentOrIllness = impairmentOrIllness;
        Findings = findings?.ToArray() ?? Array.Empty<OutcomeFinding>();
        Kind = kind ?? AdultAssessmentKind.NeedsAssessment;
        Circumstances = circumstances;
        var errors = new ValidationErrors();
        ValidateCommon(errors);
        FindingChecks.ValidateCondition(errors, ImpairmentOrIllness, "impairmentOrIllness", "whether the needs arise from or are related to a physical or mental impairment or illness (SI 2015/313 reg. 2(1)(a))");
        ValidateFindings(errors);
        errors.ThrowIfAny();
    }

    /// <inheritdoc />
    public override EligibilitySubject Subject => EligibilitySubject.Adult;

    /// <summary>Gets the assessment the determination is based on.</summary>
    public AdultAssessmentKind Kind { get; }

    /// <summary>Gets the finding on whether the needs arise from or are related to a physical or mental impairment or illness (reg. 2(1)(a)).</summary>
    public ConditionFinding ImpairmentOrIllness { get; }

    /// <summary>Gets the outcome findings, in the order given.</summary>
    public IReadOnlyList<OutcomeFinding> Findings { get; }

    /// <summary>Gets the circumstances that decide the duty or power to meet eligible needs, if known.</summary>
    public MeetingNeedsCircumstances? Circumstances { get; }

    /// <inheritdoc />
    [JsonIgnore]
    public override bool IsTransition => Kind.IsTransition;

    /// <summary>Gets the findings of outcomes the adult is unable to achieve, in the order of reg. 2(2).</summary>
    [JsonIgnore]
    public IReadOnlyList<OutcomeFinding> UnmetOutcomes => Findings.Where(f => !f.Achieved).OrderBy(f => f.Outcome.DeclarationOrder).ToArray();

    /// <summary>Returns a copy with other findings (for example with one more outcome).</summary>
    /// <param name="findings">The new findings.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="DomainValidationException">The new findings are invalid.</exception>
    public AdultEligibilityAssessment WithFindings(IReadOnlyList<OutcomeFinding> findings)
        => new(AssessmentReference, PersonReference, DeterminationDate, PeriodStart, PeriodEnd, ImpairmentOrIllness, findings, SignificantImpact, Kind, PersonName, Circumstances);

    /// <summary>Returns a copy with another impairment-or-illness finding.</summary>
    /// <param name="impairmentOrIllness">The new finding.</param>
    /// <returns>The copy.</returns>
    public AdultEligibilityAssessment WithImpairmentOrIllness(ConditionFinding impairmentOrIllness)
        => new(AssessmentReference, PersonReference, DeterminationDate, PeriodStart, PeriodEnd, impairmentOrIllness, Findings, SignificantImpact, Kind, PersonName, Circumstances);

    /// <summary>Returns a copy with another significant-impact finding.</summary>
    /// <param name="significantImpact">The new finding.</param>
    /// <returns>The copy.</returns>
    public AdultEligibilityAssessment WithSignificantImpact(SignificantImpactFinding significantImpact)
        => new(AssessmentReference, PersonReference, DeterminationDate, PeriodStart, PeriodEnd, ImpairmentOrIllness, Findings, significantImpact, Kind, PersonName, Circumstances);

    /// <summary>Returns a copy with other circumstances for the duty or power to meet needs.</summary>
    /// <param name="circumstances">The new circumstances.</param>
    /// <returns>The copy.</returns>
    public AdultEligibilityAssessment WithCircumstances(MeetingNeedsCircumstances? circumstances)
        => new(AssessmentReference, PersonReference, DeterminationDate, PeriodStart, PeriodEnd, ImpairmentOrIllness, Findings, SignificantImpact, Kind, PersonName, circumstances);

    /// <inheritdoc />
    public bool Equals(AdultEligibilityAssessment? other)
        => other is not null && CommonEquals(other)
           && Equals(Kind, other.Kind) && Equals(ImpairmentOrIllness, other.ImpairmentOrIllness)
           && Findings.SequenceEqual(other.Findings) && Equals(Circumstances, other.Circumstances);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AdultEligibilityAssessment);

    /// <inheritdoc />
    public override int GetHashCode() => CommonHashCode();

    private void ValidateFindings(ValidationErrors errors)
        => FindingChecks.ValidateFindings<SpecifiedOutcome>(errors, Findings, carer: false, PeriodStart, PeriodEnd, PeriodIsValid);
}
