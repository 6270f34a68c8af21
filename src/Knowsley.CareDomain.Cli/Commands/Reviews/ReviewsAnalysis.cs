using System.Collections.Generic;
using System.Linq;
using Knowsley.CareDomain.Reviews;
using Knowsley.CareDomain.Reviews.Calendar;
using Knowsley.CareDomain.Reviews.Events;
using Knowsley.CareDomain.Reviews.Measures;
using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Reviews.WaitingLists;
using Knowsley.CareDomain.Reviews.WaitingWell;
using NodaTime;

namespace Knowsley.CareDomain.Cli.Commands.Reviews;

/// <summary>Composes the library's review measures for an event log on a date (shared by <c>care reviews</c> and the demo).</summary>
internal sealed class ReviewsAnalysis
{
    private ReviewsAnalysis(LocalDate asAt, FinancialYear year, IReadOnlyList<ReviewDue> overdue, IReadOnlyDictionary<ReviewStatus, int> statusCounts, ReviewCoverage coverage, MeasureResult completion, MeasureResult planToService, WaitingListReport waits, IReadOnlyList<WaitingWellAssessment> waitingWell)
    {
        AsAt = asAt;
        Year = year;
        Overdue = overdue;
        StatusCounts = statusCounts;
        Coverage = coverage;
        Completion = completion;
        PlanToService = planToService;
        Waits = waits;
        WaitingWell = waitingWell;
    }

    internal LocalDate AsAt { get; }

    internal FinancialYear Year { get; }

    internal IReadOnlyList<ReviewDue> Overdue { get; }

    internal IReadOnlyDictionary<ReviewStatus, int> StatusCounts { get; }

    internal ReviewCoverage Coverage { get; }

    internal MeasureResult Completion { get; }

    internal MeasureResult PlanToService { get; }

    internal WaitingListReport Waits { get; }

    internal IReadOnlyList<WaitingWellAssessment> WaitingWell { get; }

    /// <summary>Knowsley's published local targets (CQC assessment 2025): OT assessments 12 weeks; services within 28 days of the plan. Local policy, not law.</summary>
    internal static IReadOnlyDictionary<WaitType, Timescale> KnowsleyTargets { get; } = new Dictionary<WaitType, Timescale>
    {
        [WaitType.OccupationalTherapy] = new Timescale(12, TimescaleUnit.Weeks, DayCountConvention.CalendarDays, new Citation("CQC local authority assessment: Knowsley (2025)", "OT assessment target of 12 weeks (local target)")),
    };

    internal static Timescale PlanToServiceTarget { get; } = Timescale.CalendarDays(28, new Citation("CQC local authority assessment: Knowsley (2025)", "over 90% of services started within 28 days of the support plan (local target)"));

    internal static WaitingWellRuleSet DefaultRules(IReadOnlyDictionary<WaitType, Timescale> targets) => new(
        new[]
        {
            WaitingWellRule.WhenRiskFlag("carer-breakdown", RagRating.Red, "carer at risk of breakdown"),
            WaitingWellRule.WhenRiskFlag("self-neglect", RagRating.Red, "self-neglect"),
            WaitingWellRule.WhenPercentOfTargetAtLeast(100m, RagRating.Red, "past the local target"),
            WaitingWellRule.WhenPercentOfTargetAtLeast(75m, RagRating.Amber, "75% of the local target"),
            WaitingWellRule.WhenDaysWaitingAtLeast(28, RagRating.Amber, "waiting 4 weeks or more"),
            WaitingWellRule.WhenRiskFlag("lives-alone", RagRating.Amber, "lives alone"),
            WaitingWellRule.WhenRiskFlag("falls-risk", RagRating.Amber, "falls risk"),
        },
        targets);

    internal static ReviewsAnalysis Run(ReviewEventLog log, LocalDate asAt, ReviewSchedulePolicy policy, IReadOnlyDictionary<WaitType, Timescale> targets)
    {
        var scheduler = new ReviewScheduler(ReviewParameters.Statutory, policy);
        var year = FinancialYear.Containing(asAt);
        var period = new DateInterval(year.Start, asAt < year.End ? asAt : year.End);
        var all = log.Cases.Select(c => scheduler.Assess(c, asAt)).ToArray();
        var overdue = all.Where(d => d.Status == ReviewStatus.Overdue).OrderByDescending(d => d.DaysOverdue).ThenBy(d => d.CaseId, System.StringComparer.Ordinal).ToArray();
        var counts = ReviewStatus.Items.ToDictionary(s => s, s => all.Count(d => d.Status == s));
        var options = new WaitingListOptions(targets, DayCountConvention.CalendarDays, BankHolidayCalendar.EnglandAndWales, new[] { 0.25m, 0.75m, 0.9m });
        return new ReviewsAnalysis(
            asAt,
            year,
            overdue,
            counts,
            ReviewCompliance.LongTermSupportReviewCoverage(log.Cases, year),
            ReviewCompliance.AnnualReviewCompletion(log.Cases, scheduler, period, asAt),
            ReviewCompliance.PlanToServiceTimeliness(log.Cases, period, asAt, PlanToServiceTarget),
            WaitingListCalculator.Calculate(log.Waits, period, asAt, options),
            WaitingWellPrioritiser.Prioritise(log.Waits, asAt, DefaultRules(targets)));
    }

    internal IEnumerable<MeasureResult> Measures()
    {
        yield return Coverage.Reviewed;
        yield return Coverage.Planned;
        yield return Coverage.Unplanned;
        yield return Completion;
        yield return PlanToService;
    }

    internal object ToData() => new
    {
        asAt = AsAt,
        financialYear = Year.ToString(),
        reviewStatus = StatusCounts.ToDictionary(k => k.Key.Code, k => k.Value),
        overdue = Overdue.Select(d => new { caseId = d.CaseId, personId = d.PersonId, reviewType = d.ReviewType.Code, team = d.Team, dueDate = d.DueDate, daysOverdue = d.DaysOverdue }).ToArray(),
        measures = Measures().Select(m => new { measure = m.Measure, numerator = m.Numerator, denominator = m.Denominator, percent = m.Percent is null ? (decimal?)null : decimal.Round(m.Percent.Value, 2, System.MidpointRounding.AwayFromZero), exclusions = m.Exclusions.ToDictionary(e => e.Reason, e => e.Count), method = m.Method, citation = m.Citation?.ToString() }).ToArray(),
        waitingLists = Waits.Groups.Select(g => new
        {
            waitType = g.WaitType.Code,
            team = g.Team,
            ageBand = g.AgeBand?.Code,
            waiting = g.CurrentWaits.Count,
            currentMedianDays = g.CurrentWaits.Median,
            currentPercentiles = g.CurrentWaits.Percentiles.ToDictionary(p => "p" + (p.Fraction * 100m).ToString("0", System.Globalization.CultureInfo.InvariantCulture), p => p.Value),
            completed = g.CompletedWaits.Count,
            completedMedianDays = g.CompletedWaits.Median,
            completedPercentiles = g.CompletedWaits.Percentiles.ToDictionary(p => "p" + (p.Fraction * 100m).ToString("0", System.Globalization.CultureInfo.InvariantCulture), p => p.Value),
            target = g.CompletedWaits.Target?.ToString(),
            completedWithinTarget = g.CompletedWaits.WithinTarget,
        }).ToArray(),
        waitingListExclusions = Waits.Exclusions.ToDictionary(e => e.Reason, e => e.Count),
        waitingListMethod = Waits.Method,
        waitingWell = WaitingWell.Select(a => new { order = a.AllocationOrder, requestId = a.Wait.RequestId, waitType = a.Wait.WaitType.Code, daysWaiting = a.DaysWaiting, rating = a.Rating.Code, reasons = a.Reasons }).ToArray(),
    };
}
