using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.Validation;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.WaitingLists;

/// <summary>One request waiting (or that waited) for an assessment, review or other response: from the request to its completion.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class WaitRecord
{
    /// <summary>Initializes and validates a wait.</summary>
    /// <param name="requestId">The request identifier.</param>
    /// <param name="personId">The person's identifier.</param>
    /// <param name="waitType">What is waited for.</param>
    /// <param name="team">The team holding the request, if known.</param>
    /// <param name="ageAtRequest">The person's age on the request date, if known (0 to 130).</param>
    /// <param name="requested">The request date (day 0 of the wait).</param>
    /// <param name="completed">The date the wait ended (assessment or review completed), if it has.</param>
    /// <param name="riskFlags">Risk flags recorded for waiting-well prioritisation (for example "lives-alone", "carer-breakdown").</param>
    /// <exception cref="DomainValidationException">A rule fails; each error names the field.</exception>
    public WaitRecord(string requestId, string personId, WaitType waitType, string? team, int? ageAtRequest, LocalDate requested, LocalDate? completed, IReadOnlyList<string>? riskFlags = null)
    {
        RequestId = requestId;
        PersonId = personId;
        WaitType = waitType;
        Team = string.IsNullOrWhiteSpace(team) ? null : team;
        AgeAtRequest = ageAtRequest;
        Requested = requested;
        Completed = completed;
        RiskFlags = (riskFlags ?? Array.Empty<string>()).ToArray();
        var errors = new ValidationErrors();
        errors.Require(!string.IsNullOrWhiteSpace(requestId), "requestId", "required", "a wait needs a request identifier");
        errors.Require(!string.IsNullOrWhiteSpace(personId), "personId", "required", "a wait needs the person's identifier");
        errors.Require(waitType is not null, "waitType", "required", "a wait needs a wait type");
        errors.Require(ageAtRequest is null || (ageAtRequest >= 0 && ageAtRequest <= 130), "ageAtRequest", "range", "the age must be from 0 to 130");
        if (completed < requested)
        {
            errors.Add("completed", "on-or-after-requested", $"the wait cannot end ({completed:uuuu-MM-dd}) before the request ({requested:uuuu-MM-dd})");
        }
        for (var i = 0; i < RiskFlags.Count; i++)
        {
            errors.Require(!string.IsNullOrWhiteSpace(RiskFlags[i]), FieldPath.Index("riskFlags", i), "required", "a risk flag cannot be blank");
        }

        errors.ThrowIfAny();
    }

    /// <summary>Gets the request identifier.</summary>
    public string RequestId { get; }

    /// <summary>Gets the person's identifier.</summary>
    public string PersonId { get; }

    /// <summary>Gets what is waited for.</summary>
    public WaitType WaitType { get; }

    /// <summary>Gets the team holding the request, if known.</summary>
    public string? Team { get; }

    /// <summary>Gets the person's age on the request date, if known.</summary>
    public int? AgeAtRequest { get; }

    // The private setter is there only so that [JsonRequired] can reject JSON without this value (which would otherwise
    // read as the type's default); the constructor receives and validates the same value, and nothing else sets it.
    /// <summary>Gets the request date (day 0 of the wait).</summary>
    [JsonRequired]
    [JsonInclude]
    public LocalDate Requested { get; private set; }

    /// <summary>Gets the date the wait ended, if it has.</summary>
    public LocalDate? Completed { get; }

    /// <summary>Gets the risk flags.</summary>
    public IReadOnlyList<string> RiskFlags { get; }

    /// <summary>Gets the age band at the request: 18 to 64, 65 and over, or <see langword="null"/> when the age is unknown or under 18.</summary>
    /// <remarks>Derived from <see cref="AgeAtRequest"/>, so not written to JSON.</remarks>
    [JsonIgnore]
    public AgeBand? AgeBand => AgeAtRequest switch
    {
        null => null,
        < 18 => null,
        < 65 => WaitingLists.AgeBand.Age18To64,
        _ => WaitingLists.AgeBand.Age65AndOver,
    };

    /// <summary>Gets whether the person is still waiting on a date (requested on or before it, not completed by it).</summary>
    /// <param name="asAt">The date.</param>
    /// <returns><see langword="true"/> if waiting.</returns>
    public bool IsWaitingOn(LocalDate asAt) => Requested <= asAt && (Completed is null || Completed > asAt);

    /// <summary>Gets the calendar days waited up to a date (same day = 0).</summary>
    /// <param name="asAt">The date.</param>
    /// <returns>The days.</returns>
    public int DaysWaitedOn(LocalDate asAt) => Period.Between(Requested, asAt, PeriodUnits.Days).Days;
}
