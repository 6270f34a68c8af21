using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Eligibility.Wellbeing;

/// <summary>How an inability to achieve outcomes has, or is likely to have, a significant impact on wellbeing (CSSG ch. 6, significant impact, as explained by SCIE).</summary>
/// <remarks>Recording the way is optional; the finding itself is the practitioner's judgement and is never computed from the outcome findings.</remarks>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public sealed class ImpactWay : CodeListItem<ImpactWay>
{
    /// <summary>The inability to achieve the outcomes significantly affects at least one area of wellbeing.</summary>
    public static readonly ImpactWay Single = new(nameof(Single), "single", "A significant impact on at least one area of wellbeing");

    /// <summary>Several needs, each with a small effect, together have a significant impact.</summary>
    public static readonly ImpactWay Cumulative = new(nameof(Cumulative), "cumulative", "A cumulative impact of several needs");

    /// <summary>The impact is not yet significant but can be anticipated as other outcomes become affected ("is likely to be").</summary>
    public static readonly ImpactWay Domino = new(nameof(Domino), "domino", "A likely impact as other outcomes become affected (domino effect)");

    private ImpactWay(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
