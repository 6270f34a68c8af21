using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Reviews.Scheduling;

/// <summary>What the 12-month clock for later reviews runs from: a council policy choice (the two differ when a review is late).</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class NextReviewAnchor : CodeListItem<NextReviewAnchor>
{
    /// <summary>12 months from the last completed review.</summary>
    public static readonly NextReviewAnchor LastCompletedReview = new(nameof(LastCompletedReview), "last-completed-review", "Last completed review");

    /// <summary>12 months from the previous due date: due dates stay on a fixed yearly cycle from the first due date; a review in the current cycle (after the previous due date, on or before the due date) moves the due date on one cycle, a late review moves it to the first cycle date after the review, and a second review in a cycle already met changes nothing.</summary>
    public static readonly NextReviewAnchor PreviousDueDate = new(nameof(PreviousDueDate), "previous-due-date", "Previous due date");

    private NextReviewAnchor(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
