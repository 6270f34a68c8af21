using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.ClientLevelData;

/// <summary>
/// The Client Level Data (CLD) "Service Type" defined list, Release 2 labels (2025 onwards).
/// </summary>
/// <remarks>
/// The code is the Release 2 label exactly: CLD validation matches labels case-sensitively.
/// Source: DHSC ASC-CLD-LA-Dashboard, <c>Main_tables/docs/methodology/5-data-cleaning.md</c>.
/// </remarks>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public sealed class ServiceType : CodeListItem<ServiceType>
{
    /// <summary>Long term support in a nursing home.</summary>
    public static readonly ServiceType LongTermNursing = new(nameof(LongTermNursing), "Long term support: Nursing care", ServiceCategory.LongTerm);

    /// <summary>Long term support in a residential care home.</summary>
    public static readonly ServiceType LongTermResidential = new(nameof(LongTermResidential), "Long term support: Residential care", ServiceCategory.LongTerm);

    /// <summary>Long term support in the community (home care, day care, direct payments, supported living).</summary>
    public static readonly ServiceType LongTermCommunity = new(nameof(LongTermCommunity), "Long term support: Community", ServiceCategory.LongTerm);

    /// <summary>Long term support in prison.</summary>
    public static readonly ServiceType LongTermPrison = new(nameof(LongTermPrison), "Long term support: Prison", ServiceCategory.LongTerm);

    /// <summary>Short term support to maximise independence (reablement).</summary>
    public static readonly ServiceType ShortTermMaximisingIndependence = new(nameof(ShortTermMaximisingIndependence), "Short term support: ST-Max", ServiceCategory.ShortTerm);

    /// <summary>Ongoing low-level short term support.</summary>
    public static readonly ServiceType ShortTermOngoingLowLevel = new(nameof(ShortTermOngoingLowLevel), "Short term support: Ongoing low level", ServiceCategory.ShortTerm);

    /// <summary>Other short term support.</summary>
    public static readonly ServiceType ShortTermOther = new(nameof(ShortTermOther), "Short term support: Other short term", ServiceCategory.ShortTerm);

    /// <summary>Support given directly to an unpaid carer.</summary>
    public static readonly ServiceType UnpaidCarerDirect = new(nameof(UnpaidCarerDirect), "Unpaid carer support: Direct to unpaid carer", ServiceCategory.UnpaidCarer);

    /// <summary>Support for an unpaid carer that involves the person cared for.</summary>
    public static readonly ServiceType UnpaidCarerInvolvingCaredFor = new(nameof(UnpaidCarerInvolvingCaredFor), "Unpaid carer support: Support involving the person cared-for", ServiceCategory.UnpaidCarer);

    private ServiceType(string name, string label, ServiceCategory category)
        : base(name, label, label)
    {
        Category = category;
    }

    /// <summary>Gets whether this is long term, short term or unpaid carer support.</summary>
    public ServiceCategory Category { get; }

    /// <summary>Gets a value indicating whether the service is in a care home (residential or nursing).</summary>
    public bool IsCareHome => Equals(LongTermNursing) || Equals(LongTermResidential);
}
