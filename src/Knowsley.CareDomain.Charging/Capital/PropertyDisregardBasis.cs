using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Charging.Capital;

/// <summary>Why the main home is disregarded for a period (SI 2014/2672 Sch. 2; CSSG Annex B).</summary>
/// <remarks>The temporary-resident disregard (Sch. 2 para. 1) and the 12-week disregard (Sch. 2 para. 2) are applied
/// by the calculator from the assessment kind and admission date; record the others as dated periods.</remarks>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
public sealed class PropertyDisregardBasis : CodeListItem<PropertyDisregardBasis>
{
    /// <summary>Occupied by the resident's partner or former partner (unless estranged or divorced).</summary>
    public static readonly PropertyDisregardBasis Partner = new(nameof(Partner), "partner", "Occupied by a partner");

    /// <summary>Occupied by a relative or family member aged 60 or over.</summary>
    public static readonly PropertyDisregardBasis RelativeAged60OrOver = new(nameof(RelativeAged60OrOver), "relative-60-or-over", "Occupied by a relative aged 60 or over");

    /// <summary>Occupied by an incapacitated relative or family member.</summary>
    public static readonly PropertyDisregardBasis IncapacitatedRelative = new(nameof(IncapacitatedRelative), "incapacitated-relative", "Occupied by an incapacitated relative");

    /// <summary>Occupied by the resident's child aged under 18.</summary>
    public static readonly PropertyDisregardBasis ChildUnder18 = new(nameof(ChildUnder18), "child-under-18", "Occupied by a child under 18");

    /// <summary>A discretionary disregard decided by the council (for example a carer who gave up their own home).</summary>
    public static readonly PropertyDisregardBasis Discretionary = new(nameof(Discretionary), "discretionary", "Discretionary disregard (council decision)");

    private PropertyDisregardBasis(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
