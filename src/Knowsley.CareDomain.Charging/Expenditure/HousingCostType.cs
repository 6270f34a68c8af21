using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Charging.Expenditure;

/// <summary>Housing costs allowed in assessments for care outside a care home, and the home costs that continue
/// during a temporary care-home stay (CSSG Annex C).</summary>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
public sealed class HousingCostType : CodeListItem<HousingCostType>
{
    /// <summary>Rent, net of Housing Benefit and the Universal Credit housing element.</summary>
    public static readonly HousingCostType Rent = new(nameof(Rent), "rent", "Rent");

    /// <summary>Mortgage payments.</summary>
    public static readonly HousingCostType Mortgage = new(nameof(Mortgage), "mortgage", "Mortgage");

    /// <summary>Council tax, net of council tax reduction.</summary>
    public static readonly HousingCostType CouncilTax = new(nameof(CouncilTax), "council-tax", "Council tax");

    /// <summary>Ground rent.</summary>
    public static readonly HousingCostType GroundRent = new(nameof(GroundRent), "ground-rent", "Ground rent");

    /// <summary>Service charges that form part of a tenancy.</summary>
    public static readonly HousingCostType ServiceCharge = new(nameof(ServiceCharge), "service-charge", "Service charge");

    /// <summary>Buildings or contents insurance (where the council's policy allows it).</summary>
    public static readonly HousingCostType Insurance = new(nameof(Insurance), "insurance", "Home insurance");

    /// <summary>Other home costs that continue during a temporary stay (for example utilities).</summary>
    public static readonly HousingCostType OtherHomeCost = new(nameof(OtherHomeCost), "other-home-cost", "Other home cost");

    private HousingCostType(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
