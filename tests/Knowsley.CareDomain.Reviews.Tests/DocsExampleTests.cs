using Knowsley.CareDomain.Reviews.Scheduling;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.Tests;

public sealed class DocsExampleTests
{
    // The quick start of docs/reviews.md (and the README snippet), kept compiling and correct here.
    [Fact]
    public void Quick_start_gives_the_documented_answer()
    {
        var policy = new ReviewSchedulePolicy(FirstReviewStartEvent.PlanSignedOff, NextReviewAnchor.LastCompletedReview,
            unplannedReviewResetsClock: true, dueSoonDays: 28);
        var scheduler = new ReviewScheduler(ReviewParameters.Statutory, policy);
        var plan = new ReviewCase("C-1", "P-1", ReviewType.CareAndSupportPlan, planSignedOff: new LocalDate(2024, 3, 1),
            serviceStarted: null, ended: null, team: "North",
            reviews: new[] { new CompletedReview(new LocalDate(2024, 5, 20), ReviewReason.Planned) });
        var due = scheduler.Assess(plan, new LocalDate(2026, 3, 31));
        Assert.Equal(new LocalDate(2025, 5, 20), due.DueDate);
        Assert.Equal(ReviewStatus.Overdue, due.Status);
        Assert.Equal(315, due.DaysOverdue);
        Assert.Contains("Next review due", due.Explanation.ToText(), System.StringComparison.Ordinal);
    }
}
