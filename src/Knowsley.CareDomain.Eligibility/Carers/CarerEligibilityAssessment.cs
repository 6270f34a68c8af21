using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.Eligibility.Determination;
using Knowsley.CareDomain.Eligibility.Outcomes;
using Knowsley.CareDomain.Eligibility.Wellbeing;
using Knowsley.CareDomain.Validation;
using NodaTime;

namespace Knowsley.CareDomain.Eligibility.Carers;

/// <summary>
/// The findings a carer's eligibility determination is made from (Care and Support (Eligibility Criteria) Regulations
/// 2015, SI 2015/313 reg. 3): the necessary-care finding (reg. 3(1)(a)), the health-deterioration finding (reg. 3(2)(a)), a
/// finding per carer outcome considered (reg. 3(2)(b), (3)), the significant-impact finding (reg. 3(1)(c)), the period
/// considered (reg. 3(4)) and, optionally, the circumstances that decide the duty or power to meet eligible needs (Care Act 2014 s.20).
/// </summary>
/// <remarks>
/// <para>A carer can be eligible whether or not the adult they care for has eligible needs, so nothing here depends on
/// the adult's determination; the adult needing care is identified by reference only. The constructor checks every
/// field and throws one <see cref="DomainValidationException"/> listing every problem with its path.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class CarerEligibilityAssessment : EligibilityAssessment, IEquatable<CarerEligibilityAssessment>
{
    /// <summary>Initializes and validates a carer's assessment findings.</summary>
    /// <param name="assessmentReference">The reference of the carer's assessment the determination is based on (s.13(1)).</param>
    /// <param name="personReference">The council's reference for the carer.</param>
    /// <param name="adultNeedingCareReference">The council's reference for the adult needing care.</param>
    /// <param name="determinationDate">The date of the determination.</param>
    /// <param name="periodStart">The first day of the period over which needs were considered (reg. 3(4)).</param>
    /// <param name="periodEnd">The last day of that period (inclusive); not after the determination date.</param>
    /// <param name="necessaryCare">Whether the needs arise as a consequence of providing necessary care for an adult (reg. 3(1)(a)).</param>
    /// <param name="healthDeterioration">Whether the carer's physical or mental health is, or is at risk of, deteriorating (reg. 3(2)(a)); none when null.</param>
    /// <param name="findings">A finding per carer outcome considered (reg. 3(2)(b)); at most one per outcome.</param>
    /// <param name="significantImpact">Whether there is, or is likely to be, a significant impact on the carer's wellbeing (reg. 3(1)(c)).</param>
    /// <param name="healthEvidence">The evidence for the health-deterioration finding.</param>
    /// <param name="kind">The assessment the determination is based on; a carer's assessment (s.10) when null.</param>
    /// <param name="personName">The carer's name for the letter, if wanted.</param>
    /// <param name="circumstances">Ordinary residence of the adult needing care and the carer's charging conditions; unknown when null.</param>
    /// <exception cref="DomainValidationException">One or more fields are missing, contradictory or invalid.</exception>
    public CarerEligibilityAssessment(
        string assessmentReference,
        string personReference,
        string adultNeedingCareReference,
        LocalDate determinationDate,
        LocalDate periodStart,
        LocalDate periodEnd,
        ConditionFinding necessaryCare,
        HealthDeterioration? healthDeterioration,
        IReadOnlyList<CarerOutcomeFinding>? findings,
        SignificantImpactFinding significantImpact,
        string? healthEvidence = null,
        CarerAssessmentKind? kind = null,
        string? personName = null,
        CarerMeetingNeedsCircumstances? circumstances = null)
        : base(assessmentReference, personReference, personName, determinationDate, periodStart, periodEnd, significantImpact)
    {
        AdultNeedingCareReference = adultNeedingCareReference?.Trim() ?? string.Empty;
        NecessaryCare = necessaryCare;
        HealthDeterioration = healthDeterioration ?? HealthDeterioration.None;
        HealthEvidence = string.IsNullOrWhiteSpace(healthEvidence) ? null : healthEvidence!.Trim();
        Findings = findings?.ToArray() ?? Array.Empty<CarerOutcomeFinding>();
        Kind = kind ?? CarerAssessmentKind.CarersAssessment;
        Circumstances = circumstances;
        var errors = new ValidationErrors();
        ValidateCommon(errors);
        errors.Require(AdultNeedingCareReference.Length > 0, "adultNeedingCareReference", "required",
            "a carer determination must identify the adult needing care (SI 2015/313 reg. 3(1)(a); Care Act 2014 s.13(4)(b))");
        FindingChecks.ValidateCondition(errors, NecessaryCare, "necessaryCare", "whether the needs arise as a consequence of providing necessary care for an adult (SI 2015/313 reg. 3(1)(a))");
        ValidateFindings(errors);
        errors.ThrowIfAny();
    }

    /// <inheritdoc />
    public override EligibilitySubject Subject => EligibilitySubject.Carer;

    /// <summary>Gets the assessment the determination is based on.</summary>
    public CarerAssessmentKind Kind { get; }

    /// <summary>Gets the council's reference for the adult needing care.</summary>
    public string AdultNeedingCareReference { get; }

    /// <summary>Gets the finding on whether the needs arise as a consequence of providing necessary care (reg. 3(1)(a)).</summary>
    public ConditionFinding NecessaryCare { get; }

    /// <summary>Gets the health-deterioration finding (reg. 3(2)(a)).</summary>
    public HealthDeterioration HealthDeterioration { get; }

    /// <summary>Gets the evidence for the health-deterioration finding, if recorded.</summary>
    public string? HealthEvidence { get; }

    /// <summary>Gets the carer outcome findings, in the order given.</summary>
    public IReadOnlyList<CarerOutcomeFinding> Findings { get; }

    /// <summary>Gets the circumstances that decide the duty or power to meet eligible needs, if known.</summary>
    public CarerMeetingNeedsCircumstances? Circumstances { get; }

    /// <inheritdoc />
    [JsonIgnore]
    public override bool IsTransition => Kind.IsTransition;

    /// <summary>Gets the findings of outcomes the carer is unable to achieve, in the order of reg. 3(2)(b).</summary>
    [JsonIgnore]
    public IReadOnlyList<CarerOutcomeFinding> UnmetOutcomes => Findings.Where(f => !f.Achieved).OrderBy(f => f.Outcome.DeclarationOrder).ToArray();

    /// <summary>Returns a copy with other findings.</summary>
    /// <param name="findings">The new findings.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="DomainValidationException">The new findings are invalid.</exception>
    public CarerEligibilityAssessment WithFindings(IReadOnlyList<CarerOutcomeFinding> findings)
        => new(AssessmentReference, PersonReference, AdultNeedingCareReference, DeterminationDate, PeriodStart, PeriodEnd, NecessaryCare, HealthDeterioration, findings, SignificantImpact, HealthEvidence, Kind, PersonName, Circumstances);

    /// <summary>Returns a copy with another health-deterioration finding.</summary>
    /// <param name="healthDeterioration">The new finding.</param>
    /// <param name="healthEvidence">The evidence for it.</param>
    /// <returns>The copy.</returns>
    public CarerEligibilityAssessment WithHealthDeterioration(HealthDeterioration healthDeterioration, string? healthEvidence)
        => new(AssessmentReference, PersonReference, AdultNeedingCareReference, DeterminationDate, PeriodStart, PeriodEnd, NecessaryCare, healthDeterioration, Findings, SignificantImpact, healthEvidence, Kind, PersonName, Circumstances);

    /// <summary>Returns a copy with another necessary-care finding.</summary>
    /// <param name="necessaryCare">The new finding.</param>
    /// <returns>The copy.</returns>
    public CarerEligibilityAssessment WithNecessaryCare(ConditionFinding necessaryCare)
        => new(AssessmentReference, PersonReference, AdultNeedingCareReference, DeterminationDate, PeriodStart, PeriodEnd, necessaryCare, HealthDeterioration, Findings, SignificantImpact, HealthEvidence, Kind, PersonName, Circumstances);

    /// <summary>Returns a copy with another significant-impact finding.</summary>
    /// <param name="significantImpact">The new finding.</param>
    /// <returns>The copy.</returns>
    public CarerEligibilityAssessment WithSignificantImpact(SignificantImpactFinding significantImpact)
        => new(AssessmentReference, PersonReference, AdultNeedingCareReference, DeterminationDate, PeriodStart, PeriodEnd, NecessaryCare, HealthDeterioration, Findings, significantImpact, HealthEvidence, Kind, PersonName, Circumstances);

    /// <summary>Returns a copy with other circumstances for the duty or power to meet needs.</summary>
    /// <param name="circumstances">The new circumstances.</param>
    /// <returns>The copy.</returns>
    public CarerEligibilityAssessment WithCircumstances(CarerMeetingNeedsCircumstances? circumstances)
        => new(AssessmentReference, PersonReference, AdultNeedingCareReference, DeterminationDate, PeriodStart, PeriodEnd, NecessaryCare, HealthDeterioration, Findings, SignificantImpact, HealthEvidence, Kind, PersonName, circumstances);

    /// <inheritdoc />
    public bool Equals(CarerEligibilityAssessment? other)
        => other is not null && CommonEquals(other)
           && string.Equals(AdultNeedingCareReference, other.AdultNeedingCareReference, StringComparison.Ordinal)
           && Equals(Kind, other.Kind) && Equals(NecessaryCare, other.NecessaryCare) && Equals(HealthDeterioration, other.HealthDeterioration)
           && string.Equals(HealthEvidence, other.HealthEvidence, StringComparison.Ordinal)
           && Findings.SequenceEqual(other.Findings) && Equals(Circumstances, other.Circumstances);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CarerEligibilityAssessment);

    /// <inheritdoc />
    public override int GetHashCode() => CommonHashCode();

    private void ValidateFindings(ValidationErrors errors)
        => FindingChecks.ValidateFindings<CarerOutcome>(errors, Findings, carer: true, PeriodStart, PeriodEnd, PeriodIsValid);
}
