using System;
using System.Collections.Generic;
using System.Linq;
using Knowsley.CareDomain.Charging.Capital;
using Knowsley.CareDomain.Charging.Expenditure;
using Knowsley.CareDomain.Charging.Income;
using Knowsley.CareDomain.Validation;
using NodaTime;

namespace Knowsley.CareDomain.Charging.Assessment;

/// <summary>The input to a financial assessment: the person's circumstances, income, capital, expenditure and the care
/// they receive (Care Act 2014 s.17; SI 2014/2672 reg. 9).</summary>
/// <remarks>
/// The constructor checks every field and throws one <see cref="DomainValidationException"/> listing every problem with
/// its path (for example <c>income[2].amount</c>). The assessment date must fall within the years the rate tables cover
/// (<see cref="EarliestDate"/> to <see cref="LatestDate"/>).
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class FinancialAssessment : IEquatable<FinancialAssessment>
{
    /// <summary>The first date an assessment can be made for: 1 April 2015, when Part 1 of the Care Act 2014 came into force.</summary>
    public static readonly LocalDate EarliestDate = new(2015, 4, 1);

    /// <summary>The last date the rate tables cover: 31 March 2027 (the end of 2026-27).</summary>
    public static readonly LocalDate LatestDate = new(2027, 3, 31);

    /// <summary>Initializes a new financial assessment.</summary>
    /// <param name="id">The council's reference for the person or assessment.</param>
    /// <param name="kind">Non-residential, or a permanent or temporary care-home stay.</param>
    /// <param name="assessmentDate">The date the assessment is made for; rates in force on it apply.</param>
    /// <param name="person">The person's circumstances.</param>
    /// <param name="weeklyCostOfCare">The weekly cost to the council of meeting the needs (for a care home, the council's rate).</param>
    /// <param name="income">The income lines.</param>
    /// <param name="capital">The capital items.</param>
    /// <param name="disabilityRelatedExpenditure">The itemised DRE claims (care outside a care home).</param>
    /// <param name="housingCosts">Housing costs (care outside a care home) or the home costs that continue during a temporary stay.</param>
    /// <param name="nightCareArranged">Whether night care is arranged (for the night-care element policy).</param>
    /// <param name="residentialStay">Details of a care-home stay; required for residential kinds.</param>
    /// <param name="partnerResources">For a member of a couple receiving care outside a care home who asks for it, the
    /// partner's resources for the couples affordability check (CSSG Annex C para. 5); <c>null</c> for no check.</param>
    /// <exception cref="DomainValidationException">One or more fields are missing or invalid.</exception>
    public FinancialAssessment(
        string id,
        AssessmentKind kind,
        LocalDate assessmentDate,
        AssessedPerson person,
        Money weeklyCostOfCare,
        IReadOnlyList<IncomeLine>? income = null,
        IReadOnlyList<CapitalItem>? capital = null,
        IReadOnlyList<DreItem>? disabilityRelatedExpenditure = null,
        IReadOnlyList<HousingCost>? housingCosts = null,
        bool nightCareArranged = false,
        ResidentialStay? residentialStay = null,
        PartnerResources? partnerResources = null)
    {
        Id = id;
        Kind = kind;
        AssessmentDate = assessmentDate;
        Person = person;
        WeeklyCostOfCare = weeklyCostOfCare;
        Income = income?.ToArray() ?? Array.Empty<IncomeLine>();
        Capital = capital?.ToArray() ?? Array.Empty<CapitalItem>();
        DisabilityRelatedExpenditure = disabilityRelatedExpenditure?.ToArray() ?? Array.Empty<DreItem>();
        HousingCosts = housingCosts?.ToArray() ?? Array.Empty<HousingCost>();
        NightCareArranged = nightCareArranged;
        ResidentialStay = residentialStay;
        PartnerResources = partnerResources;
        var errors = Validate();
        errors.ThrowIfAny();
    }

    /// <summary>Gets the council's reference.</summary>
    public string Id { get; }

    /// <summary>Gets the kind of assessment.</summary>
    public AssessmentKind Kind { get; }

    /// <summary>Gets the date the assessment is made for.</summary>
    public LocalDate AssessmentDate { get; }

    /// <summary>Gets the person's circumstances.</summary>
    public AssessedPerson Person { get; }

    /// <summary>Gets the weekly cost of the care arranged (the charge never exceeds it, Care Act 2014 s.14(4)).</summary>
    public Money WeeklyCostOfCare { get; }

    /// <summary>Gets the income lines.</summary>
    public IReadOnlyList<IncomeLine> Income { get; }

    /// <summary>Gets the capital items.</summary>
    public IReadOnlyList<CapitalItem> Capital { get; }

    /// <summary>Gets the itemised DRE claims.</summary>
    public IReadOnlyList<DreItem> DisabilityRelatedExpenditure { get; }

    /// <summary>Gets the housing costs, or the continuing home costs of a temporary resident.</summary>
    public IReadOnlyList<HousingCost> HousingCosts { get; }

    /// <summary>Gets a value indicating whether night care is arranged.</summary>
    public bool NightCareArranged { get; }

    /// <summary>Gets the care-home stay details (residential kinds only).</summary>
    public ResidentialStay? ResidentialStay { get; }

    /// <summary>Gets the partner's resources for the couples affordability check, or <c>null</c> when no check is asked for.</summary>
    public PartnerResources? PartnerResources { get; }

    /// <summary>Returns a copy of this assessment made for another date (for recalculation under another rate year).</summary>
    /// <param name="date">The new assessment date.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="DomainValidationException">The date is outside the years covered.</exception>
    public FinancialAssessment WithAssessmentDate(LocalDate date)
        => new(Id, Kind, date, Person, WeeklyCostOfCare, Income, Capital, DisabilityRelatedExpenditure, HousingCosts, NightCareArranged, ResidentialStay, PartnerResources);

    /// <inheritdoc />
    public bool Equals(FinancialAssessment? other)
        => other is not null && Id == other.Id && Equals(Kind, other.Kind) && AssessmentDate == other.AssessmentDate
           && Equals(Person, other.Person) && WeeklyCostOfCare == other.WeeklyCostOfCare
           && Income.SequenceEqual(other.Income) && Capital.SequenceEqual(other.Capital)
           && DisabilityRelatedExpenditure.SequenceEqual(other.DisabilityRelatedExpenditure)
           && HousingCosts.SequenceEqual(other.HousingCosts) && NightCareArranged == other.NightCareArranged
           && Equals(ResidentialStay, other.ResidentialStay) && Equals(PartnerResources, other.PartnerResources);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FinancialAssessment);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id ?? string.Empty) ^ AssessmentDate.GetHashCode();

    private ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        errors.Require(!string.IsNullOrWhiteSpace(Id), "id", "required", "is required");
        errors.RequirePresent(Kind, "kind");
        if (AssessmentDate == default)
        {
            errors.Add("assessmentDate", "required", "is required");
        }
        else
        {
            errors.Require(
                AssessmentDate >= EarliestDate && AssessmentDate <= LatestDate,
                "assessmentDate",
                "date-in-range",
                $"must be between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd} (was {AssessmentDate:yyyy-MM-dd})");
        }

        errors.RequireNonNegative(WeeklyCostOfCare, "weeklyCostOfCare");
        if (errors.RequirePresent(Person, "person"))
        {
            ValidatePerson(errors);
        }

        for (var i = 0; i < Income.Count; i++)
        {
            var path = FieldPath.Index("income", i);
            var line = Income[i];
            if (!errors.Require(line is not null, path, "required", "is required"))
            {
                continue;
            }

            errors.RequirePresent(line!.Type, FieldPath.Member(path, "type"));
            if (errors.RequirePresent(line.Amount, FieldPath.Member(path, "amount")))
            {
                errors.RequireNonNegative(line.Amount.Amount, FieldPath.Member(path, "amount"));
            }

            if (line.HalfPassedToSpouse)
            {
                var field = FieldPath.Member(path, "halfPassedToSpouse");
                errors.Require(line.Type is null || line.Type.Equals(IncomeType.PrivatePension), field, "pension-only", "applies only to an occupational or personal pension or retirement annuity (private-pension)");
                errors.Require(Kind is null || Kind.IsResidential, field, "care-home-only", "applies only to a care-home resident whose spouse or civil partner lives at home");
                errors.Require(Person?.Household is null || Person.Household.Equals(HouseholdStatus.Couple), field, "couple-only", "applies only to a member of a couple (a spouse or civil partner)");
            }
        }

        for (var i = 0; i < Capital.Count; i++)
        {
            ValidateCapital(errors, FieldPath.Index("capital", i), Capital[i]);
        }

        for (var i = 0; i < DisabilityRelatedExpenditure.Count; i++)
        {
            var path = FieldPath.Index("disabilityRelatedExpenditure", i);
            var item = DisabilityRelatedExpenditure[i];
            if (!errors.Require(item is not null, path, "required", "is required"))
            {
                continue;
            }

            errors.RequirePresent(item!.Category, FieldPath.Member(path, "category"));
            if (errors.RequirePresent(item.Claimed, FieldPath.Member(path, "claimed")))
            {
                errors.RequireNonNegative(item.Claimed.Amount, FieldPath.Member(path, "claimed"));
            }

            if (item.Allowed is not null)
            {
                errors.RequireNonNegative(item.Allowed.Amount, FieldPath.Member(path, "allowed"));
                if (item.Claimed is not null && item.Allowed.ToWeekly() > item.Claimed.ToWeekly())
                {
                    errors.Add(FieldPath.Member(path, "allowed"), "allowed-within-claim", "must not be more than the amount claimed");
                }

                if (item.Claimed is not null && item.Allowed.ToWeekly() < item.Claimed.ToWeekly() && string.IsNullOrWhiteSpace(item.RefusalReason))
                {
                    errors.Add(FieldPath.Member(path, "refusalReason"), "reason-required", "is required when less than the claim is allowed");
                }
            }
        }

        for (var i = 0; i < HousingCosts.Count; i++)
        {
            var path = FieldPath.Index("housingCosts", i);
            var cost = HousingCosts[i];
            if (!errors.Require(cost is not null, path, "required", "is required"))
            {
                continue;
            }

            errors.RequirePresent(cost!.Type, FieldPath.Member(path, "type"));
            if (errors.RequirePresent(cost.Amount, FieldPath.Member(path, "amount")))
            {
                errors.RequireNonNegative(cost.Amount.Amount, FieldPath.Member(path, "amount"));
            }
        }

        if (Kind is not null && Kind.IsResidential)
        {
            if (errors.Require(ResidentialStay is not null, "residentialStay", "required", "is required for a care-home assessment"))
            {
                errors.Require(
                    ResidentialStay!.AdmissionDate <= AssessmentDate,
                    "residentialStay.admissionDate",
                    "not-after-assessment",
                    "must not be after the assessment date");
                errors.Require(
                    ResidentialStay.TwelveWeekDisregardDaysUsed >= 0 && ResidentialStay.TwelveWeekDisregardDaysUsed <= 84,
                    "residentialStay.twelveWeekDisregardDaysUsed",
                    "range",
                    "must be between 0 and 84");
                if (ResidentialStay.TopUp is { } topUp)
                {
                    errors.RequireNonNegative(topUp.WeeklyAmount, "residentialStay.topUp.weeklyAmount");
                }
            }
        }
        else if (Kind is not null)
        {
            errors.Require(ResidentialStay is null, "residentialStay", "not-applicable", "applies only to care-home assessments");
        }

        if (PartnerResources is { } partner)
        {
            errors.Require(Kind is null || !Kind.IsResidential, "partnerResources", "non-residential-only", "the couples affordability check applies only to care outside a care home (it adjusts the minimum income guarantee)");
            errors.Require(Person?.Household is null || Person.Household.Equals(HouseholdStatus.Couple), "partnerResources", "couple-only", "applies only when the person is a member of a couple (person.household is couple)");
            if (errors.RequirePresent(partner.Income, "partnerResources.income"))
            {
                errors.RequireNonNegative(partner.Income.Amount, "partnerResources.income");
            }

            if (errors.RequirePresent(partner.HousingCostShare, "partnerResources.housingCostShare"))
            {
                errors.RequireNonNegative(partner.HousingCostShare.Amount, "partnerResources.housingCostShare");
            }
        }

        return errors;
    }

    private void ValidatePerson(ValidationErrors errors)
    {
        errors.RequirePresent(Person.Household, "person.household");
        errors.Require(Person.DateOfBirth != default, "person.dateOfBirth", "required", "is required");
        errors.Require(Person.DateOfBirth < AssessmentDate, "person.dateOfBirth", "before-assessment", "must be before the assessment date");
        if (Person.DateOfBirth < AssessmentDate)
        {
            errors.Require(Person.AgeOn(AssessmentDate) >= 18, "person.dateOfBirth", "adult", "the person must be 18 or over on the assessment date");
        }

        errors.Require(Person.DependentChildren >= 0, "person.dependentChildren", "non-negative", "must not be negative");
        if (Person.DateOfBirth < AssessmentDate && Person.AgeOn(AssessmentDate) >= 60)
        {
            errors.Require(
                Person.PensionCreditQualifyingDate is not null,
                "person.pensionCreditQualifyingDate",
                "required",
                "is required for a person aged 60 or over (it decides the minimum income guarantee category)");
        }

        if (Person.PensionCreditQualifyingDate is { } q)
        {
            errors.Require(
                q >= Person.DateOfBirth.PlusYears(60),
                "person.pensionCreditQualifyingDate",
                "not-before-60",
                "must not be before the person's 60th birthday");
        }
    }

    private static void ValidateCapital(ValidationErrors errors, string path, CapitalItem item)
    {
        if (item is null)
        {
            errors.Add(path, "required", "is required");
            return;
        }

        errors.RequirePresent(item.Type, FieldPath.Member(path, "type"));
        errors.RequireNonNegative(item.Value, FieldPath.Member(path, "value"));
        errors.Require(item.JointOwners >= 1, FieldPath.Member(path, "jointOwners"), "at-least-one", "must be at least 1");
        if (item.PersonsShare is { } share)
        {
            errors.RequireNonNegative(share, FieldPath.Member(path, "personsShare"));
            errors.Require(share <= item.Value, FieldPath.Member(path, "personsShare"), "within-value", "must not be more than the value of the whole item");
        }

        for (var j = 0; j < item.Disregards.Count; j++)
        {
            var d = item.Disregards[j];
            var dPath = FieldPath.Index(FieldPath.Member(path, "disregards"), j);
            if (!errors.Require(d is not null, dPath, "required", "is required"))
            {
                continue;
            }

            errors.RequirePresent(d!.Basis, FieldPath.Member(dPath, "basis"));
            errors.Require(d.To is null || d.To.Value >= d.From, FieldPath.Member(dPath, "to"), "not-before-from", "must not be before the start of the disregard");
            errors.Require(item.Type is null || item.Type.Equals(CapitalType.MainHome), FieldPath.Member(dPath, "basis"), "main-home-only", "property disregards apply only to the main home");
        }
    }
}
