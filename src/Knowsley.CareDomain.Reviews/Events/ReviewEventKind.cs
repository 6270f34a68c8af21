using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Reviews.Events;

/// <summary>The kinds of event in a review and waiting-list event log (one row of <c>care reviews</c> input).</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ReviewEventKind : CodeListItem<ReviewEventKind>
{
    /// <summary>A care and support plan, carer's support plan or direct payment agreement was signed off (starts a case; needs the review type).</summary>
    public static readonly ReviewEventKind PlanSignedOff = new(nameof(PlanSignedOff), "plan-signed-off", "Plan signed off");

    /// <summary>The service started (for a direct payment: the first payment).</summary>
    public static readonly ReviewEventKind ServiceStarted = new(nameof(ServiceStarted), "service-started", "Service started");

    /// <summary>The plan ended: no more reviews are due.</summary>
    public static readonly ReviewEventKind PlanEnded = new(nameof(PlanEnded), "plan-ended", "Plan ended");

    /// <summary>A review was completed (needs the reason: planned or unplanned).</summary>
    public static readonly ReviewEventKind ReviewCompleted = new(nameof(ReviewCompleted), "review-completed", "Review completed");

    /// <summary>A request joined a waiting list (needs the wait type).</summary>
    public static readonly ReviewEventKind RequestReceived = new(nameof(RequestReceived), "request-received", "Request received");

    /// <summary>The assessment or review requested was completed: the wait ended.</summary>
    public static readonly ReviewEventKind RequestCompleted = new(nameof(RequestCompleted), "request-completed", "Request completed");

    private ReviewEventKind(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
