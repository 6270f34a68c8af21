using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Reviews.WaitingLists;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.Events;

/// <summary>One event record: a plan, service, review or waiting-list event for a case or request, as read from a council extract.</summary>
/// <remarks>For plan events <see cref="CaseId"/> identifies the plan; for request events it identifies the request.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class ReviewEvent
{
    /// <summary>Initializes an event.</summary>
    /// <param name="row">The row number in the source (for error reports).</param>
    /// <param name="kind">The kind of event.</param>
    /// <param name="caseId">The plan or request identifier.</param>
    /// <param name="personId">The person's identifier.</param>
    /// <param name="date">The date of the event.</param>
    /// <param name="reviewType">The review type (plan events; needed on at least one row of a case).</param>
    /// <param name="reason">Planned or unplanned (review events).</param>
    /// <param name="waitType">What is waited for (request events).</param>
    /// <param name="team">The team, if known.</param>
    /// <param name="age">The person's age on the date, if known.</param>
    /// <param name="riskFlags">Risk flags (request events).</param>
    public ReviewEvent(int row, ReviewEventKind kind, string caseId, string personId, LocalDate date, ReviewType? reviewType = null, ReviewReason? reason = null, WaitType? waitType = null, string? team = null, int? age = null, IReadOnlyList<string>? riskFlags = null)
    {
        Row = row;
        Kind = kind ?? throw new ArgumentNullException(nameof(kind));
        CaseId = caseId;
        PersonId = personId;
        Date = date;
        ReviewType = reviewType;
        Reason = reason;
        WaitType = waitType;
        Team = team;
        Age = age;
        RiskFlags = (riskFlags ?? Array.Empty<string>()).ToArray();
    }

    /// <summary>Gets the row number in the source.</summary>
    public int Row { get; }

    /// <summary>Gets the kind of event.</summary>
    public ReviewEventKind Kind { get; }

    /// <summary>Gets the plan or request identifier.</summary>
    public string CaseId { get; }

    /// <summary>Gets the person's identifier.</summary>
    public string PersonId { get; }

    // The private setter is there only so that [JsonRequired] can reject JSON without this value (which would otherwise
    // read as the type's default); the constructor receives and validates the same value, and nothing else sets it.
    /// <summary>Gets the date of the event.</summary>
    [JsonRequired]
    [JsonInclude]
    public LocalDate Date { get; private set; }

    /// <summary>Gets the review type, if given.</summary>
    public ReviewType? ReviewType { get; }

    /// <summary>Gets the review reason, if given.</summary>
    public ReviewReason? Reason { get; }

    /// <summary>Gets the wait type, if given.</summary>
    public WaitType? WaitType { get; }

    /// <summary>Gets the team, if given.</summary>
    public string? Team { get; }

    /// <summary>Gets the person's age on the date, if given.</summary>
    public int? Age { get; }

    /// <summary>Gets the risk flags.</summary>
    public IReadOnlyList<string> RiskFlags { get; }
}
