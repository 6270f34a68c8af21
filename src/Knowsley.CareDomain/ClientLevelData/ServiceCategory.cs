namespace Knowsley.CareDomain.ClientLevelData;

/// <summary>The three groups of the CLD Service Type list.</summary>
public enum ServiceCategory
{
    /// <summary>Long term support.</summary>
    LongTerm = 0,

    /// <summary>Short term support.</summary>
    ShortTerm = 1,

    /// <summary>Support for an unpaid carer.</summary>
    UnpaidCarer = 2,
}
