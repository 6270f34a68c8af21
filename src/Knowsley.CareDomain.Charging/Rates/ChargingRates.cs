using System;
using Knowsley.CareDomain.Parameters;
using NodaTime;

namespace Knowsley.CareDomain.Charging.Rates;

/// <summary>The statutory rates and council settings in force on one date, resolved once so that many assessments can be
/// calculated against them without further look-ups (the bulk recalculation hot path).</summary>
/// <remarks>
/// A rate whose entry in force has no value (a figure not confirmed from a source) is recorded as missing; an assessment
/// that needs it fails with the <see cref="ParameterNotAvailableException"/> the parameter set gives, naming the
/// parameter and quoting its note. Assessments that do not need it are unaffected.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ChargingRates
{
    private ChargingRates(ParameterSet parameters, LocalDate date)
    {
        Parameters = parameters;
        Date = date;
        Policy = CouncilChargingPolicy.On(parameters, date);
        LowerCapitalLimit = Resolve(ChargingParameterNames.LowerCapitalLimit);
        UpperCapitalLimit = Resolve(ChargingParameterNames.UpperCapitalLimit);
        TariffStep = Resolve(ChargingParameterNames.TariffStep);
        TariffPerStep = Resolve(ChargingParameterNames.TariffPerStep);
        MigSingle18To24 = Resolve(ChargingParameterNames.MigSingle18To24);
        MigSingle25 = Resolve(ChargingParameterNames.MigSingle25ToPensionCreditAge);
        MigSinglePension = Resolve(ChargingParameterNames.MigSinglePensionCreditAge);
        MigLoneParent = Resolve(ChargingParameterNames.MigLoneParent);
        MigCouple18 = Resolve(ChargingParameterNames.MigCouple18PerMember);
        MigCouplePension = Resolve(ChargingParameterNames.MigCouplePensionCreditAgePerMember);
        MigChild = Resolve(ChargingParameterNames.MigChild);
        DisabilityPremiumSingle = Resolve(ChargingParameterNames.MigDisabilityPremiumSingle);
        DisabilityPremiumCouple = Resolve(ChargingParameterNames.MigDisabilityPremiumCouple);
        EnhancedDisabilityPremiumSingle = Resolve(ChargingParameterNames.MigEnhancedDisabilityPremiumSingle);
        EnhancedDisabilityPremiumCouple = Resolve(ChargingParameterNames.MigEnhancedDisabilityPremiumCouple);
        CarerPremium = Resolve(ChargingParameterNames.MigCarerPremium);
        PersonalExpensesAllowance = Resolve(ChargingParameterNames.PersonalExpensesAllowance);
        SavingsCreditDisregardSingle = Resolve(ChargingParameterNames.SavingsCreditDisregardSingle);
        SavingsCreditDisregardCouple = Resolve(ChargingParameterNames.SavingsCreditDisregardCouple);
        WarWidowsPensionDisregard = Resolve(ChargingParameterNames.WarWidowsPensionDisregard);
        AttendanceAllowanceHigher = Resolve(ChargingParameterNames.AttendanceAllowanceHigher);
        AttendanceAllowanceLower = Resolve(ChargingParameterNames.AttendanceAllowanceLower);
    }

    /// <summary>Gets the parameter set the rates were read from.</summary>
    public ParameterSet Parameters { get; }

    /// <summary>Gets the date the rates are in force on.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the council's settings in force on the date.</summary>
    public CouncilChargingPolicy Policy { get; }

    internal Rate LowerCapitalLimit { get; }

    internal Rate UpperCapitalLimit { get; }

    internal Rate TariffStep { get; }

    internal Rate TariffPerStep { get; }

    internal Rate MigSingle18To24 { get; }

    internal Rate MigSingle25 { get; }

    internal Rate MigSinglePension { get; }

    internal Rate MigLoneParent { get; }

    internal Rate MigCouple18 { get; }

    internal Rate MigCouplePension { get; }

    internal Rate MigChild { get; }

    internal Rate DisabilityPremiumSingle { get; }

    internal Rate DisabilityPremiumCouple { get; }

    internal Rate EnhancedDisabilityPremiumSingle { get; }

    internal Rate EnhancedDisabilityPremiumCouple { get; }

    internal Rate CarerPremium { get; }

    internal Rate PersonalExpensesAllowance { get; }

    internal Rate SavingsCreditDisregardSingle { get; }

    internal Rate SavingsCreditDisregardCouple { get; }

    internal Rate WarWidowsPensionDisregard { get; }

    internal Rate AttendanceAllowanceHigher { get; }

    internal Rate AttendanceAllowanceLower { get; }

    /// <summary>Resolves the rates and council settings in force on a date.</summary>
    /// <param name="parameters">The statutory tables, with any council overlay.</param>
    /// <param name="date">The date.</param>
    /// <returns>The rates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ParameterNotAvailableException">A charging parameter is missing from the set altogether.</exception>
    public static ChargingRates On(ParameterSet parameters, LocalDate date)
        => new(parameters ?? throw new ArgumentNullException(nameof(parameters)), date);

    /// <summary>Gets a rate's value, or throws the parameter set's own message when it is not available.</summary>
    internal Money Require(Rate rate)
        => rate.Available ? Money.FromPence(rate.Pence) : Parameters.MoneyOn(rate.Name, Date);

    private Rate Resolve(string name)
    {
        var parameter = Parameters.Get(name);
        return parameter.TryGetEntryOn(Date, out _) ? new Rate(name, parameter.MoneyOn(Date).Pence, true) : new Rate(name, 0, false);
    }

    /// <summary>A resolved rate in pence, or a marker that no value is in force.</summary>
    internal readonly struct Rate
    {
        public Rate(string name, long pence, bool available)
        {
            Name = name;
            Pence = pence;
            Available = available;
        }

        public string Name { get; }

        public long Pence { get; }

        public bool Available { get; }
    }
}
