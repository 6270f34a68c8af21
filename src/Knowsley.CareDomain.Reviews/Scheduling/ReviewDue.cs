using System.Threading;
using Knowsley.CareDomain.Explanations;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.Scheduling;

/// <summary>The next review of a case on a date: its due date, status and how overdue it is, with the explanation.</summary>
/// <remarks>A result from <see cref="ReviewScheduler"/> builds its explanation from the same case and date the first time
/// <see cref="Explanation"/> is read (the same text as building it at once), so bulk runs that only read the dates and
/// statuses pay nothing for it. Serializing the result reads it, so JSON output always includes the explanation.</remarks>
/// <threadsafety>Immutable; safe to share between threads. Threads that race on the first read of the explanation may each
/// build it, and all then get the same instance.</threadsafety>
public sealed class ReviewDue
{
    // For a scheduler's result: the scheduler and case that produced it, to build the explanation from.
    private readonly ReviewScheduler? scheduler;
    private readonly ReviewCase? source;

    // Set by the public constructor, or on first read of a scheduler's result.
    private Explanation? explanation;

    /// <summary>Initializes a result.</summary>
    /// <param name="caseId">The case identifier.</param>
    /// <param name="personId">The person's identifier.</param>
    /// <param name="reviewType">What is reviewed.</param>
    /// <param name="team">The team, if known.</param>
    /// <param name="asAt">The date of the status.</param>
    /// <param name="dueDate">The next due date; <see langword="null"/> when the plan has ended.</param>
    /// <param name="windowOpens">The earliest date a first review is expected (6 weeks), if this is the first review.</param>
    /// <param name="lastReview">The last completed review on or before <paramref name="asAt"/>, if any.</param>
    /// <param name="status">The status on <paramref name="asAt"/>.</param>
    /// <param name="daysOverdue">Calendar days past the due date (0 unless overdue).</param>
    /// <param name="explanation">How the due date was found.</param>
    public ReviewDue(string caseId, string personId, ReviewType reviewType, string? team, LocalDate asAt, LocalDate? dueDate, LocalDate? windowOpens, LocalDate? lastReview, ReviewStatus status, int daysOverdue, Explanation explanation)
    {
        CaseId = caseId;
        PersonId = personId;
        ReviewType = reviewType;
        Team = team;
        AsAt = asAt;
        DueDate = dueDate;
        WindowOpens = windowOpens;
        LastReview = lastReview;
        Status = status;
        DaysOverdue = daysOverdue;
        this.explanation = explanation;
    }

    // A scheduler's result: the explanation is built by the scheduler from the same case and date when first read.
    internal ReviewDue(string caseId, string personId, ReviewType reviewType, string? team, LocalDate asAt, LocalDate? dueDate, LocalDate? windowOpens, LocalDate? lastReview, ReviewStatus status, int daysOverdue, ReviewScheduler scheduler, ReviewCase source)
    {
        CaseId = caseId;
        PersonId = personId;
        ReviewType = reviewType;
        Team = team;
        AsAt = asAt;
        DueDate = dueDate;
        WindowOpens = windowOpens;
        LastReview = lastReview;
        Status = status;
        DaysOverdue = daysOverdue;
        this.scheduler = scheduler;
        this.source = source;
    }

    /// <summary>Gets the case identifier.</summary>
    public string CaseId { get; }

    /// <summary>Gets the person's identifier.</summary>
    public string PersonId { get; }

    /// <summary>Gets what is reviewed.</summary>
    public ReviewType ReviewType { get; }

    /// <summary>Gets the team, if known.</summary>
    public string? Team { get; }

    /// <summary>Gets the date of the status.</summary>
    public LocalDate AsAt { get; }

    /// <summary>Gets the next due date; <see langword="null"/> when the plan has ended.</summary>
    public LocalDate? DueDate { get; }

    /// <summary>Gets the earliest date a first review is expected, if the next review is the first.</summary>
    public LocalDate? WindowOpens { get; }

    /// <summary>Gets the last completed review on or before the as-at date, if any.</summary>
    public LocalDate? LastReview { get; }

    /// <summary>Gets the status on the as-at date.</summary>
    public ReviewStatus Status { get; }

    /// <summary>Gets the calendar days past the due date (0 unless overdue).</summary>
    public int DaysOverdue { get; }

    /// <summary>Gets how the due date was found.</summary>
    /// <value>Built on first read for a scheduler's result; the same instance on every later read.</value>
    public Explanation Explanation => Volatile.Read(ref explanation) ?? BuildExplanation();

    private Explanation BuildExplanation()
    {
        if (scheduler is null)
        {
            // Constructed with an explanation (null only if the caller passed null despite the annotation).
            return explanation!;
        }

        // Pure and deterministic: if two threads race, both build the same text and the first one stored is kept.
        var built = scheduler!.Explain(source!, AsAt);
        return Interlocked.CompareExchange(ref explanation, built, null) ?? built;
    }
}
