using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Eligibility.Determination;

/// <summary>
/// The result of the financial assessment as it bears on the duty to meet needs (Care Act 2014 s.18(1)(c), (2)–(3);
/// s.20(1)(b), (2)–(3)). Figures and limits live in the Charging package; here only the position against the financial
/// limit (the upper capital limit, SI 2014/2672 reg. 12) is recorded. It never changes eligibility.
/// </summary>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public sealed class FinancialPosition : CodeListItem<FinancialPosition>
{
    /// <summary>There is no charge under s.14 for meeting the needs (for example intermediate care, or a council that does not charge carers).</summary>
    public static readonly FinancialPosition NoCharge = new(nameof(NoCharge), "no-charge", "No charge for meeting the needs");

    /// <summary>The financial assessment shows resources at or below the financial limit (condition 1: s.18(2), s.20(2)).</summary>
    public static readonly FinancialPosition AtOrBelowLimit = new(nameof(AtOrBelowLimit), "at-or-below-limit", "Resources at or below the financial limit");

    /// <summary>The financial assessment shows resources above the financial limit (the route of condition 2: s.18(3), s.20(3)).</summary>
    public static readonly FinancialPosition AboveLimit = new(nameof(AboveLimit), "above-limit", "Resources above the financial limit");

    /// <summary>The financial assessment has not been done yet.</summary>
    public static readonly FinancialPosition NotYetAssessed = new(nameof(NotYetAssessed), "not-yet-assessed", "Financial assessment not yet done");

    private FinancialPosition(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
