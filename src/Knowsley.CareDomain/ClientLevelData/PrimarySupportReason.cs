using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.ClientLevelData;

/// <summary>
/// The Client Level Data (CLD) "Primary Support Reason" defined list, Release 2 labels.
/// </summary>
/// <remarks>
/// The code is the Release 2 label exactly (CLD matching is case-sensitive). The Release 2 labels are taken from
/// third-party normalisation macros consistent with DHSC usage; check them against the AGEM specification before
/// relying on them for a submission (see <c>docs/architecture.md</c>, open points).
/// </remarks>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public sealed class PrimarySupportReason : CodeListItem<PrimarySupportReason>
{
    /// <summary>Physical support: access and mobility only.</summary>
    public static readonly PrimarySupportReason PhysicalAccessAndMobility = new(nameof(PhysicalAccessAndMobility), "Physical support: Access and mobility only");

    /// <summary>Physical support: personal care support.</summary>
    public static readonly PrimarySupportReason PhysicalPersonalCare = new(nameof(PhysicalPersonalCare), "Physical support: Personal care support");

    /// <summary>Sensory support: visual impairment.</summary>
    public static readonly PrimarySupportReason SensoryVisual = new(nameof(SensoryVisual), "Sensory support: Support for visual impairment");

    /// <summary>Sensory support: hearing impairment.</summary>
    public static readonly PrimarySupportReason SensoryHearing = new(nameof(SensoryHearing), "Sensory support: Support for hearing impairment");

    /// <summary>Sensory support: dual impairment.</summary>
    public static readonly PrimarySupportReason SensoryDual = new(nameof(SensoryDual), "Sensory support: Support for dual impairment");

    /// <summary>Support with memory and cognition.</summary>
    public static readonly PrimarySupportReason MemoryAndCognition = new(nameof(MemoryAndCognition), "Support with memory and cognition");

    /// <summary>Learning disability support.</summary>
    public static readonly PrimarySupportReason LearningDisability = new(nameof(LearningDisability), "Learning disability support");

    /// <summary>Mental health support.</summary>
    public static readonly PrimarySupportReason MentalHealth = new(nameof(MentalHealth), "Mental health support");

    /// <summary>Social support: substance misuse.</summary>
    public static readonly PrimarySupportReason SocialSubstanceMisuse = new(nameof(SocialSubstanceMisuse), "Social support: Substance misuse support");

    /// <summary>Social support: asylum seeker support.</summary>
    public static readonly PrimarySupportReason SocialAsylumSeeker = new(nameof(SocialAsylumSeeker), "Social support: Asylum seeker support");

    /// <summary>Social support: social isolation or other reason.</summary>
    public static readonly PrimarySupportReason SocialIsolationOrOther = new(nameof(SocialIsolationOrOther), "Social support: Support for social isolation or other reason");

    /// <summary>Social support: support to an unpaid carer.</summary>
    public static readonly PrimarySupportReason SocialSupportToUnpaidCarer = new(nameof(SocialSupportToUnpaidCarer), "Social support: Support to unpaid carer");

    /// <summary>Primary support reason not known.</summary>
    public static readonly PrimarySupportReason Unknown = new(nameof(Unknown), "Unknown");

    private PrimarySupportReason(string name, string label)
        : base(name, label, label)
    {
    }
}
