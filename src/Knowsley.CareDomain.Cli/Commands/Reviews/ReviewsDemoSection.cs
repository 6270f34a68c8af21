using System.Linq;
using Knowsley.CareDomain.Cli.Demo;
using Knowsley.CareDomain.Reviews.Events;
using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Synthetic;
using Knowsley.CareDomain.Synthetic.Reviews;
using Spectre.Console;

namespace Knowsley.CareDomain.Cli.Commands.Reviews;

/// <summary>The reviews section of <c>care demo</c>: overdue counts, compliance measures and waiting-list medians for the synthetic caseload.</summary>
internal sealed class ReviewsDemoSection : IDemoSection
{
    public string Key => "reviews";

    public string Title => "Reviews and waiting lists";

    public DemoSectionResult Run(SyntheticCaseload caseload, CliServices services)
    {
        var log = ReviewEventLog.Build(SyntheticReviewEvents.ForCaseload(caseload.People, caseload.AsAt));
        var policy = new ReviewSchedulePolicy(FirstReviewStartEvent.PlanSignedOff, NextReviewAnchor.LastCompletedReview, unplannedReviewResetsClock: true, dueSoonDays: 28);
        var analysis = ReviewsAnalysis.Run(log, caseload.AsAt, policy, ReviewsAnalysis.KnowsleyTargets);
        var data = new
        {
            asAt = analysis.AsAt,
            cases = log.Cases.Count,
            waits = log.Waits.Count,
            overdue = analysis.Overdue.Count,
            reviewStatus = analysis.StatusCounts.ToDictionary(k => k.Key.Code, k => k.Value),
            measures = analysis.Measures().ToDictionary(m => m.Measure, m => new { m.Numerator, m.Denominator, percent = m.PercentText() }),
            medianWaitDays = analysis.Waits.Overall.ToDictionary(g => g.WaitType.Code, g => new { waiting = g.CurrentWaits.Count, current = g.CurrentWaits.Median, completed = g.CompletedWaits.Median }),
        };
        using var writer = new System.IO.StringWriter();
        var inner = CliServices.ForWriters(writer, writer, services.Clock);
        ReviewsCommand.Render(inner, analysis, null, $"{log.Cases.Count:N0} review cases and {log.Waits.Count:N0} requests from the synthetic caseload; {analysis.Overdue.Count:N0} reviews overdue");
        return new DemoSectionResult(data, new Text(writer.ToString().TrimEnd()));
    }
}
