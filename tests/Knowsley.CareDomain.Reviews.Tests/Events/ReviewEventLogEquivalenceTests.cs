using System;
using System.Collections.Generic;
using System.Linq;
using Knowsley.CareDomain.Reviews.Events;
using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Reviews.WaitingLists;
using Knowsley.CareDomain.Validation;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.Tests.Events;

// ReviewEventLog.Build assembles cases without LINQ or per-case scratch collections. These tests hold it to the 0.1.0
// implementation, kept below verbatim as the oracle, on a synthetic log of 2,000 people with shuffled and damaged rows.
public sealed class ReviewEventLogEquivalenceTests
{
    private static readonly IReadOnlyList<ReviewEvent> Events = SyntheticReviewLog.Events(2_000);

    private static string Case(ReviewCase c)
        => string.Join("|", c.CaseId, c.PersonId, c.ReviewType.Code, c.PlanSignedOff, c.ServiceStarted, c.Ended, c.Team, string.Join(",", c.Reviews.Select(r => $"{r.Date}:{r.Reason.Code}")));

    private static string Wait(WaitRecord w)
        => string.Join("|", w.RequestId, w.PersonId, w.WaitType.Code, w.Team, w.AgeAtRequest, w.Requested, w.Completed, string.Join(",", w.RiskFlags));

    [Fact]
    public void Synthetic_log_takes_the_rejection_paths()
    {
        var log = ReviewEventLog.Build(Events);
        Assert.InRange(log.Cases.Count, 2_000, 3_000);
        Assert.NotEmpty(log.Waits);
        var fields = log.Rejected.Select(r => r.Field).Distinct().ToArray();
        Assert.True(new[] { "event", "reason", "person_id", "review_type", "wait_type", "serviceStarted" }.All(fields.Contains), string.Join(", ", fields));
        Assert.Contains(log.Rejected, r => r.Field.EndsWith(".date", StringComparison.Ordinal) || r.Field == "ended");
        Assert.Equal(log.RowsRead, log.RowsAccepted + log.RowsRejected);
    }

    [Fact]
    public void Build_equals_the_0_1_0_implementation()
    {
        var alreadyRejected = new[] { new RejectedEvent(900_001, "date", "not a date"), new RejectedEvent(900_001, "kind", "unknown kind"), new RejectedEvent(900_002, "row", "too short") };
        var expected = Reference.Build(Events, alreadyRejected);
        var actual = ReviewEventLog.Build(Events, alreadyRejected);
        Assert.Equal(expected.RowsRead, actual.RowsRead);
        Assert.Equal(expected.Cases.Select(Case), actual.Cases.Select(Case));
        Assert.Equal(expected.Waits.Select(Wait), actual.Waits.Select(Wait));
        Assert.Equal(expected.Rejected.Select(r => r.ToString()), actual.Rejected.Select(r => r.ToString()));
    }

    [Fact]
    public void Build_from_a_lazy_sequence_equals_build_from_a_list()
    {
        var fromList = ReviewEventLog.Build(Events);
        var fromSequence = ReviewEventLog.Build(Events.Where(_ => true));
        Assert.Equal(fromList.Cases.Select(Case), fromSequence.Cases.Select(Case));
        Assert.Equal(fromList.Rejected.Select(r => r.ToString()), fromSequence.Rejected.Select(r => r.ToString()));
        Assert.Equal(fromList.RowsRead, fromSequence.RowsRead);
    }

    [Fact]
    public void Reviews_given_out_of_order_are_sorted_stably_by_date()
    {
        var d = new LocalDate(2025, 6, 1);
        var reviews = new[] { new CompletedReview(d.PlusDays(10), ReviewReason.Planned), new CompletedReview(d, ReviewReason.Unplanned), new CompletedReview(d, ReviewReason.Planned) };
        var c = new ReviewCase("C", "P", ReviewType.CareAndSupportPlan, d.PlusDays(-30), null, null, null, reviews);
        Assert.Equal(reviews.OrderBy(r => r.Date), c.Reviews);
        Assert.Equal(new[] { ReviewReason.Unplanned, ReviewReason.Planned, ReviewReason.Planned }, c.Reviews.Select(r => r.Reason));
        Assert.NotSame(reviews, c.Reviews);
        var inOrder = new ReviewCase("C", "P", ReviewType.CareAndSupportPlan, d.PlusDays(-30), null, null, null, c.Reviews);
        Assert.NotSame(c.Reviews, inOrder.Reviews);
        Assert.Equal(c.Reviews, inOrder.Reviews);
    }

    // The 0.1.0 ReviewEventLog.Build, unchanged but for returning its parts.
    private static class Reference
    {
        public static (List<ReviewCase> Cases, List<WaitRecord> Waits, RejectedEvent[] Rejected, int RowsRead) Build(IEnumerable<ReviewEvent> events, IEnumerable<RejectedEvent>? alreadyRejected = null)
        {
            var all = (events ?? throw new ArgumentNullException(nameof(events))).ToList();
            var rejected = new List<RejectedEvent>(alreadyRejected ?? Array.Empty<RejectedEvent>());
            var rowsRead = all.Count + rejected.Select(r => r.Row).Distinct().Count();
            var plans = new Dictionary<string, List<ReviewEvent>>(StringComparer.Ordinal);
            var requests = new Dictionary<string, List<ReviewEvent>>(StringComparer.Ordinal);
            foreach (var e in all)
            {
                var isPlan = ReferenceEquals(e.Kind, ReviewEventKind.PlanSignedOff) || ReferenceEquals(e.Kind, ReviewEventKind.ServiceStarted)
                    || ReferenceEquals(e.Kind, ReviewEventKind.PlanEnded) || ReferenceEquals(e.Kind, ReviewEventKind.ReviewCompleted);
                var groups = isPlan ? plans : requests;
                if (!groups.TryGetValue(e.CaseId, out var list))
                {
                    list = new List<ReviewEvent>(4);
                    groups.Add(e.CaseId, list);
                }

                list.Add(e);
            }

            var cases = new List<ReviewCase>(plans.Count);
            foreach (var key in plans.Keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                BuildCase(InRowOrder(plans[key]), cases, rejected);
            }

            var waits = new List<WaitRecord>(requests.Count);
            foreach (var key in requests.Keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                BuildWait(InRowOrder(requests[key]), waits, rejected);
            }

            return (cases, waits, rejected.OrderBy(r => r.Row).ToArray(), rowsRead);
        }

        private static List<ReviewEvent> InRowOrder(List<ReviewEvent> rows)
        {
            for (var i = 1; i < rows.Count; i++)
            {
                if (rows[i].Row < rows[i - 1].Row)
                {
                    return rows.OrderBy(r => r.Row).ToList();
                }
            }

            return rows;
        }

        private static void BuildCase(List<ReviewEvent> rows, List<ReviewCase> cases, List<RejectedEvent> rejected)
        {
            var caseId = rows[0].CaseId;
            var accepted = new List<ReviewEvent>();
            var slotRows = new int[4];
            var slotDates = new NodaTime.LocalDate?[4];
            foreach (var e in rows)
            {
                var slot = e.Kind == ReviewEventKind.PlanSignedOff ? 1 : e.Kind == ReviewEventKind.ServiceStarted ? 2 : e.Kind == ReviewEventKind.PlanEnded ? 3 : 0;
                if (slot == 0 && e.Reason is null)
                {
                    rejected.Add(new RejectedEvent(e.Row, "reason", "a review-completed row needs the reason (planned or unplanned)"));
                    continue;
                }

                if (slot != 0)
                {
                    if (slotRows[slot] != 0)
                    {
                        rejected.Add(new RejectedEvent(e.Row, "event", $"case {caseId} already has a {e.Kind.Code} row (row {slotRows[slot]})"));
                        continue;
                    }

                    slotRows[slot] = e.Row;
                    slotDates[slot] = e.Date;
                }

                accepted.Add(e);
            }

            var type = accepted.Select(e => e.ReviewType).FirstOrDefault(t => t is not null);
            var persons = accepted.Select(e => e.PersonId).Distinct(StringComparer.Ordinal).ToArray();
            string? field = null, reason = null;
            if (type is null)
            {
                (field, reason) = ("review_type", $"case {caseId} has no review type on any row");
            }
            else if (persons.Length > 1)
            {
                (field, reason) = ("person_id", $"case {caseId} has rows for more than one person ({string.Join(", ", persons)})");
            }
            else if (accepted.Count > 0)
            {
                try
                {
                    var reviews = accepted.Where(e => e.Kind == ReviewEventKind.ReviewCompleted).Select(e => new CompletedReview(e.Date, e.Reason!)).ToArray();
                    var team = accepted.Select(e => e.Team).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
                    cases.Add(new ReviewCase(caseId, persons[0], type, slotDates[1], slotDates[2], slotDates[3], team, reviews));
                    return;
                }
                catch (DomainValidationException ex)
                {
                    (field, reason) = (ex.Errors[0].Field, $"case {caseId}: {ex.Errors[0].Message}");
                }
            }

            foreach (var e in accepted)
            {
                rejected.Add(new RejectedEvent(e.Row, field ?? "case_id", reason ?? $"case {caseId} could not be built"));
            }
        }

        private static void BuildWait(List<ReviewEvent> rows, List<WaitRecord> waits, List<RejectedEvent> rejected)
        {
            var requestId = rows[0].CaseId;
            var received = rows.Where(e => e.Kind == ReviewEventKind.RequestReceived).ToArray();
            var completed = rows.Where(e => e.Kind == ReviewEventKind.RequestCompleted).ToArray();
            string? field = null, reason = null;
            if (received.Length == 0)
            {
                (field, reason) = ("event", $"request {requestId} has no request-received row");
            }
            else if (received.Length > 1 || completed.Length > 1)
            {
                foreach (var extra in received.Skip(1).Concat(completed.Skip(1)))
                {
                    rejected.Add(new RejectedEvent(extra.Row, "event", $"request {requestId} already has a {extra.Kind.Code} row"));
                }
            }

            if (field is null && received[0].WaitType is null)
            {
                (field, reason) = ("wait_type", $"request {requestId} has no wait type");
            }

            if (field is null)
            {
                var r = received[0];
                try
                {
                    waits.Add(new WaitRecord(requestId, r.PersonId, r.WaitType!, r.Team, r.Age, r.Date, completed.Length == 0 ? null : completed[0].Date, r.RiskFlags));
                    return;
                }
                catch (DomainValidationException ex)
                {
                    (field, reason) = (ex.Errors[0].Field, $"request {requestId}: {ex.Errors[0].Message}");
                }
            }

            foreach (var e in received.Take(1).Concat(completed.Take(1)))
            {
                rejected.Add(new RejectedEvent(e.Row, field!, reason!));
            }
        }
    }
}
