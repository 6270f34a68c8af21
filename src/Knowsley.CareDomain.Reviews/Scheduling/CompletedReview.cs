using NodaTime;

namespace Knowsley.CareDomain.Reviews.Scheduling;

/// <summary>A review that was completed on a date (Care Act 2014 s.27).</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class CompletedReview
{
    /// <summary>Initializes a completed review.</summary>
    /// <param name="date">The date the review was completed.</param>
    /// <param name="reason">Planned or unplanned.</param>
    public CompletedReview(LocalDate date, ReviewReason reason)
    {
        Date = date;
        Reason = reason;
    }

    /// <summary>Gets the date the review was completed.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets whether the review was planned or unplanned.</summary>
    public ReviewReason Reason { get; }
}
