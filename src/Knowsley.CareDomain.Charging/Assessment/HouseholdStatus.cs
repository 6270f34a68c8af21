using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Charging.Assessment;

/// <summary>The person's household status for the minimum income guarantee (SI 2014/2672 reg. 7(2) to (4)).</summary>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
public sealed class HouseholdStatus : CodeListItem<HouseholdStatus>
{
    /// <summary>A single person (reg. 7(2)).</summary>
    public static readonly HouseholdStatus Single = new(nameof(Single), "single", "Single");

    /// <summary>A lone parent (reg. 7(3)).</summary>
    public static readonly HouseholdStatus LoneParent = new(nameof(LoneParent), "lone-parent", "Lone parent");

    /// <summary>A member of a couple (reg. 7(4)); only the person's own income and capital are assessed.</summary>
    public static readonly HouseholdStatus Couple = new(nameof(Couple), "couple", "Member of a couple");

    private HouseholdStatus(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
