using System.Collections.Generic;
using System;
using System.Threading;
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
/// <para>The explanation of a <see cref="ReviewDue"/> is built from the same case and date the first time it is read,
/// so bulk runs (the overdue list, status counts) that only read the dates and statuses pay nothing for it.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads. (The scheduler keeps the timescales it has read from the
/// parameters, per parameter entry; that cache only ever holds values equal to what would be read again.)</threadsafety>
public sealed class ReviewScheduler
{
    private const int WindowOpensKey = 0;
    private const int FirstReviewDueKey = 1;
    private const int ReviewIntervalKey = 2;

    // Parameter names by review type (care and support plan, carer's support plan, direct payment) and key, built once
    // rather than concatenated for every case.
    private static readonly string[][] ParameterNames =
    {
        Names("reviews.care-and-support-plan."),
        Names("reviews.carers-support-plan."),
        Names("reviews.direct-payment."),
    };

    private readonly ParameterSet parameters;

    // Timescales read from the parameters, by [review type][key], each an array by entry index of the parameter.
    // Filled on first use; a race only ever writes an equal value (the parameters are immutable).
    private readonly Timescale?[]?[][] timescales = { new Timescale?[]?[3], new Timescale?[]?[3], new Timescale?[]?[3] };
    private readonly Parameter?[][] resolved = { new Parameter?[3], new Parameter?[3], new Parameter?[3] };

    /// <summary>Initializes a scheduler.</summary>
    /// <param name="parameters">The parameters (the module's embedded set, <see cref="ReviewParameters.Statutory"/>, possibly with a council overlay).</param>
    /// <param name="policy">The council's policy choices.</param>
    public ReviewScheduler(ParameterSet parameters, ReviewSchedulePolicy policy)
    {
        this.parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
        Policy = policy ?? throw new ArgumentNullException(nameof(policy));
    }

    // Receives the due dates of a case's history as they are found (a struct, so the calls are direct and nothing is allocated).
    private interface IDueDateSink
    {
        void Add(LocalDate dueDate, bool isFirstReview, LocalDate? completedOn);
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
    /// <returns>The next due date and status; its explanation is built when first read.</returns>
    /// <exception cref="Validation.DomainValidationException">The start event the policy needs is missing (field <c>planSignedOff</c> or <c>serviceStarted</c>).</exception>
    /// <exception cref="ParameterNotAvailableException">A timescale is not available on the start date.</exception>
    public ReviewDue Assess(ReviewCase reviewCase, LocalDate asAt)
    {
        var sink = default(NoDueDates);
        var t = Compute(reviewCase ?? throw new ArgumentNullException(nameof(reviewCase)), asAt, ref sink);
        return ToReviewDue(reviewCase, asAt, t);
    }

    /// <summary>Lists a case's due dates up to a date, each with the review that met it (or none).</summary>
    /// <param name="reviewCase">The case.</param>
    /// <param name="asAt">The date; reviews after it are ignored, and the last entry is the due date in force on it (omitted if the plan has ended).</param>
    /// <returns>The due dates in order.</returns>
    /// <remarks>With <see cref="NextReviewAnchor.PreviousDueDate"/>, a review late by more than a cycle skips the cycle dates it passed; they are not listed as missed.</remarks>
    public IReadOnlyList<ReviewDueDate> Timeline(ReviewCase reviewCase, LocalDate asAt)
    {
        var sink = new DueDateList(new List<ReviewDueDate>());
        Compute(reviewCase ?? throw new ArgumentNullException(nameof(reviewCase)), asAt, ref sink);
        return sink.Entries;
    }

    /// <summary>The case's next review if it is overdue on the date; nothing is allocated for a case that is not.</summary>
    /// <param name="reviewCase">The case.</param>
    /// <param name="asAt">The date.</param>
    /// <returns>The overdue review (explanation built when first read), or <see langword="null"/>.</returns>
    internal ReviewDue? OverdueOn(ReviewCase reviewCase, LocalDate asAt)
    {
        var sink = default(NoDueDates);
        var t = Compute(reviewCase ?? throw new ArgumentNullException(nameof(reviewCase)), asAt, ref sink);
        if (reviewCase.Ended is not null && reviewCase.Ended <= asAt)
        {
            return null;
        }

        return asAt > t.Due ? ToReviewDue(reviewCase, asAt, t) : null;
    }

    /// <summary>Counts a case's periodic due dates in a period for the annual-review completion rate (the timeline, without building it).</summary>
    /// <param name="reviewCase">The case.</param>
    /// <param name="asAt">The date of the data.</param>
    /// <param name="counts">The running counts.</param>
    internal void CountCompletion(ReviewCase reviewCase, LocalDate asAt, ref CompletionCounts counts)
        => Compute(reviewCase ?? throw new ArgumentNullException(nameof(reviewCase)), asAt, ref counts);

    /// <summary>Builds the explanation of a case's next review on a date (what <see cref="ReviewDue.Explanation"/> returns).</summary>
    /// <param name="reviewCase">The case.</param>
    /// <param name="asAt">The date.</param>
    /// <returns>The explanation.</returns>
    internal Explanation Explain(ReviewCase reviewCase, LocalDate asAt)
    {
        var sink = default(NoDueDates);
        var t = Compute(reviewCase, asAt, ref sink);
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
            return b.Build();
        }

        var status = StatusOn(t.Due, asAt, Policy.DueSoonDays);
        var overdue = status == ReviewStatus.Overdue ? Period.Between(t.Due, asAt, PeriodUnits.Days).Days : 0;
        b.AddValue("Next review due", $"{t.Due:uuuu-MM-dd}");
        b.AddValue("Status", status == ReviewStatus.Overdue ? $"Overdue by {overdue} days" : status.DisplayName, note: $"on {asAt:uuuu-MM-dd}; due soon within {Policy.DueSoonDays} days");
        return b.Build();
    }

    private static string[] Names(string prefix) => new[] { prefix + "first-review-window-opens", prefix + "first-review-due", prefix + "review-interval" };

    private ReviewDue ToReviewDue(ReviewCase reviewCase, LocalDate asAt, in Computation t)
    {
        if (reviewCase.Ended is not null && reviewCase.Ended <= asAt)
        {
            return new ReviewDue(reviewCase.CaseId, reviewCase.PersonId, reviewCase.ReviewType, reviewCase.Team, asAt, null, null, t.LastReview, ReviewStatus.Closed, 0, this, reviewCase);
        }

        var status = StatusOn(t.Due, asAt, Policy.DueSoonDays);
        var overdue = status == ReviewStatus.Overdue ? Period.Between(t.Due, asAt, PeriodUnits.Days).Days : 0;
        var windowOpens = t.Counted == 0 && t.WindowOpensTimescale is not null ? t.WindowOpensTimescale.AddTo(t.Start) : (LocalDate?)null;
        return new ReviewDue(reviewCase.CaseId, reviewCase.PersonId, reviewCase.ReviewType, reviewCase.Team, asAt, t.Due, windowOpens, t.LastReview, status, overdue, this, reviewCase);
    }

    // The timescale a parameter gives on a date, read once per parameter entry; the same value (and the same exceptions)
    // as Timescale.FromParameter(parameters, name, date).
    private Timescale TimescaleOn(int type, int key, LocalDate date)
    {
        var name = ParameterNames[type][key];
        var parameter = Volatile.Read(ref resolved[type][key]);
        if (parameter is null)
        {
            if (!parameters.TryGet(name, out parameter))
            {
                return Timescale.FromParameter(parameters, name, date);
            }

            Volatile.Write(ref resolved[type][key], parameter);
        }

        if (!parameter.TryGetEntryOn(date, out var entry))
        {
            return Timescale.FromParameter(parameters, name, date);
        }

        var entries = parameter.Entries;
        var index = 0;
        while (!ReferenceEquals(entries[index], entry))
        {
            index++;
        }

        var byEntry = Volatile.Read(ref timescales[type][key]);
        if (byEntry is null)
        {
            byEntry = new Timescale?[entries.Count];
            byEntry = Interlocked.CompareExchange(ref timescales[type][key], byEntry, null) ?? byEntry;
        }

        var timescale = Volatile.Read(ref byEntry[index]);
        if (timescale is null)
        {
            timescale = Timescale.FromParameter(parameters, name, date);
            Volatile.Write(ref byEntry[index], timescale);
        }

        return timescale;
    }

    private Computation Compute<TSink>(ReviewCase c, LocalDate asAt, ref TSink sink)
        where TSink : struct, IDueDateSink
    {
        LocalDate start;
        string label;
        string? startNote = null;
        int type;
        Timescale? opens;
        if (c.ReviewType == ReviewType.DirectPayment)
        {
            start = c.ServiceStarted!.Value;
            label = "first direct payment";
            type = 2;
            opens = null;
        }
        else
        {
            type = c.ReviewType == ReviewType.CarersSupportPlan ? 1 : 0;
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
            opens = TimescaleOn(type, WindowOpensKey, start);
        }

        var firstTimescale = TimescaleOn(type, FirstReviewDueKey, start);
        var interval = TimescaleOn(type, ReviewIntervalKey, start);
        var firstDue = firstTimescale.AddTo(start);
        var due = firstDue;
        var isFirst = true;
        var k = 0;
        var counted = 0;
        LocalDate? last = null;
        var end = c.Ended is not null && c.Ended < asAt ? c.Ended.Value : asAt;
        var reviews = c.Reviews;
        for (var i = 0; i < reviews.Count; i++)
        {
            var review = reviews[i];
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
                sink.Add(due, isFirst, review.Date);
                due = interval.AddTo(review.Date);
            }
            else
            {
                if (k > 0 && review.Date <= interval.AddTimesTo(firstDue, k - 1))
                {
                    // The cycle this review falls in was already met by an earlier review.
                    continue;
                }

                sink.Add(due, isFirst, review.Date);
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

        if (!(c.Ended is not null && c.Ended <= asAt))
        {
            sink.Add(due, isFirst, null);
        }

        return new Computation(start, label, startNote, opens, firstTimescale, interval, firstDue, due, counted, last);
    }

    /// <summary>Running counts of periodic due dates for <see cref="Measures.ReviewCompliance.AnnualReviewCompletion"/>.</summary>
    internal struct CompletionCounts : IDueDateSink
    {
        private readonly DateInterval period;
        private readonly LocalDate asAt;

        public CompletionCounts(DateInterval period, LocalDate asAt)
        {
            this.period = period;
            this.asAt = asAt;
            Due = 0;
            OnTime = 0;
            Late = 0;
            First = 0;
            NotYet = 0;
        }

        public int Due { get; private set; }

        public int OnTime { get; private set; }

        public int Late { get; private set; }

        public int First { get; private set; }

        public int NotYet { get; private set; }

        public void Add(LocalDate dueDate, bool isFirstReview, LocalDate? completedOn)
        {
            if (!period.Contains(dueDate))
            {
                return;
            }

            if (isFirstReview)
            {
                First++;
                return;
            }

            if (dueDate > asAt)
            {
                NotYet++;
                return;
            }

            Due++;
            if (completedOn is not null && completedOn.Value <= dueDate)
            {
                OnTime++;
            }
            else if (completedOn is not null)
            {
                Late++;
            }
        }
    }

    private struct NoDueDates : IDueDateSink
    {
        public void Add(LocalDate dueDate, bool isFirstReview, LocalDate? completedOn)
        {
        }
    }

    private struct DueDateList : IDueDateSink
    {
        public DueDateList(List<ReviewDueDate> entries) => Entries = entries;

        public List<ReviewDueDate> Entries { get; }

        public void Add(LocalDate dueDate, bool isFirstReview, LocalDate? completedOn) => Entries.Add(new ReviewDueDate(dueDate, isFirstReview, completedOn));
    }

    private readonly struct Computation
    {
        public Computation(LocalDate start, string startLabel, string? startNote, Timescale? windowOpensTimescale, Timescale firstDueTimescale, Timescale interval, LocalDate firstDue, LocalDate due, int counted, LocalDate? lastReview)
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
    }
}
