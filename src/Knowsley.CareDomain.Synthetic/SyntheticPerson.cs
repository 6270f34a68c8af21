using System;
using System.Collections.Generic;
using System.Linq;
using Knowsley.CareDomain.ClientLevelData;
using NodaTime;

namespace Knowsley.CareDomain.Synthetic;

/// <summary>
/// One person of a synthetic caseload: who they are, the support they receive, and their money.
/// Module generators (in this package's module folders) derive module inputs from a person through
/// <see cref="RandomFor"/>, so every derived value is as deterministic as the person.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class SyntheticPerson
{
    /// <summary>Initializes a synthetic person.</summary>
    /// <param name="id">The person's identifier, for example <c>SYN-000001</c>.</param>
    /// <param name="index">The zero-based position in the caseload.</param>
    /// <param name="seed">The person's own seed, from which module streams are derived.</param>
    /// <param name="dateOfBirth">The date of birth.</param>
    /// <param name="serviceType">The CLD service type of the current support.</param>
    /// <param name="primarySupportReason">The CLD primary support reason.</param>
    /// <param name="supportStart">The date the current support started.</param>
    /// <param name="hasUnpaidCarer">Whether an unpaid carer supports the person.</param>
    /// <param name="hasPartner">Whether the person lives with a partner.</param>
    /// <param name="weeklyCostOfCare">The weekly cost of the care arranged.</param>
    /// <param name="incomes">The person's incomes.</param>
    /// <param name="savings">Savings and investments (capital other than property).</param>
    /// <param name="homeValue">The value of the home the person owns, or zero.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public SyntheticPerson(
        string id,
        int index,
        ulong seed,
        LocalDate dateOfBirth,
        ServiceType serviceType,
        PrimarySupportReason primarySupportReason,
        LocalDate supportStart,
        bool hasUnpaidCarer,
        bool hasPartner,
        Money weeklyCostOfCare,
        IReadOnlyList<SyntheticIncome> incomes,
        Money savings,
        Money homeValue)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Index = index;
        Seed = seed;
        DateOfBirth = dateOfBirth;
        ServiceType = serviceType ?? throw new ArgumentNullException(nameof(serviceType));
        PrimarySupportReason = primarySupportReason ?? throw new ArgumentNullException(nameof(primarySupportReason));
        SupportStart = supportStart;
        HasUnpaidCarer = hasUnpaidCarer;
        HasPartner = hasPartner;
        WeeklyCostOfCare = weeklyCostOfCare;
        Incomes = (incomes ?? throw new ArgumentNullException(nameof(incomes))).ToArray();
        Savings = savings;
        HomeValue = homeValue;
    }

    /// <summary>Gets the person's identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the zero-based position in the caseload.</summary>
    public int Index { get; }

    /// <summary>Gets the person's own seed.</summary>
    public ulong Seed { get; }

    /// <summary>Gets the date of birth.</summary>
    public LocalDate DateOfBirth { get; }

    /// <summary>Gets the CLD service type of the current support.</summary>
    public ServiceType ServiceType { get; }

    /// <summary>Gets the CLD primary support reason.</summary>
    public PrimarySupportReason PrimarySupportReason { get; }

    /// <summary>Gets the date the current support started.</summary>
    public LocalDate SupportStart { get; }

    /// <summary>Gets a value indicating whether an unpaid carer supports the person.</summary>
    public bool HasUnpaidCarer { get; }

    /// <summary>Gets a value indicating whether the person lives with a partner.</summary>
    public bool HasPartner { get; }

    /// <summary>Gets the weekly cost of the care arranged.</summary>
    public Money WeeklyCostOfCare { get; }

    /// <summary>Gets the person's incomes.</summary>
    public IReadOnlyList<SyntheticIncome> Incomes { get; }

    /// <summary>Gets savings and investments (capital other than property).</summary>
    public Money Savings { get; }

    /// <summary>Gets the value of the home the person owns, or zero.</summary>
    public Money HomeValue { get; }

    /// <summary>Gets a value indicating whether the person is in long term support.</summary>
    public bool IsLongTermSupport => ServiceType.Category == ServiceCategory.LongTerm;

    /// <summary>Gets the person's age in whole years on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The age.</returns>
    public int AgeOn(LocalDate date) => Period.Between(DateOfBirth, date, PeriodUnits.Years).Years;

    /// <summary>Gets the person's reporting age band on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>18–64 or 65 and over.</returns>
    public AgeBand AgeBandOn(LocalDate date) => AgeOn(date) >= 65 ? AgeBand.Age65AndOver : AgeBand.Age18To64;

    /// <summary>Gets the weekly total of the person's incomes under the core weekly-equivalent rule.</summary>
    /// <returns>The weekly total.</returns>
    public Money WeeklyIncome() => Money.Sum(Incomes.Select(i => i.Amount.ToWeekly()));

    /// <summary>Gets a random stream for a module's derived data about this person, for example <c>"charging"</c>.</summary>
    /// <param name="stream">The stream name.</param>
    /// <returns>A generator that gives the same sequence for the same person and stream.</returns>
    public SyntheticRandom RandomFor(string stream) => new(Seed, stream);
}
