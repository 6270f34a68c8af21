using NodaTime;

namespace Knowsley.CareDomain.Reviews.Scheduling;

/// <summary>One due date in a case's review history, and the review (if any) that met it.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ReviewDueDate
{
    /// <summary>Initializes a due date.</summary>
    /// <param name="dueDate">The date the review was due.</param>
    /// <param name="isFirstReview">Whether this is the first (6-8 week, or 6-month direct payment) review rather than a periodic one.</param>
    /// <param name="completedOn">The date of the review that met it, if one has.</param>
    public ReviewDueDate(LocalDate dueDate, bool isFirstReview, LocalDate? completedOn)
    {
        DueDate = dueDate;
        IsFirstReview = isFirstReview;
        CompletedOn = completedOn;
    }

    /// <summary>Gets the date the review was due.</summary>
    public LocalDate DueDate { get; }

    /// <summary>Gets whether this is the first review rather than a periodic (annual) one.</summary>
    public bool IsFirstReview { get; }

    /// <summary>Gets the date of the review that met it, if one has.</summary>
    public LocalDate? CompletedOn { get; }

    /// <summary>Gets whether the review was completed on or before the due date.</summary>
    public bool CompletedOnTime => CompletedOn is not null && CompletedOn.Value <= DueDate;
}
