using System;
using System.Linq;
using Knowsley.CareDomain.Reviews.Calendar;
using Knowsley.CareDomain.Reviews.Measures;
using Knowsley.CareDomain.Reviews.Scheduling;
using NodaTime;
using static Knowsley.CareDomain.Reviews.Tests.TestDates;

namespace Knowsley.CareDomain.Reviews.Tests.Measures;

public sealed class ReviewComplianceTests
{
    private static readonly ReviewScheduler Scheduler = new(ReviewParameters.Statutory, new ReviewSchedulePolicy(FirstReviewStartEvent.PlanSignedOff, NextReviewAnchor.LastCompletedReview, true, 28));

    private static ReviewCase Case(string id, string person, ReviewType type, string signed, string? started, string? ended, params (string Date, ReviewReason Reason)[] reviews)
        => new(id, person, type, D(signed), started is null ? null : D(started), ended is null ? null : D(ended), null, reviews.Select(r => new CompletedReview(D(r.Date), r.Reason)).ToArray());

    private static ReviewCase[] Caseload() => new[]
    {
        // In the 2025-26 cohort (started on or before 31 March 2025, open at 31 March 2026):
        Case("A", "P1", ReviewType.CareAndSupportPlan, "2020-01-10", "2020-01-20", null, ("2025-06-01", ReviewReason.Planned)),
        Case("B", "P2", ReviewType.CareAndSupportPlan, "2024-01-10", null, null, ("2025-09-01", ReviewReason.Unplanned)),
        Case("C", "P3", ReviewType.CareAndSupportPlan, "2023-05-01", null, null, ("2025-03-31", ReviewReason.Planned)), // reviewed the day before the year
        Case("D", "P4", ReviewType.CareAndSupportPlan, "2025-03-31", null, null, ("2025-05-20", ReviewReason.Planned), ("2026-01-05", ReviewReason.Unplanned)),
        // Second plan of P1: counted once.
        Case("A2", "P1", ReviewType.CareAndSupportPlan, "2021-01-10", null, null),
        // Out of the cohort:
        Case("E", "P5", ReviewType.CareAndSupportPlan, "2025-04-01", null, null, ("2025-05-20", ReviewReason.Planned)), // under 12 months
        Case("F", "P6", ReviewType.CareAndSupportPlan, "2020-01-01", null, "2026-03-31"), // ended at the year end
        Case("G", "P7", ReviewType.CarersSupportPlan, "2020-01-01", null, null),
        Case("H", "P8", ReviewType.DirectPayment, "2020-01-01", "2020-01-01", null),
    };

    [Fact]
    public void Long_term_support_review_coverage_hand_worked()
    {
        var r = ReviewCompliance.LongTermSupportReviewCoverage(Caseload(), new FinancialYear(2025));
        Assert.Equal(4, r.Reviewed.Denominator); // P1, P2, P3, P4
        Assert.Equal(3, r.Reviewed.Numerator); // P1 planned, P2 unplanned, P4 both; P3 reviewed before the year
        Assert.Equal(75m, r.Reviewed.Percent);
        Assert.Equal(2, r.Planned.Numerator);
        Assert.Equal(2, r.Unplanned.Numerator);
        Assert.Contains(r.Reviewed.Exclusions, e => e.Reason.StartsWith("plans started less than 12 months", StringComparison.Ordinal) && e.Count == 1);
        Assert.Contains(r.Reviewed.Exclusions, e => e.Reason.StartsWith("plans ended", StringComparison.Ordinal) && e.Count == 1);
        Assert.Contains(r.Reviewed.Exclusions, e => e.Reason.StartsWith("cases that are not", StringComparison.Ordinal) && e.Count == 2);
        Assert.Equal("75.0%", r.Reviewed.PercentText());
        Assert.Contains("LTS002b", r.Reviewed.Explanation.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_does_not_depend_on_input_order()
    {
        var a = ReviewCompliance.LongTermSupportReviewCoverage(Caseload(), new FinancialYear(2025));
        var b = ReviewCompliance.LongTermSupportReviewCoverage(Caseload().Reverse(), new FinancialYear(2025));
        Assert.Equal((a.Reviewed.Numerator, a.Reviewed.Denominator, a.Planned.Numerator), (b.Reviewed.Numerator, b.Reviewed.Denominator, b.Planned.Numerator));
    }

    [Fact]
    public void Annual_review_completion_hand_worked()
    {
        var cases = new[]
        {
            // First review 2024-06-10 on time; annual due 2025-06-10, done 2025-06-10 (on the due date: on time).
            Case("A", "P1", ReviewType.CareAndSupportPlan, "2024-04-15", null, null, ("2024-06-10", ReviewReason.Planned), ("2025-06-10", ReviewReason.Planned)),
            // Annual due 2025-05-01, done late 2025-07-01.
            Case("B", "P2", ReviewType.CareAndSupportPlan, "2024-03-01", null, null, ("2024-05-01", ReviewReason.Planned), ("2025-07-01", ReviewReason.Planned)),
            // Annual due 2025-09-30, not done by 2026-03-31.
            Case("C", "P3", ReviewType.CareAndSupportPlan, "2024-08-01", null, null, ("2024-09-30", ReviewReason.Planned)),
            // First review due in the year: excluded.
            Case("D", "P4", ReviewType.CareAndSupportPlan, "2025-10-01", null, null),
        };
        var r = ReviewCompliance.AnnualReviewCompletion(cases, Scheduler, new FinancialYear(2025).Interval, D("2026-03-31"));
        Assert.Equal(3, r.Denominator);
        Assert.Equal(1, r.Numerator);
        Assert.Contains(r.Exclusions, e => e.Reason.StartsWith("first", StringComparison.Ordinal) && e.Count == 1);
        Assert.Contains(r.Explanation.AllLines(), l => l.Label == "Completed late" && l.Value == "1");
    }

    [Fact]
    public void Overdue_list_is_most_overdue_first()
    {
        var list = ReviewCompliance.Overdue(Caseload(), Scheduler, D("2026-03-31"));
        Assert.True(list.Count > 0);
        Assert.True(list.Zip(list.Skip(1), (a, b) => a.DaysOverdue >= b.DaysOverdue).All(x => x));
        Assert.All(list, d => Assert.Equal(ReviewStatus.Overdue, d.Status));
    }

    [Fact]
    public void Plan_to_service_within_28_days_hand_worked()
    {
        var cases = new[]
        {
            Case("A", "P1", ReviewType.CareAndSupportPlan, "2026-01-01", "2026-01-29", null), // day 28: within
            Case("B", "P2", ReviewType.CareAndSupportPlan, "2026-01-01", "2026-01-30", null), // day 29: outside
            Case("C", "P3", ReviewType.CareAndSupportPlan, "2026-02-01", "2026-02-01", null), // same day
            Case("D", "P4", ReviewType.CareAndSupportPlan, "2026-03-01", null, null), // not started
            Case("E", "P5", ReviewType.CareAndSupportPlan, "2026-02-10", "2026-02-01", null), // started before sign-off
            Case("F", "P6", ReviewType.CareAndSupportPlan, "2025-01-01", "2025-01-05", null), // outside the period
            Case("G", "P7", ReviewType.DirectPayment, "2026-01-01", "2026-01-05", null),
        };
        var r = ReviewCompliance.PlanToServiceTimeliness(cases, new DateInterval(D("2026-01-01"), D("2026-03-31")), D("2026-03-31"), Timescale.CalendarDays(28));
        Assert.Equal(3, r.Denominator);
        Assert.Equal(2, r.Numerator);
        Assert.Equal(4, r.Exclusions.Sum(e => e.Count));
    }

    [Fact]
    public void Plan_to_service_with_a_working_day_target()
    {
        var cases = new[] { Case("A", "P1", ReviewType.CareAndSupportPlan, "2026-12-23", "2027-01-06", null) };
        // 5 working days from Wed 23 Dec 2026: 24, 29, 30, 31 Dec, 4 Jan; 7 days reach 6 Jan (25, 28 Dec and 1 Jan are bank holidays).
        var r = ReviewCompliance.PlanToServiceTimeliness(cases, new DateInterval(D("2026-12-01"), D("2026-12-31")), D("2027-01-31"), Timescale.WorkingDays(5), BankHolidayCalendar.EnglandAndWales);
        Assert.Equal(0, r.Numerator);
        var r2 = ReviewCompliance.PlanToServiceTimeliness(cases, new DateInterval(D("2026-12-01"), D("2026-12-31")), D("2027-01-31"), Timescale.WorkingDays(7), BankHolidayCalendar.EnglandAndWales);
        Assert.Equal(1, r2.Numerator);
    }
}
