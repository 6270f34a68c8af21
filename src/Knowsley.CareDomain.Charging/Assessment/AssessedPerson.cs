using System;
using NodaTime;

namespace Knowsley.CareDomain.Charging.Assessment;

/// <summary>The personal circumstances of the person assessed that decide their minimum income guarantee (SI 2014/2672 reg. 7).</summary>
/// <remarks>
/// The qualifying age for state pension credit depends on the date of birth under the state pension age rules; the
/// caller gives the date the person reaches it (<see cref="PensionCreditQualifyingDate"/>). It is required for anyone
/// aged 60 or over on the assessment date (nobody reaches it before 60).
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class AssessedPerson : IEquatable<AssessedPerson>
{
    /// <summary>Initializes a new person.</summary>
    /// <param name="dateOfBirth">The date of birth.</param>
    /// <param name="household">Single, lone parent or member of a couple.</param>
    /// <param name="pensionCreditQualifyingDate">The date the person reaches the qualifying age for state pension credit.</param>
    /// <param name="partnerReachedPensionCreditAge">For a couple, whether the partner has reached that age.</param>
    /// <param name="dependentChildren">Children the person is responsible for who live in the same household.</param>
    /// <param name="disabilityPremium">Whether the person qualifies for the disability premium.</param>
    /// <param name="enhancedDisabilityPremium">Whether the person qualifies for the enhanced disability premium.</param>
    /// <param name="carerPremium">Whether the person qualifies for the carer premium.</param>
    public AssessedPerson(
        LocalDate dateOfBirth,
        HouseholdStatus household,
        LocalDate? pensionCreditQualifyingDate = null,
        bool partnerReachedPensionCreditAge = false,
        int dependentChildren = 0,
        bool disabilityPremium = false,
        bool enhancedDisabilityPremium = false,
        bool carerPremium = false)
    {
        DateOfBirth = dateOfBirth;
        Household = household;
        PensionCreditQualifyingDate = pensionCreditQualifyingDate;
        PartnerReachedPensionCreditAge = partnerReachedPensionCreditAge;
        DependentChildren = dependentChildren;
        DisabilityPremium = disabilityPremium;
        EnhancedDisabilityPremium = enhancedDisabilityPremium;
        CarerPremium = carerPremium;
    }

    /// <summary>Gets the date of birth.</summary>
    public LocalDate DateOfBirth { get; }

    /// <summary>Gets the household status.</summary>
    public HouseholdStatus Household { get; }

    /// <summary>Gets the date the person reaches the qualifying age for state pension credit, when known.</summary>
    public LocalDate? PensionCreditQualifyingDate { get; }

    /// <summary>Gets a value indicating whether the partner (of a couple) has reached the qualifying age for state pension credit.</summary>
    public bool PartnerReachedPensionCreditAge { get; }

    /// <summary>Gets the number of dependent children in the household.</summary>
    public int DependentChildren { get; }

    /// <summary>Gets a value indicating whether the person qualifies for the disability premium.</summary>
    public bool DisabilityPremium { get; }

    /// <summary>Gets a value indicating whether the person qualifies for the enhanced disability premium.</summary>
    public bool EnhancedDisabilityPremium { get; }

    /// <summary>Gets a value indicating whether the person qualifies for the carer premium.</summary>
    public bool CarerPremium { get; }

    /// <summary>Gets the person's age in whole years on a date (a birthday counts from the day itself).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The age in years.</returns>
    public int AgeOn(LocalDate date)
    {
        var years = date.Year - DateOfBirth.Year;
        return DateOfBirth.PlusYears(years) > date ? years - 1 : years;
    }

    /// <summary>Gets a value indicating whether the person has reached the qualifying age for state pension credit on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> from the qualifying date onwards.</returns>
    public bool HasReachedPensionCreditAgeOn(LocalDate date) => PensionCreditQualifyingDate is { } q && date >= q;

    /// <inheritdoc />
    public bool Equals(AssessedPerson? other)
        => other is not null && DateOfBirth == other.DateOfBirth && Equals(Household, other.Household)
           && PensionCreditQualifyingDate == other.PensionCreditQualifyingDate && PartnerReachedPensionCreditAge == other.PartnerReachedPensionCreditAge
           && DependentChildren == other.DependentChildren && DisabilityPremium == other.DisabilityPremium
           && EnhancedDisabilityPremium == other.EnhancedDisabilityPremium && CarerPremium == other.CarerPremium;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AssessedPerson);

    /// <inheritdoc />
    public override int GetHashCode() => DateOfBirth.GetHashCode();
}
