using System.Linq;
using Knowsley.CareDomain.Reviews.Events;
using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Reviews.WaitingLists;
using static Knowsley.CareDomain.Reviews.Tests.TestDates;

namespace Knowsley.CareDomain.Reviews.Tests.Events;

public sealed class ReviewEventLogTests
{
    [Fact]
    public void Builds_cases_and_waits_and_accounts_for_every_row()
    {
        var events = new[]
        {
            new ReviewEvent(2, ReviewEventKind.PlanSignedOff, "C1", "P1", D("2025-01-10"), ReviewType.CareAndSupportPlan, team: "North"),
            new ReviewEvent(3, ReviewEventKind.ServiceStarted, "C1", "P1", D("2025-01-20")),
            new ReviewEvent(4, ReviewEventKind.ReviewCompleted, "C1", "P1", D("2025-03-01"), reason: ReviewReason.Planned),
            new ReviewEvent(5, ReviewEventKind.ServiceStarted, "C1", "P1", D("2025-01-21")), // duplicate
            new ReviewEvent(6, ReviewEventKind.ReviewCompleted, "C1", "P1", D("2025-04-01")), // no reason
            new ReviewEvent(7, ReviewEventKind.PlanSignedOff, "C2", "P2", D("2025-01-10")), // no review type anywhere
            new ReviewEvent(8, ReviewEventKind.ReviewCompleted, "C2", "P2", D("2025-03-01"), reason: ReviewReason.Planned),
            new ReviewEvent(9, ReviewEventKind.RequestReceived, "R1", "P3", D("2026-01-05"), waitType: WaitType.Assessment, age: 82, riskFlags: new[] { "lives-alone" }),
            new ReviewEvent(10, ReviewEventKind.RequestCompleted, "R1", "P3", D("2026-01-20")),
            new ReviewEvent(11, ReviewEventKind.RequestCompleted, "R2", "P4", D("2026-01-20")), // no request-received
            new ReviewEvent(12, ReviewEventKind.RequestReceived, "R3", "P5", D("2026-01-20"), waitType: WaitType.Review),
            new ReviewEvent(13, ReviewEventKind.RequestCompleted, "R3", "P5", D("2026-01-10")), // completed before received
            new ReviewEvent(14, ReviewEventKind.PlanSignedOff, "C3", "P6", D("2025-05-01"), ReviewType.CareAndSupportPlan),
            new ReviewEvent(15, ReviewEventKind.ReviewCompleted, "C3", "P6", D("2025-04-01"), reason: ReviewReason.Planned), // before the plan
        };
        var log = ReviewEventLog.Build(events, new[] { new RejectedEvent(1, "date", "not a date") });
        Assert.Equal(15, log.RowsRead);
        Assert.Single(log.Cases);
        Assert.Single(log.Waits);
        Assert.Equal(log.RowsRead, log.RowsAccepted + log.RowsRejected);
        Assert.Equal(new[] { 2, 3, 4, 9, 10 }, Enumerable.Range(1, 15).Except(log.Rejected.Select(r => r.Row)));
        Assert.Contains(log.Rejected, r => r.Row == 5 && r.Field == "event");
        Assert.Contains(log.Rejected, r => r.Row == 6 && r.Field == "reason");
        Assert.Contains(log.Rejected, r => r.Row == 7 && r.Field == "review_type");
        Assert.Contains(log.Rejected, r => r.Row == 11 && r.Field == "event");
        Assert.Contains(log.Rejected, r => r.Row == 13 && r.Field == "completed");
        Assert.Contains(log.Rejected, r => r.Row == 15 && r.Field == "reviews[0].date");
        Assert.Equal("North", log.Cases[0].Team);
        Assert.Equal(new[] { "lives-alone" }, log.Waits[0].RiskFlags);
    }

    [Fact]
    public void A_case_with_two_people_is_rejected_naming_person_id()
    {
        var log = ReviewEventLog.Build(new[]
        {
            new ReviewEvent(1, ReviewEventKind.PlanSignedOff, "C1", "P1", D("2025-01-10"), ReviewType.CareAndSupportPlan),
            new ReviewEvent(2, ReviewEventKind.ReviewCompleted, "C1", "P2", D("2025-03-01"), reason: ReviewReason.Planned),
        });
        Assert.Empty(log.Cases);
        Assert.All(log.Rejected, r => Assert.Equal("person_id", r.Field));
        Assert.Equal(2, log.RowsRejected);
    }

    [Fact]
    public void A_request_without_wait_type_is_rejected_naming_wait_type()
    {
        var log = ReviewEventLog.Build(new[] { new ReviewEvent(1, ReviewEventKind.RequestReceived, "R1", "P1", D("2025-01-10")) });
        Assert.Equal("wait_type", log.Rejected.Single().Field);
    }
}
