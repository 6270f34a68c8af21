using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Reviews.Scheduling;

/// <summary>The event that starts the 6-8 week clock for the first review of a plan: a council policy choice, because the guidance and procedure manuals differ.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class FirstReviewStartEvent : CodeListItem<FirstReviewStartEvent>
{
    /// <summary>The plan and personal budget were agreed and signed off.</summary>
    public static readonly FirstReviewStartEvent PlanSignedOff = new(nameof(PlanSignedOff), "plan-signed-off", "Plan signed off");

    /// <summary>The service (or the change) started: "within 6-8 weeks of the service/change commencing".</summary>
    public static readonly FirstReviewStartEvent ServiceStarted = new(nameof(ServiceStarted), "service-started", "Service started");

    private FirstReviewStartEvent(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
