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
        var all = (events ?? throw new ArgumentNullException(nameof(events))) as IReadOnlyCollection<ReviewEvent> ?? events.ToList();
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
        foreach (var key in OrdinalKeys(plans))
        {
            BuildCase(InRowOrder(plans[key]), cases, rejected);
        }

        var waits = new List<WaitRecord>(requests.Count);
        foreach (var key in OrdinalKeys(requests))
        {
            BuildWait(InRowOrder(requests[key]), waits, rejected);
        }

        return new ReviewEventLog(cases, waits, rejected.OrderBy(r => r.Row).ToArray(), rowsRead);
    }

    // The keys in ordinal order (they are distinct, so any sort gives the one order).
    private static string[] OrdinalKeys(Dictionary<string, List<ReviewEvent>> groups)
    {
        var keys = new string[groups.Count];
        groups.Keys.CopyTo(keys, 0);
        Array.Sort(keys, StringComparer.Ordinal);
        return keys;
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
        // The accepted rows: the rows themselves until one is rejected (the usual case), then a copy.
        List<ReviewEvent>? acceptedCopy = null;
        int signedOffRow = 0, startedRow = 0, endedRow = 0, reviewCount = 0;
        NodaTime.LocalDate? signedOff = null, started = null, ended = null;

        // Gathered from the accepted rows in row order: the first review type, the first non-blank team, and whether
        // more than one person appears.
        ReviewType? type = null;
        string? team = null;
        string? person = null;
        bool hasPerson = false, manyPersons = false;
        for (var index = 0; index < rows.Count; index++)
        {
            var e = rows[index];
            var slot = e.Kind == ReviewEventKind.PlanSignedOff ? 1 : e.Kind == ReviewEventKind.ServiceStarted ? 2 : e.Kind == ReviewEventKind.PlanEnded ? 3 : 0;
            if (slot == 0 && e.Reason is null)
            {
                acceptedCopy ??= rows.GetRange(0, index);
                rejected.Add(new RejectedEvent(e.Row, "reason", "a review-completed row needs the reason (planned or unplanned)"));
                continue;
            }

            if (slot != 0)
            {
                ref var slotRow = ref slot == 1 ? ref signedOffRow : ref slot == 2 ? ref startedRow : ref endedRow;
                if (slotRow != 0)
                {
                    acceptedCopy ??= rows.GetRange(0, index);
                    rejected.Add(new RejectedEvent(e.Row, "event", $"case {caseId} already has a {e.Kind.Code} row (row {slotRow})"));
                    continue;
                }

                slotRow = e.Row;
                (slot == 1 ? ref signedOff : ref slot == 2 ? ref started : ref ended) = e.Date;
            }

            acceptedCopy?.Add(e);
            type ??= e.ReviewType;
            if (team is null && !string.IsNullOrWhiteSpace(e.Team))
            {
                team = e.Team;
            }

            if (!hasPerson)
            {
                (person, hasPerson) = (e.PersonId, true);
            }
            else if (!string.Equals(person, e.PersonId, StringComparison.Ordinal))
            {
                manyPersons = true;
            }

            if (e.Kind == ReviewEventKind.ReviewCompleted)
            {
                reviewCount++;
            }
        }

        var accepted = acceptedCopy ?? rows;
        string? field = null, reason = null;
        if (type is null)
        {
            (field, reason) = ("review_type", $"case {caseId} has no review type on any row");
        }
        else if (manyPersons)
        {
            var persons = accepted.Select(e => e.PersonId).Distinct(StringComparer.Ordinal);
            (field, reason) = ("person_id", $"case {caseId} has rows for more than one person ({string.Join(", ", persons)})");
        }
        else if (accepted.Count > 0)
        {
            try
            {
                var reviews = new CompletedReview[reviewCount];
                var i = 0;
                foreach (var e in accepted)
                {
                    if (e.Kind == ReviewEventKind.ReviewCompleted)
                    {
                        reviews[i++] = new CompletedReview(e.Date, e.Reason!);
                    }
                }

                cases.Add(new ReviewCase(caseId, person!, type, signedOff, started, ended, team, reviews));
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
        ReviewEvent? received = null, completed = null;
        int receivedCount = 0, completedCount = 0;
        foreach (var e in rows)
        {
            if (e.Kind == ReviewEventKind.RequestReceived)
            {
                received ??= e;
                receivedCount++;
            }

            if (e.Kind == ReviewEventKind.RequestCompleted)
            {
                completed ??= e;
                completedCount++;
            }
        }

        string? field = null, reason = null;
        if (received is null)
        {
            (field, reason) = ("event", $"request {requestId} has no request-received row");
        }
        else if (receivedCount > 1 || completedCount > 1)
        {
            // Every received row after the first, then every completed row after the first.
            RejectExtras(rows, ReviewEventKind.RequestReceived, requestId, rejected);
            RejectExtras(rows, ReviewEventKind.RequestCompleted, requestId, rejected);
        }

        if (field is null && received!.WaitType is null)
        {
            (field, reason) = ("wait_type", $"request {requestId} has no wait type");
        }

        if (field is null)
        {
            var r = received!;
            try
            {
                waits.Add(new WaitRecord(requestId, r.PersonId, r.WaitType!, r.Team, r.Age, r.Date, completed?.Date, r.RiskFlags));
                return;
            }
            catch (DomainValidationException ex)
            {
                (field, reason) = (ex.Errors[0].Field, $"request {requestId}: {ex.Errors[0].Message}");
            }
        }

        if (received is not null)
        {
            rejected.Add(new RejectedEvent(received.Row, field!, reason!));
        }

        if (completed is not null)
        {
            rejected.Add(new RejectedEvent(completed.Row, field!, reason!));
        }
    }

    private static void RejectExtras(List<ReviewEvent> rows, ReviewEventKind kind, string requestId, List<RejectedEvent> rejected)
    {
        var seen = false;
        foreach (var e in rows)
        {
            if (e.Kind == kind)
            {
                if (seen)
                {
                    rejected.Add(new RejectedEvent(e.Row, "event", $"request {requestId} already has a {e.Kind.Code} row"));
                }

                seen = true;
            }
        }
    }
}
