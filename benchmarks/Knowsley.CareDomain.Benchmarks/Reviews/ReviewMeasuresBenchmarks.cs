using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Knowsley.CareDomain.Reviews;
using Knowsley.CareDomain.Reviews.Calendar;
using Knowsley.CareDomain.Reviews.Events;
using Knowsley.CareDomain.Reviews.Measures;
using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Reviews.WaitingLists;
using Knowsley.CareDomain.Synthetic;
using Knowsley.CareDomain.Synthetic.Reviews;
using NodaTime;

namespace Knowsley.CareDomain.Benchmarks.Reviews;

/// <summary>Review compliance and waiting-list statistics over an event log of at least 1,000,000 synthetic events.</summary>
[MemoryDiagnoser]
public class ReviewMeasuresBenchmarks
{
    private static readonly LocalDate AsAt = new(2026, 3, 31);
    private readonly ReviewScheduler scheduler = new(ReviewParameters.Statutory, new ReviewSchedulePolicy(FirstReviewStartEvent.PlanSignedOff, NextReviewAnchor.LastCompletedReview, true, 28));
    private readonly WaitingListOptions options = new(
        new Dictionary<WaitType, Timescale> { [WaitType.OccupationalTherapy] = new Timescale(12, TimescaleUnit.Weeks, DayCountConvention.CalendarDays) },
        DayCountConvention.CalendarDays,
        null,
        new[] { 0.25m, 0.75m, 0.9m });

    private IReadOnlyList<ReviewEvent> events = null!;
    private ReviewEventLog log = null!;
    private DateInterval year = null!;

    /// <summary>Gets the number of events in the log (set in setup).</summary>
    public int EventCount => events.Count;

    [GlobalSetup]
    public void Setup()
    {
        var people = 150_000;
        var caseload = SyntheticCaseloadGenerator.Generate(new SyntheticCaseloadOptions(people, asAt: AsAt));
        events = SyntheticReviewEvents.ForCaseload(caseload.People, AsAt);
        while (events.Count < 1_000_000)
        {
            people += 20_000;
            caseload = SyntheticCaseloadGenerator.Generate(new SyntheticCaseloadOptions(people, asAt: AsAt));
            events = SyntheticReviewEvents.ForCaseload(caseload.People, AsAt);
        }

        log = ReviewEventLog.Build(events);
        year = FinancialYear.Containing(AsAt).Interval;
        System.Console.WriteLine($"// {events.Count:N0} events, {log.Cases.Count:N0} cases, {log.Waits.Count:N0} waits, {log.RowsRejected} rejected");
    }

    /// <summary>Assembling cases and waits from the 1M events.</summary>
    [Benchmark]
    public int BuildEventLog() => ReviewEventLog.Build(events).Cases.Count;

    /// <summary>Long-term-support review coverage (SALT LTS002b) and the annual-review completion rate.</summary>
    [Benchmark]
    public int Compliance()
        => ReviewCompliance.LongTermSupportReviewCoverage(log.Cases, FinancialYear.Containing(AsAt)).Reviewed.Numerator
         + ReviewCompliance.AnnualReviewCompletion(log.Cases, scheduler, year, AsAt).Numerator;

    /// <summary>Waiting-list statistics by wait type, team and age band with exact percentiles.</summary>
    [Benchmark]
    public int WaitingLists() => WaitingListCalculator.Calculate(log.Waits, year, AsAt, options).Groups.Count;

    /// <summary>The overdue list: every case's due date and status; the overdue ones carry an explanation built when first read.</summary>
    [Benchmark]
    public int OverdueList() => ReviewCompliance.Overdue(log.Cases, scheduler, AsAt).Count;
}
