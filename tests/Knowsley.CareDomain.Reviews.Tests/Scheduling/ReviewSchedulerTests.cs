using System;
using System.Linq;
using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Validation;
using NodaTime;
using static Knowsley.CareDomain.Reviews.Tests.TestDates;

namespace Knowsley.CareDomain.Reviews.Tests.Scheduling;

public sealed class ReviewSchedulerTests
{
    private static readonly ReviewSchedulePolicy FromSignOff = new(FirstReviewStartEvent.PlanSignedOff, NextReviewAnchor.LastCompletedReview, unplannedReviewResetsClock: true, dueSoonDays: 28);
    private static readonly ReviewSchedulePolicy FromDueDate = new(FirstReviewStartEvent.PlanSignedOff, NextReviewAnchor.PreviousDueDate, unplannedReviewResetsClock: true, dueSoonDays: 28);
    private static readonly ReviewSchedulePolicy FromService = new(FirstReviewStartEvent.ServiceStarted, NextReviewAnchor.LastCompletedReview, unplannedReviewResetsClock: false, dueSoonDays: 14);

    private static ReviewCase Plan(string signed, string? started = null, string? ended = null, params (string Date, ReviewReason Reason)[] reviews)
        => new("C1", "P1", ReviewType.CareAndSupportPlan, D(signed), started is null ? null : D(started), ended is null ? null : D(ended), "Team A", reviews.Select(r => new CompletedReview(D(r.Date), r.Reason)).ToArray());

    [Fact]
    public void Shared_doc_example_first_review_window_from_sign_off()
    {
        // reviews-and-timeliness.md 2.3: signed off Friday 1 March 2024; 6 weeks = 12 April, 8 weeks = 26 April 2024.
        var due = new ReviewScheduler(ReviewParameters.Statutory, FromSignOff).Assess(Plan("2024-03-01"), D("2024-04-01"));
        Assert.Equal(D("2024-04-26"), due.DueDate);
        Assert.Equal(D("2024-04-12"), due.WindowOpens);
        Assert.Equal(ReviewStatus.DueSoon, due.Status);
    }

    [Fact]
    public void Shared_doc_example_late_first_review_two_policies()
    {
        // reviews-and-timeliness.md 2.3: due 26 April 2024, done 20 May 2024: next due 20 May 2025 (last review) or 26 April 2025 (previous due date).
        var c = Plan("2024-03-01", reviews: ("2024-05-20", ReviewReason.Planned));
        Assert.Equal(D("2025-05-20"), new ReviewScheduler(ReviewParameters.Statutory, FromSignOff).Assess(c, D("2024-06-01")).DueDate);
        Assert.Equal(D("2025-04-26"), new ReviewScheduler(ReviewParameters.Statutory, FromDueDate).Assess(c, D("2024-06-01")).DueDate);
    }

    [Fact]
    public void Start_event_is_a_policy_choice()
    {
        var c = Plan("2024-03-01", "2024-03-15");
        Assert.Equal(D("2024-05-10"), new ReviewScheduler(ReviewParameters.Statutory, FromService).Assess(c, D("2024-03-20")).DueDate);
    }

    [Fact]
    public void Missing_start_event_required_by_policy_names_the_field()
    {
        var ex = Assert.Throws<DomainValidationException>(() => new ReviewScheduler(ReviewParameters.Statutory, FromService).Assess(Plan("2024-03-01"), D("2024-04-01")));
        Assert.Equal("serviceStarted", ex.Errors[0].Field);
        Assert.Equal("required-by-policy", ex.Errors[0].Rule);
        var signOffMissing = new ReviewCase("C2", "P2", ReviewType.CareAndSupportPlan, null, D("2024-03-01"), null, null, null);
        var ex2 = Assert.Throws<DomainValidationException>(() => new ReviewScheduler(ReviewParameters.Statutory, FromSignOff).Assess(signOffMissing, D("2024-04-01")));
        Assert.Equal("planSignedOff", ex2.Errors[0].Field);
    }

    [Theory]
    // Review completed 29 February 2024: 12 months later is 28 February 2025 (the month has no 29th).
    [InlineData("2024-02-29", "2025-02-28")]
    // Month ends.
    [InlineData("2024-01-31", "2025-01-31")]
    [InlineData("2023-03-31", "2024-03-31")]
    [InlineData("2024-12-31", "2025-12-31")]
    public void Annual_due_date_table(string reviewed, string due)
    {
        var c = Plan("2023-01-02", reviews: (reviewed, ReviewReason.Planned));
        Assert.Equal(D(due), new ReviewScheduler(ReviewParameters.Statutory, FromSignOff).Assess(c, D(reviewed)).DueDate);
    }

    [Theory]
    [InlineData("2025-01-01", "not-due", 0)]
    [InlineData("2025-01-31", "due-soon", 0)]
    [InlineData("2025-02-27", "due-soon", 0)]
    [InlineData("2025-02-28", "due", 0)]
    [InlineData("2025-03-01", "overdue", 1)]
    [InlineData("2025-03-31", "overdue", 31)]
    public void Status_table_around_a_29_February_review(string asAt, string status, int daysOverdue)
    {
        var c = Plan("2023-01-02", reviews: ("2024-02-29", ReviewReason.Planned));
        var due = new ReviewScheduler(ReviewParameters.Statutory, FromSignOff).Assess(c, D(asAt));
        Assert.Equal(status, due.Status.Code);
        Assert.Equal(daysOverdue, due.DaysOverdue);
    }

    [Fact]
    public void Unplanned_review_resets_the_clock_only_if_policy_says_so()
    {
        var c = Plan("2024-03-01", "2024-03-01", null, ("2024-04-20", ReviewReason.Planned), ("2024-09-10", ReviewReason.Unplanned));
        Assert.Equal(D("2025-09-10"), new ReviewScheduler(ReviewParameters.Statutory, FromSignOff).Assess(c, D("2025-01-01")).DueDate);
        Assert.Equal(D("2025-04-20"), new ReviewScheduler(ReviewParameters.Statutory, FromService).Assess(c, D("2025-01-01")).DueDate);
    }

    [Fact]
    public void Direct_payment_first_review_within_6_months_of_first_payment()
    {
        // SI 2014/2871 reg. 7(1)(a): first payment 31 August 2025; review within 6 months: 28 February 2026.
        var dp = new ReviewCase("DP1", "P1", ReviewType.DirectPayment, D("2025-08-01"), D("2025-08-31"), null, null, null);
        var due = new ReviewScheduler(ReviewParameters.Statutory, FromSignOff).Assess(dp, D("2026-03-31"));
        Assert.Equal(D("2026-02-28"), due.DueDate);
        Assert.Equal(ReviewStatus.Overdue, due.Status);
        Assert.Equal(31, due.DaysOverdue);
        Assert.Contains(due.Explanation.AllLines(), l => l.Citation?.Instrument == "SI 2014/2871");
    }

    [Fact]
    public void Carers_support_plan_uses_its_own_parameters()
    {
        var carer = new ReviewCase("K1", "P9", ReviewType.CarersSupportPlan, D("2026-01-05"), null, null, null, null);
        Assert.Equal(D("2026-03-02"), new ReviewScheduler(ReviewParameters.Statutory, FromSignOff).Assess(carer, D("2026-01-05")).DueDate);
    }

    [Fact]
    public void Ended_plan_is_closed()
    {
        var c = Plan("2024-03-01", ended: "2024-12-31");
        var due = new ReviewScheduler(ReviewParameters.Statutory, FromSignOff).Assess(c, D("2025-06-01"));
        Assert.Equal(ReviewStatus.Closed, due.Status);
        Assert.Null(due.DueDate);
        Assert.DoesNotContain(new ReviewScheduler(ReviewParameters.Statutory, FromSignOff).Timeline(c, D("2025-06-01")), t => t.CompletedOn is null);
    }

    [Fact]
    public void Reviews_after_the_as_at_date_are_ignored()
    {
        var c = Plan("2024-03-01", reviews: ("2024-04-20", ReviewReason.Planned));
        Assert.Equal(D("2024-04-26"), new ReviewScheduler(ReviewParameters.Statutory, FromSignOff).Assess(c, D("2024-04-19")).DueDate);
    }

    [Fact]
    public void Previous_due_date_policy_keeps_a_yearly_cycle()
    {
        var c = Plan("2024-03-01", reviews: new[] { ("2024-04-20", ReviewReason.Planned), ("2025-04-01", ReviewReason.Planned), ("2026-06-01", ReviewReason.Planned) });
        var timeline = new ReviewScheduler(ReviewParameters.Statutory, FromDueDate).Timeline(c, D("2026-07-01"));
        Assert.Equal(new[] { D("2024-04-26"), D("2025-04-26"), D("2026-04-26"), D("2027-04-26") }, timeline.Select(t => t.DueDate));
        Assert.Equal(new bool[] { true, true, false, false }, timeline.Select(t => t.CompletedOnTime));
        Assert.True(timeline[0].IsFirstReview);
    }

    [Fact]
    public void Explanation_states_the_policy_and_citations()
    {
        var due = new ReviewScheduler(ReviewParameters.Statutory, FromSignOff).Assess(Plan("2024-03-01"), D("2024-04-01"));
        var text = due.Explanation.ToText();
        Assert.Contains("plan signed off", text, StringComparison.Ordinal);
        Assert.Contains("Care and Support Statutory Guidance", text, StringComparison.Ordinal);
    }

    [Fact]
    public void StatusOn_boundaries()
    {
        Assert.Equal(ReviewStatus.Due, ReviewScheduler.StatusOn(D("2026-03-31"), D("2026-03-31"), 0));
        Assert.Equal(ReviewStatus.NotDue, ReviewScheduler.StatusOn(D("2026-03-31"), D("2026-03-30"), 0));
        Assert.Equal(ReviewStatus.DueSoon, ReviewScheduler.StatusOn(D("2026-03-31"), D("2026-03-30"), 1));
        Assert.Equal(ReviewStatus.Overdue, ReviewScheduler.StatusOn(D("2026-03-31"), D("2026-04-01"), 30));
    }
}
