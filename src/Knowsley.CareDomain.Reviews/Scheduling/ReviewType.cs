using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Reviews.Scheduling;

/// <summary>What is being reviewed: a care and support plan, a carer's support plan (Care Act 2014 s.27) or the making of direct payments (SI 2014/2871 reg. 7).</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ReviewType : CodeListItem<ReviewType>
{
    /// <summary>A care and support plan (Care Act 2014 s.27(1)(a)).</summary>
    public static readonly ReviewType CareAndSupportPlan = new(nameof(CareAndSupportPlan), "care-and-support-plan", "Care and support plan");

    /// <summary>A carer's support plan (Care Act 2014 s.27(1)(b)).</summary>
    public static readonly ReviewType CarersSupportPlan = new(nameof(CarersSupportPlan), "carers-support-plan", "Carer's support plan");

    /// <summary>The making of direct payments (SI 2014/2871 reg. 7(1)(a)); the start event is the first payment.</summary>
    public static readonly ReviewType DirectPayment = new(nameof(DirectPayment), "direct-payment", "Direct payment");

    private ReviewType(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
