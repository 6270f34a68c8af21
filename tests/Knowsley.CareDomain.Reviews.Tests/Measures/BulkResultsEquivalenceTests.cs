using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Knowsley.CareDomain.Reviews.Events;
using Knowsley.CareDomain.Reviews.Measures;
using Knowsley.CareDomain.Reviews.Scheduling;
using NodaTime;
using static Knowsley.CareDomain.Reviews.Tests.TestDates;

namespace Knowsley.CareDomain.Reviews.Tests.Measures;

// The overdue list and the annual-review completion rate walk every case without building a result or a timeline
// for it. These tests hold them to their definitions, written the one-case-at-a-time way (Assess and Timeline for
// each case, as the 0.1.0 implementation did), on a synthetic caseload of 2,000 people, under every policy.
public sealed class BulkResultsEquivalenceTests
{
    private static readonly IReadOnlyList<ReviewCase> Cases = ReviewEventLog.Build(SyntheticReviewLog.Events(2_000)).Cases;

    public static TheoryData<string, string, bool, string> Policies()
    {
        var data = new TheoryData<string, string, bool, string>();
        foreach (var start in new[] { "plan-signed-off", "service-started" })
        {
            foreach (var anchor in new[] { "last-completed-review", "previous-due-date" })
            {
                foreach (var unplannedResets in new[] { true, false })
                {
                    foreach (var asAt in new[] { "2026-03-31", "2025-09-30" })
                    {
                        data.Add(start, anchor, unplannedResets, asAt);
                    }
                }
            }
        }

        return data;
    }

    private static ReviewScheduler Scheduler(string start, string anchor, bool unplannedResets)
        => new(ReviewParameters.Statutory, new ReviewSchedulePolicy(FirstReviewStartEvent.FromCode(start), NextReviewAnchor.FromCode(anchor), unplannedResets, 28));

    // The cases the policy can schedule (a service-start policy needs a service start date).
    private static ReviewCase[] Schedulable(string start)
        => Cases.Where(c => c.ReviewType == ReviewType.DirectPayment || (start == "plan-signed-off" ? c.PlanSignedOff is not null : c.ServiceStarted is not null)).ToArray();

    private static IReadOnlyList<ReviewDue> ReferenceOverdue(IEnumerable<ReviewCase> cases, ReviewScheduler scheduler, LocalDate asAt)
        => cases.Select(c => scheduler.Assess(c, asAt))
            .Where(d => d.Status == ReviewStatus.Overdue)
            .OrderByDescending(d => d.DaysOverdue)
            .ThenBy(d => d.CaseId, StringComparer.Ordinal)
            .ToArray();

    private static (int Due, int OnTime, int Late, int First, int NotYet) ReferenceCompletion(IEnumerable<ReviewCase> cases, ReviewScheduler scheduler, DateInterval period, LocalDate asAt)
    {
        int due = 0, onTime = 0, late = 0, first = 0, notYet = 0;
        foreach (var c in cases)
        {
            foreach (var d in scheduler.Timeline(c, asAt))
            {
                if (!period.Contains(d.DueDate))
                {
                    continue;
                }

                if (d.IsFirstReview)
                {
                    first++;
                    continue;
                }

                if (d.DueDate > asAt)
                {
                    notYet++;
                    continue;
                }

                due++;
                if (d.CompletedOnTime)
                {
                    onTime++;
                }
                else if (d.CompletedOn is not null)
                {
                    late++;
                }
            }
        }

        return (due, onTime, late, first, notYet);
    }

    // An exclusion's count (a measure lists only the exclusions that left something out).
    private static int Excluded(MeasureResult measure, string reasonStart)
        => measure.Exclusions.Where(e => e.Reason.StartsWith(reasonStart, StringComparison.Ordinal)).Sum(e => e.Count);

    private static string Row(ReviewDue d)
        => string.Join("|", d.CaseId, d.PersonId, d.ReviewType.Code, d.Team, d.AsAt, d.DueDate, d.WindowOpens, d.LastReview, d.Status.Code, d.DaysOverdue.ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void The_synthetic_caseload_is_large_and_varied()
    {
        Assert.InRange(Cases.Count, 2_000, 3_000);
        Assert.Contains(Cases, c => c.ReviewType == ReviewType.DirectPayment);
        Assert.Contains(Cases, c => c.ReviewType == ReviewType.CarersSupportPlan);
        Assert.Contains(Cases, c => c.Ended is not null);
        Assert.Contains(Cases, c => c.Reviews.Any(r => r.Reason == ReviewReason.Unplanned));
        var scheduler = Scheduler("plan-signed-off", "last-completed-review", true);
        Assert.InRange(ReviewCompliance.Overdue(Cases, scheduler, SyntheticReviewLog.AsAt).Count, 100, Cases.Count);
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Overdue_list_equals_assessing_every_case(string start, string anchor, bool unplannedResets, string asAt)
    {
        var scheduler = Scheduler(start, anchor, unplannedResets);
        var cases = Schedulable(start);
        var expected = ReferenceOverdue(cases, scheduler, D(asAt));
        var actual = ReviewCompliance.Overdue(cases, scheduler, D(asAt));
        Assert.NotEmpty(actual);
        Assert.Equal(expected.Select(Row), actual.Select(Row));
        Assert.Equal(expected.Select(d => d.Explanation.ToText()), actual.Select(d => d.Explanation.ToText()));
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Annual_review_completion_equals_counting_every_timeline(string start, string anchor, bool unplannedResets, string asAt)
    {
        var scheduler = Scheduler(start, anchor, unplannedResets);
        var cases = Schedulable(start);
        var at = D(asAt);
        foreach (var period in new[] { FinancialYear.Containing(at).Interval, new DateInterval(at.PlusYears(-2), at) })
        {
            var (due, onTime, late, first, notYet) = ReferenceCompletion(cases, scheduler, period, at);
            var actual = ReviewCompliance.AnnualReviewCompletion(cases, scheduler, period, at);
            Assert.Equal((onTime, due), (actual.Numerator, actual.Denominator));
            Assert.Equal((first, notYet), (Excluded(actual, "first "), Excluded(actual, "due dates in the period after")));
            Assert.Contains(actual.Explanation.AllLines(), l => l.Label == "Completed late" && l.Value == late.ToString(CultureInfo.InvariantCulture));
            Assert.True(due > 0, "the period has periodic due dates");
        }
    }

    [Fact]
    public void Overdue_list_does_not_depend_on_input_order_and_keeps_it_for_identical_keys()
    {
        var scheduler = Scheduler("plan-signed-off", "last-completed-review", true);
        var forward = ReviewCompliance.Overdue(Cases, scheduler, SyntheticReviewLog.AsAt);
        var backward = ReviewCompliance.Overdue(Cases.Reverse(), scheduler, SyntheticReviewLog.AsAt);
        Assert.Equal(forward.Select(Row), backward.Select(Row));

        // Two cases with one identifier (a caller's mistake) and the same days overdue: listed in input order, as a stable sort would.
        var a = new ReviewCase("X-1", "P-A", ReviewType.CareAndSupportPlan, D("2024-01-10"), null, null, null, null);
        var b = new ReviewCase("X-1", "P-B", ReviewType.CareAndSupportPlan, D("2024-01-10"), null, null, null, null);
        Assert.Equal(new[] { "P-A", "P-B" }, ReviewCompliance.Overdue(new[] { a, b }, scheduler, SyntheticReviewLog.AsAt).Select(d => d.PersonId));
        Assert.Equal(new[] { "P-B", "P-A" }, ReviewCompliance.Overdue(new[] { b, a }, scheduler, SyntheticReviewLog.AsAt).Select(d => d.PersonId));
    }

    [Fact]
    public void Status_counts_from_assess_equal_the_overdue_list()
    {
        var scheduler = Scheduler("plan-signed-off", "previous-due-date", false);
        var all = Cases.Select(c => scheduler.Assess(c, SyntheticReviewLog.AsAt)).ToArray();
        Assert.Equal(all.Count(d => d.Status == ReviewStatus.Overdue), ReviewCompliance.Overdue(Cases, scheduler, SyntheticReviewLog.AsAt).Count);
        Assert.Contains(all, d => d.Status == ReviewStatus.Closed);
        Assert.Contains(all, d => d.Status == ReviewStatus.NotDue);
    }

    [Fact]
    public void A_case_the_policy_cannot_schedule_still_throws_naming_the_field()
    {
        var scheduler = Scheduler("service-started", "last-completed-review", true);
        var noStart = Cases.First(c => c.ReviewType != ReviewType.DirectPayment && c.ServiceStarted is null);
        var ex = Assert.Throws<Validation.DomainValidationException>(() => ReviewCompliance.Overdue(new[] { noStart }, scheduler, SyntheticReviewLog.AsAt));
        Assert.Equal("serviceStarted", ex.Errors[0].Field);
        ex = Assert.Throws<Validation.DomainValidationException>(() => ReviewCompliance.AnnualReviewCompletion(new[] { noStart }, scheduler, FinancialYear.Containing(SyntheticReviewLog.AsAt).Interval, SyntheticReviewLog.AsAt));
        Assert.Equal("serviceStarted", ex.Errors[0].Field);
    }
}
