using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Reviews.Serialization;
using Knowsley.CareDomain.Serialization;
using Knowsley.CareDomain.Validation;
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

    // The JSON section of docs/reviews.md: the reader API and the error it documents.
    [Fact]
    public void Json_section_reads_and_reports_as_documented()
    {
        var json = """
            [ { "caseId": "C-1", "personId": "P-1", "reviewType": "care-and-support-plan", "planSignedOff": "2024-03-01",
                "team": "North", "reviews": [ { "date": "2024-05-20", "reason": "planned" } ] } ]
            """;
        var cases = ReviewJson.ReadCases(json);
        Assert.Equal("C-1", Assert.Single(cases).CaseId);
        Assert.Empty(ReviewJson.ReadWaits("[]"));
        var policy = ReviewJson.Read<ReviewSchedulePolicy>("""
            { "firstReviewStartEvent": "plan-signed-off", "nextReviewAnchor": "last-completed-review",
              "unplannedReviewResetsClock": true, "dueSoonDays": 28 }
            """);
        Assert.Equal(28, policy.DueSoonDays);
        Assert.Equal(new LocalDate(2025, 5, 20), new ReviewScheduler(ReviewParameters.Statutory, policy).Assess(cases[0], new LocalDate(2026, 3, 31)).DueDate);
        Assert.Equal(CareDomainJson.Serialize(cases), CareDomainJson.Serialize(ReviewJson.ReadCases(ReviewJson.Write(cases))));
        var ex = Assert.Throws<DomainValidationException>(() => ReviewJson.ReadCases(json.Replace("2024-05-20", "2024-01-20", System.StringComparison.Ordinal)));
        Assert.Equal("[0].reviews[0].date: a review (2024-01-20) cannot precede the plan (2024-03-01) [on-or-after-start]", ex.Errors[0].ToString());

        // The single-case example shown in the docs reads as written.
        var single = ReviewJson.Read<ReviewCase>("""
            { "caseId": "C-1", "personId": "P-1", "reviewType": "care-and-support-plan", "planSignedOff": "2024-03-01", "team": "North",
              "reviews": [ { "date": "2024-05-20", "reason": "planned" } ] }
            """);
        Assert.Equal(ReviewReason.Planned, single.Reviews[0].Reason);
    }
}
