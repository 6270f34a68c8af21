using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Reviews.Scheduling;

/// <summary>The state of a due review on a date: not due, due soon (within the council's window), due (on the due date) or overdue.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ReviewStatus : CodeListItem<ReviewStatus>
{
    /// <summary>The due date is further away than the due-soon window.</summary>
    public static readonly ReviewStatus NotDue = new(nameof(NotDue), "not-due", "Not due");

    /// <summary>The due date is within the due-soon window.</summary>
    public static readonly ReviewStatus DueSoon = new(nameof(DueSoon), "due-soon", "Due soon");

    /// <summary>Today is the due date: a review completed today is on time.</summary>
    public static readonly ReviewStatus Due = new(nameof(Due), "due", "Due");

    /// <summary>The due date has passed without a review.</summary>
    public static readonly ReviewStatus Overdue = new(nameof(Overdue), "overdue", "Overdue");

    /// <summary>The plan has ended: no review is due.</summary>
    public static readonly ReviewStatus Closed = new(nameof(Closed), "closed", "Closed");

    private ReviewStatus(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
