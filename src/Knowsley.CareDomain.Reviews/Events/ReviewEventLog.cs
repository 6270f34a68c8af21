using System;
using System.Collections.Generic;
using System.Linq;
using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Reviews.WaitingLists;
using Knowsley.CareDomain.Validation;

namespace Knowsley.CareDomain.Reviews.Events;

/// <summary>Cases and waits assembled from an event log, with every row that could not be used and why.</summary>
/// <remarks>
/// Nothing is lost: every row is either part of an accepted case or wait, or listed in <see cref="Rejected"/>
/// (<see cref="RowsRead"/> = <see cref="RowsAccepted"/> + <see cref="RowsRejected"/>). A case or request whose rows
/// do not make a valid record is rejected as a whole, each of its rows naming the first field at fault.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ReviewEventLog
{
    private ReviewEventLog(IReadOnlyList<ReviewCase> cases, IReadOnlyList<WaitRecord> waits, IReadOnlyList<RejectedEvent> rejected, int rowsRead)
    {
        Cases = cases;
        Waits = waits;
        Rejected = rejected;
        RowsRead = rowsRead;
    }

    /// <summary>Gets the review cases, ordered by case identifier.</summary>
    public IReadOnlyList<ReviewCase> Cases { get; }

    /// <summary>Gets the waits, ordered by request identifier.</summary>
    public IReadOnlyList<WaitRecord> Waits { get; }

    /// <summary>Gets the rejected rows with field and reason, ordered by row (one entry per rejected row).</summary>
    public IReadOnlyList<RejectedEvent> Rejected { get; }

    /// <summary>Gets the number of rows read (including rows rejected earlier by the caller's parser, if passed in).</summary>
    public int RowsRead { get; }

    /// <summary>Gets the number of rows rejected.</summary>
    public int RowsRejected => Rejected.Select(r => r.Row).Distinct().Count();

    /// <summary>Gets the number of rows used.</summary>
    public int RowsAccepted => RowsRead - RowsRejected;

    /// <summary>Assembles cases and waits from events.</summary>
    /// <param name="events">The events that were read, in any order.</param>
    /// <param name="alreadyRejected">Rows the caller's parser already rejected (counted in <see cref="RowsRead"/>).</param>
    /// <returns>The log.</returns>
    public static ReviewEventLog Build(IEnumerable<ReviewEvent> events, IEnumerable<RejectedEvent>? alreadyRejected = null)
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

        return new ReviewEventLog(cases, waits, rejected.OrderBy(r => r.Row).ToArray(), rowsRead);
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
