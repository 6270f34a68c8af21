using System.Collections.Generic;
using System;
using Knowsley.CareDomain.Explanations;
using Knowsley.CareDomain.Parameters;
using Knowsley.CareDomain.Reviews.Calendar;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.Scheduling;

/// <summary>
/// Works out when reviews are due and their status on a date: care and support plans and carers' support plans
/// (Care Act 2014 s.27; statutory guidance ch. 13: first review within 6-8 weeks, then no later than every 12 months)
/// and direct payments (SI 2014/2871 reg. 7(1)(a): within 6 months of the first payment, then at intervals not exceeding 12 months).
/// </summary>
/// <remarks>
/// <para>The timescales are the dated parameters <c>reviews.*</c>, read on the date the clock starts. All timescales are
/// calendar periods (NodaTime arithmetic; see <see cref="Timescale"/>).</para>
/// <para>A review completed on the due date is on time: the status is <see cref="ReviewStatus.Due"/> on the due date
/// and <see cref="ReviewStatus.Overdue"/> only from the day after.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ReviewScheduler
{
    private readonly ParameterSet parameters;

    /// <summary>Initializes a scheduler.</summary>
    /// <param name="parameters">The parameters (the module's embedded set, <see cref="ReviewParameters.Statutory"/>, possibly with a council overlay).</param>
    /// <param name="policy">The council's policy choices.</param>
    public ReviewScheduler(ParameterSet parameters, ReviewSchedulePolicy policy)
    {
        this.parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
        Policy = policy ?? throw new ArgumentNullException(nameof(policy));
    }

    /// <summary>Gets the council's policy choices.</summary>
    public ReviewSchedulePolicy Policy { get; }

    /// <summary>Gets the status of a due date on a date.</summary>
    /// <param name="dueDate">The due date.</param>
    /// <param name="asAt">The date of the status.</param>
    /// <param name="dueSoonDays">The due-soon window in calendar days.</param>
    /// <returns>Not due, due soon, due (on the day) or overdue (from the day after).</returns>
    public static ReviewStatus StatusOn(LocalDate dueDate, LocalDate asAt, int dueSoonDays)
    {
        if (asAt > dueDate)
        {
            return ReviewStatus.Overdue;
        }

        if (asAt == dueDate)
        {
            return ReviewStatus.Due;
        }

        return dueDate.Minus(Period.FromDays(dueSoonDays)) <= asAt ? ReviewStatus.DueSoon : ReviewStatus.NotDue;
    }

    /// <summary>Works out a case's next review on a date, with the explanation.</summary>
    /// <param name="reviewCase">The case.</param>
    /// <param name="asAt">The date; reviews after it are ignored.</param>
    /// <returns>The next due date and status.</returns>
    /// <exception cref="Validation.DomainValidationException">The start event the policy needs is missing (field <c>planSignedOff</c> or <c>serviceStarted</c>).</exception>
    /// <exception cref="ParameterNotAvailableException">A timescale is not available on the start date.</exception>
    public ReviewDue Assess(ReviewCase reviewCase, LocalDate asAt)
    {
        var t = Compute(reviewCase ?? throw new ArgumentNullException(nameof(reviewCase)), asAt, withTimeline: false);
        var b = new ExplanationBuilder($"Review due: {reviewCase.ReviewType.DisplayName} {reviewCase.CaseId}");
        b.AddValue("Clock starts", $"{t.Start:uuuu-MM-dd} ({t.StartLabel})", note: t.StartNote);
        b.AddValue("First review due", $"{t.FirstDue:uuuu-MM-dd} ({t.FirstDueTimescale} after the start)", t.FirstDueTimescale.Citation);
        if (t.WindowOpensTimescale is not null)
        {
            b.AddValue("First review window opens", $"{t.WindowOpensTimescale.AddTo(t.Start):uuuu-MM-dd} ({t.WindowOpensTimescale} after the start)", t.WindowOpensTimescale.Citation);
        }

        b.AddValue("Later reviews", $"every {t.Interval} from the {(Policy.NextReviewAnchor == NextReviewAnchor.LastCompletedReview ? "last completed review" : "previous due date")}", t.Interval.Citation);
        b.AddValue("Reviews counted", t.Counted.ToString(System.Globalization.CultureInfo.InvariantCulture), note: Policy.UnplannedReviewResetsClock ? "planned and unplanned reviews restart the clock" : "only planned reviews restart the clock");
        if (t.LastReview is not null)
        {
            b.AddValue("Last review", $"{t.LastReview:uuuu-MM-dd}");
        }

        if (reviewCase.Ended is not null && reviewCase.Ended <= asAt)
        {
            b.AddValue("Status", ReviewStatus.Closed.DisplayName, note: $"plan ended {reviewCase.Ended:uuuu-MM-dd}");
            return new ReviewDue(reviewCase.CaseId, reviewCase.PersonId, reviewCase.ReviewType, reviewCase.Team, asAt, null, null, t.LastReview, ReviewStatus.Closed, 0, b.Build());
        }

        var status = StatusOn(t.Due, asAt, Policy.DueSoonDays);
        var overdue = status == ReviewStatus.Overdue ? Period.Between(t.Due, asAt, PeriodUnits.Days).Days : 0;
        b.AddValue("Next review due", $"{t.Due:uuuu-MM-dd}");
        b.AddValue("Status", status == ReviewStatus.Overdue ? $"Overdue by {overdue} days" : status.DisplayName, note: $"on {asAt:uuuu-MM-dd}; due soon within {Policy.DueSoonDays} days");
        var windowOpens = t.Counted == 0 && t.WindowOpensTimescale is not null ? t.WindowOpensTimescale.AddTo(t.Start) : (LocalDate?)null;
        return new ReviewDue(reviewCase.CaseId, reviewCase.PersonId, reviewCase.ReviewType, reviewCase.Team, asAt, t.Due, windowOpens, t.LastReview, status, overdue, b.Build());
    }

    /// <summary>Lists a case's due dates up to a date, each with the review that met it (or none).</summary>
    /// <param name="reviewCase">The case.</param>
    /// <param name="asAt">The date; reviews after it are ignored, and the last entry is the due date in force on it (omitted if the plan has ended).</param>
    /// <returns>The due dates in order.</returns>
    /// <remarks>With <see cref="NextReviewAnchor.PreviousDueDate"/>, a review late by more than a cycle skips the cycle dates it passed; they are not listed as missed.</remarks>
    public IReadOnlyList<ReviewDueDate> Timeline(ReviewCase reviewCase, LocalDate asAt) =>
        Compute(reviewCase ?? throw new ArgumentNullException(nameof(reviewCase)), asAt, withTimeline: true).Entries!;

    private Computation Compute(ReviewCase c, LocalDate asAt, bool withTimeline)
    {
        LocalDate start;
        string label;
        string? startNote = null;
        string prefix;
        Timescale? opens;
        if (c.ReviewType == ReviewType.DirectPayment)
        {
            start = c.ServiceStarted!.Value;
            label = "first direct payment";
            prefix = "reviews.direct-payment.";
            opens = null;
        }
        else
        {
            prefix = c.ReviewType == ReviewType.CarersSupportPlan ? "reviews.carers-support-plan." : "reviews.care-and-support-plan.";
            if (Policy.FirstReviewStartEvent == FirstReviewStartEvent.PlanSignedOff)
            {
                start = c.PlanSignedOff ?? throw new Validation.DomainValidationException("planSignedOff", "required-by-policy", $"case {c.CaseId}: the council counts the first review from plan sign-off, but no sign-off date is recorded");
                label = "plan signed off";
            }
            else
            {
                start = c.ServiceStarted ?? throw new Validation.DomainValidationException("serviceStarted", "required-by-policy", $"case {c.CaseId}: the council counts the first review from service start, but no service start date is recorded");
                label = "service started";
            }

            startNote = "council policy choice";
            opens = Timescale.FromParameter(parameters, prefix + "first-review-window-opens", start);
        }

        var firstTimescale = Timescale.FromParameter(parameters, prefix + "first-review-due", start);
        var interval = Timescale.FromParameter(parameters, prefix + "review-interval", start);
        var firstDue = firstTimescale.AddTo(start);
        var due = firstDue;
        var isFirst = true;
        var k = 0;
        var counted = 0;
        LocalDate? last = null;
        var entries = withTimeline ? new List<ReviewDueDate>() : null;
        var end = c.Ended is not null && c.Ended < asAt ? c.Ended.Value : asAt;
        foreach (var review in c.Reviews)
        {
            if (review.Date > end)
            {
                break;
            }

            if (review.Reason != ReviewReason.Planned && !Policy.UnplannedReviewResetsClock)
            {
                continue;
            }

            if (Policy.NextReviewAnchor == NextReviewAnchor.LastCompletedReview)
            {
                entries?.Add(new ReviewDueDate(due, isFirst, review.Date));
                due = interval.AddTo(review.Date);
            }
            else
            {
                if (k > 0 && review.Date <= interval.AddTimesTo(firstDue, k - 1))
                {
                    // The cycle this review falls in was already met by an earlier review.
                    continue;
                }

                entries?.Add(new ReviewDueDate(due, isFirst, review.Date));
                k++;
                due = interval.AddTimesTo(firstDue, k);
                while (due <= review.Date)
                {
                    k++;
                    due = interval.AddTimesTo(firstDue, k);
                }
            }

            isFirst = false;
            counted++;
            last = review.Date;
        }

        if (entries is not null && !(c.Ended is not null && c.Ended <= asAt))
        {
            entries.Add(new ReviewDueDate(due, isFirst, null));
        }

        return new Computation(start, label, startNote, opens, firstTimescale, interval, firstDue, due, counted, last, entries);
    }

    private sealed class Computation
    {
        public Computation(LocalDate start, string startLabel, string? startNote, Timescale? windowOpensTimescale, Timescale firstDueTimescale, Timescale interval, LocalDate firstDue, LocalDate due, int counted, LocalDate? lastReview, List<ReviewDueDate>? entries)
        {
            Start = start;
            StartLabel = startLabel;
            StartNote = startNote;
            WindowOpensTimescale = windowOpensTimescale;
            FirstDueTimescale = firstDueTimescale;
            Interval = interval;
            FirstDue = firstDue;
            Due = due;
            Counted = counted;
            LastReview = lastReview;
            Entries = entries;
        }

        public LocalDate Start { get; }

        public string StartLabel { get; }

        public string? StartNote { get; }

        public Timescale? WindowOpensTimescale { get; }

        public Timescale FirstDueTimescale { get; }

        public Timescale Interval { get; }

        public LocalDate FirstDue { get; }

        public LocalDate Due { get; }

        public int Counted { get; }

        public LocalDate? LastReview { get; }

        public List<ReviewDueDate>? Entries { get; }
    }
}
