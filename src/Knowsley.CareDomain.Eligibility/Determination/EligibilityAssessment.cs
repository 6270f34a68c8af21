using System;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.Eligibility.Wellbeing;
using Knowsley.CareDomain.Validation;
using NodaTime;

namespace Knowsley.CareDomain.Eligibility.Determination;

/// <summary>
/// What every eligibility determination is made from: the assessment it is based on (Care Act 2014 s.13(1)), the person,
/// the date of the determination, the period over which needs were considered (SI 2015/313 reg. 2(4), reg. 3(4)) and the
/// significant-impact finding. <see cref="Adults.AdultEligibilityAssessment"/> and
/// <see cref="Carers.CarerEligibilityAssessment"/> add the findings for each kind of person.
/// </summary>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
public abstract class EligibilityAssessment
{
    /// <summary>The first date a determination can be made for: 1 April 2015, when SI 2015/313 and Part 1 of the Care Act 2014 came into force.</summary>
    public static readonly LocalDate EarliestDate = new(2015, 4, 1);

    private protected EligibilityAssessment(
        string assessmentReference,
        string personReference,
        string? personName,
        LocalDate determinationDate,
        LocalDate periodStart,
        LocalDate periodEnd,
        SignificantImpactFinding significantImpact)
    {
        AssessmentReference = assessmentReference?.Trim() ?? string.Empty;
        PersonReference = personReference?.Trim() ?? string.Empty;
        PersonName = string.IsNullOrWhiteSpace(personName) ? null : personName!.Trim();
        DeterminationDate = determinationDate;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        SignificantImpact = significantImpact;
    }

    /// <summary>Gets whose needs the determination is about; written to JSON as <c>subject</c>.</summary>
    public abstract EligibilitySubject Subject { get; }

    /// <summary>Gets the reference of the needs or carer's assessment the determination is based on (s.13(1)).</summary>
    public string AssessmentReference { get; }

    /// <summary>Gets the council's reference for the person.</summary>
    public string PersonReference { get; }

    /// <summary>Gets the person's name for the decision letter, if given.</summary>
    public string? PersonName { get; }

    /// <summary>Gets the date of the determination; dated rules and council policy in force on it apply.</summary>
    public LocalDate DeterminationDate { get; }

    /// <summary>Gets the first day of the period over which needs were considered (reg. 2(4), reg. 3(4)).</summary>
    public LocalDate PeriodStart { get; }

    /// <summary>Gets the last day of the period over which needs were considered (inclusive).</summary>
    public LocalDate PeriodEnd { get; }

    /// <summary>Gets the significant-impact finding (reg. 2(1)(c), reg. 3(1)(c)).</summary>
    public SignificantImpactFinding SignificantImpact { get; }

    /// <summary>Gets the period considered as an interval (both ends inclusive).</summary>
    [JsonIgnore]
    public DateInterval PeriodConsidered => new(PeriodStart, PeriodEnd);

    /// <summary>Gets a value indicating whether the assessment is a transition assessment (a view of likely eligibility after 18).</summary>
    [JsonIgnore]
    public abstract bool IsTransition { get; }

    private protected void ValidateCommon(ValidationErrors errors)
    {
        errors.Require(AssessmentReference.Length > 0, "assessmentReference", "assessment-required",
            "a determination must reference the needs or carer's assessment it is based on (Care Act 2014 s.13(1))");
        errors.Require(PersonReference.Length > 0, "personReference", "required", "is required");
        if (DeterminationDate == default)
        {
            errors.Add("determinationDate", "required", "is required");
        }
        else
        {
            errors.Require(DeterminationDate >= EarliestDate, "determinationDate", "in-force",
                $"{Iso(DeterminationDate)} is before {Iso(EarliestDate)}, when the Eligibility Criteria Regulations (SI 2015/313) came into force");
        }

        var startKnown = errors.Require(PeriodStart != default, "periodStart", "required", "the period over which needs were considered is required (SI 2015/313 reg. 2(4))");
        var endKnown = errors.Require(PeriodEnd != default, "periodEnd", "required", "the period over which needs were considered is required (SI 2015/313 reg. 2(4))");
        if (startKnown && endKnown)
        {
            errors.Require(PeriodEnd >= PeriodStart, "periodEnd", "period-order", $"the period cannot end ({Iso(PeriodEnd)}) before it starts ({Iso(PeriodStart)})");
        }

        if (endKnown && DeterminationDate != default)
        {
            errors.Require(PeriodEnd <= DeterminationDate, "periodEnd", "period-before-determination",
                $"the period considered cannot end ({Iso(PeriodEnd)}) after the determination date ({Iso(DeterminationDate)})");
        }

        if (errors.Require(SignificantImpact is not null, "significantImpact", "required", "the significant-impact finding is required (SI 2015/313 reg. 2(1)(c), 3(1)(c))"))
        {
            FindingChecks.ValidateImpact(errors, SignificantImpact!, "significantImpact");
        }
    }

    /// <summary>Compares the fields every assessment has (references, name, dates, significant impact); the subclasses add their own.</summary>
    private protected bool CommonEquals(EligibilityAssessment other)
        => string.Equals(AssessmentReference, other.AssessmentReference, StringComparison.Ordinal)
           && string.Equals(PersonReference, other.PersonReference, StringComparison.Ordinal)
           && string.Equals(PersonName, other.PersonName, StringComparison.Ordinal)
           && DeterminationDate == other.DeterminationDate && PeriodStart == other.PeriodStart && PeriodEnd == other.PeriodEnd
           && Equals(SignificantImpact, other.SignificantImpact);

    /// <summary>The hash code both subclasses use: the assessment reference and the determination date.</summary>
    private protected int CommonHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(AssessmentReference) * 397) ^ DeterminationDate.GetHashCode());

    internal bool PeriodIsValid => PeriodStart != default && PeriodEnd != default && PeriodEnd >= PeriodStart;

    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
