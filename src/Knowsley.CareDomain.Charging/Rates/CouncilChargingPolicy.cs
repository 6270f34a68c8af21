using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Expenditure;
using Knowsley.CareDomain.Parameters;
using NodaTime;

namespace Knowsley.CareDomain.Charging.Rates;

/// <summary>A council's local charging settings in force on a date, read from the <c>charging.local.*</c> parameters.</summary>
/// <remarks>A setting that is absent, not yet in force, or whose entry in force has no value takes its neutral default:
/// no MIG uplift, a 100% taper, no standard DRE allowance, no DRE bands, no couples check allowance, no evidence threshold, no minimum charge, no arrangement fee,
/// the full rate of disability benefits counted, and the national capital limits.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class CouncilChargingPolicy
{
    private CouncilChargingPolicy()
    {
    }

    /// <summary>Gets the MIG uplift as a percentage of the statutory MIG (0 when not set).</summary>
    public decimal MigUpliftPercent { get; private set; }

    /// <summary>Gets the fixed weekly MIG uplift (zero when not set).</summary>
    public Money MigUpliftAmount { get; private set; }

    /// <summary>Gets the percentage of disposable income charged (100 when not set).</summary>
    public decimal TaperPercent { get; private set; } = 100m;

    /// <summary>Gets the standard weekly DRE allowance (zero when not set).</summary>
    public Money DreStandardAllowance { get; private set; }

    /// <summary>Gets the weekly DRE evidence threshold, or <c>null</c> when evidence is not required.</summary>
    public Money? DreEvidenceThreshold { get; private set; }

    /// <summary>Gets the weekly banded DRE allowance for the DLA care lowest rate, or <c>null</c> when the council has no such band.</summary>
    public Money? DreBandLowest { get; private set; }

    /// <summary>Gets the weekly banded DRE allowance for AA lower, DLA care middle or PIP daily living standard rate, or <c>null</c> when not set.</summary>
    public Money? DreBandMiddle { get; private set; }

    /// <summary>Gets the weekly banded DRE allowance for AA higher, DLA care highest or PIP daily living enhanced rate, or <c>null</c> when not set.</summary>
    public Money? DreBandHighest { get; private set; }

    /// <summary>Gets a value indicating whether the council sets any DRE band.</summary>
    public bool HasDreBands => DreBandLowest is not null || DreBandMiddle is not null || DreBandHighest is not null;

    /// <summary>Gets the weekly couple allowance of the couples affordability check, or <c>null</c> when the council has not set one.</summary>
    public Money? CouplesCheckAllowance { get; private set; }

    /// <summary>Gets the banded DRE allowance for a band (zero for <see cref="DreBand.None"/> or a band the council does not set).</summary>
    /// <param name="band">The band, from the highest-rate disability benefit the person receives.</param>
    /// <returns>The weekly allowance.</returns>
    public Money DreBandAllowance(DreBand band) => band switch
    {
        DreBand.Lowest => DreBandLowest ?? Money.Zero,
        DreBand.Middle => DreBandMiddle ?? Money.Zero,
        DreBand.Highest => DreBandHighest ?? Money.Zero,
        _ => Money.Zero,
    };

    /// <summary>Gets the weekly charge below which nothing is billed (zero when not set).</summary>
    public Money MinimumCharge { get; private set; }

    /// <summary>Gets the set-up fee for arranging care above the upper capital limit (zero when not set).</summary>
    public Money ArrangementFeeSetUp { get; private set; }

    /// <summary>Gets the annual fee for arranging care above the upper capital limit (zero when not set).</summary>
    public Money ArrangementFeeAnnual { get; private set; }

    /// <summary>Gets the night-care element policy.</summary>
    public NightCarePolicy NightCarePolicy { get; private set; }

    /// <summary>Gets the council's lower capital limit for care outside a care home, or <c>null</c> for the national one.</summary>
    public Money? NonResidentialLowerCapitalLimit { get; private set; }

    /// <summary>Gets the council's upper capital limit for care outside a care home, or <c>null</c> for the national one.</summary>
    public Money? NonResidentialUpperCapitalLimit { get; private set; }

    /// <summary>Gets the citation of each setting that is in force (for the explanation), keyed by parameter name.</summary>
    public System.Collections.Generic.IReadOnlyDictionary<string, Citation> Citations { get; private set; } = new System.Collections.Generic.Dictionary<string, Citation>();

    /// <summary>Reads the council settings in force on a date.</summary>
    /// <param name="parameters">The parameter set (statutory tables with the council's overlay).</param>
    /// <param name="date">The date.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="System.ArgumentException">The night-care policy code is not recognised.</exception>
    public static CouncilChargingPolicy On(ParameterSet parameters, LocalDate date)
    {
        var citations = new System.Collections.Generic.Dictionary<string, Citation>();
        var policy = new CouncilChargingPolicy();
        if (Entry(parameters, ChargingParameterNames.LocalMigUpliftPercent, date, citations) is { } e1)
        {
            policy.MigUpliftPercent = e1.Value!.Value.AsNumber;
        }

        policy.MigUpliftAmount = MoneyOrZero(parameters, ChargingParameterNames.LocalMigUpliftAmount, date, citations);
        if (Entry(parameters, ChargingParameterNames.LocalTaperPercent, date, citations) is { } e2)
        {
            policy.TaperPercent = e2.Value!.Value.AsNumber;
        }

        policy.DreStandardAllowance = MoneyOrZero(parameters, ChargingParameterNames.LocalDreStandardAllowance, date, citations);
        policy.DreEvidenceThreshold = MoneyOrNull(parameters, ChargingParameterNames.LocalDreEvidenceThreshold, date, citations);
        policy.DreBandLowest = MoneyOrNull(parameters, ChargingParameterNames.LocalDreBandLowest, date, citations);
        policy.DreBandMiddle = MoneyOrNull(parameters, ChargingParameterNames.LocalDreBandMiddle, date, citations);
        policy.DreBandHighest = MoneyOrNull(parameters, ChargingParameterNames.LocalDreBandHighest, date, citations);
        policy.CouplesCheckAllowance = MoneyOrNull(parameters, ChargingParameterNames.LocalCouplesCheckAllowance, date, citations);
        policy.MinimumCharge = MoneyOrZero(parameters, ChargingParameterNames.LocalMinimumCharge, date, citations);
        policy.ArrangementFeeSetUp = MoneyOrZero(parameters, ChargingParameterNames.LocalArrangementFeeSetUp, date, citations);
        policy.ArrangementFeeAnnual = MoneyOrZero(parameters, ChargingParameterNames.LocalArrangementFeeAnnual, date, citations);
        policy.NonResidentialLowerCapitalLimit = MoneyOrNull(parameters, ChargingParameterNames.LocalNonResidentialLowerCapitalLimit, date, citations);
        policy.NonResidentialUpperCapitalLimit = MoneyOrNull(parameters, ChargingParameterNames.LocalNonResidentialUpperCapitalLimit, date, citations);
        if (Entry(parameters, ChargingParameterNames.LocalNightCarePolicy, date, citations) is { } e3)
        {
            policy.NightCarePolicy = e3.Value!.Value.AsCode switch
            {
                "count-full" => NightCarePolicy.CountFull,
                "disregard-higher-minus-lower" => NightCarePolicy.DisregardHigherMinusLower,
                var other => throw new System.ArgumentException(
                    $"Parameter '{ChargingParameterNames.LocalNightCarePolicy}' has unknown code '{other}': expected 'count-full' or 'disregard-higher-minus-lower'.",
                    nameof(parameters)),
            };
        }

        policy.Citations = citations;
        return policy;
    }

    private static ParameterEntry? Entry(ParameterSet parameters, string name, LocalDate date, System.Collections.Generic.Dictionary<string, Citation> citations)
    {
        if (parameters.TryGet(name, out var parameter) && parameter.TryGetEntryOn(date, out var entry))
        {
            citations[name] = entry.Citation;
            return entry;
        }

        return null;
    }

    private static Money MoneyOrZero(ParameterSet parameters, string name, LocalDate date, System.Collections.Generic.Dictionary<string, Citation> citations)
        => MoneyOrNull(parameters, name, date, citations) ?? Money.Zero;

    private static Money? MoneyOrNull(ParameterSet parameters, string name, LocalDate date, System.Collections.Generic.Dictionary<string, Citation> citations)
        => Entry(parameters, name, date, citations) is not null ? parameters.MoneyOn(name, date) : null;
}
