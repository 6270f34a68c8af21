using System;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.Validation;

namespace Knowsley.CareDomain.Reviews.Scheduling;

/// <summary>A council's choices where the guidance leaves the review schedule open.</summary>
/// <remarks>
/// None of these has a hidden default: the guidance says "within 6-8 weeks of the service/change commencing" while
/// the statutory guidance is understood to count from plan sign-off, and "no later than every 12 months" can be
/// counted from the last review or from the previous due date.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class ReviewSchedulePolicy
{
    /// <summary>Initializes a policy.</summary>
    /// <param name="firstReviewStartEvent">The event that starts the 6-8 week clock for plan reviews (direct payments always run from the first payment, SI 2014/2871 reg. 7(1)(a)).</param>
    /// <param name="nextReviewAnchor">What the 12-month clock runs from.</param>
    /// <param name="unplannedReviewResetsClock">Whether an unplanned review (on request or change of circumstances) restarts the 12-month clock.</param>
    /// <param name="dueSoonDays">How many days before the due date a review counts as "due soon"; 0 or more.</param>
    /// <exception cref="DomainValidationException">A choice is missing or <paramref name="dueSoonDays"/> is negative.</exception>
    public ReviewSchedulePolicy(FirstReviewStartEvent firstReviewStartEvent, NextReviewAnchor nextReviewAnchor, bool unplannedReviewResetsClock, int dueSoonDays)
    {
        var errors = new ValidationErrors();
        errors.Require(firstReviewStartEvent is not null, "firstReviewStartEvent", "required", "choose the event that starts the first-review clock");
        errors.Require(nextReviewAnchor is not null, "nextReviewAnchor", "required", "choose what the 12-month clock runs from");
        errors.Require(dueSoonDays >= 0, "dueSoonDays", "non-negative", "the due-soon window cannot be negative");
        errors.ThrowIfAny();
        FirstReviewStartEvent = firstReviewStartEvent!;
        NextReviewAnchor = nextReviewAnchor!;
        UnplannedReviewResetsClock = unplannedReviewResetsClock;
        DueSoonDays = dueSoonDays;
    }

    /// <summary>Gets the event that starts the first-review clock for plan reviews.</summary>
    public FirstReviewStartEvent FirstReviewStartEvent { get; }

    /// <summary>Gets what the 12-month clock runs from.</summary>
    public NextReviewAnchor NextReviewAnchor { get; }

    // The private setter is there only so that [JsonRequired] can reject JSON without this value (which would otherwise
    // read as the type's default); the constructor receives and validates the same value, and nothing else sets it.
    /// <summary>Gets whether an unplanned review restarts the 12-month clock.</summary>
    /// <value>When <see langword="true"/>, an unplanned review counts for the schedule exactly as a planned one (with <see cref="NextReviewAnchor.LastCompletedReview"/> the 12 months run from it). When <see langword="false"/>, unplanned reviews are recorded (and counted in coverage measures) but do not move the due date.</value>
    [JsonRequired]
    [JsonInclude]
    public bool UnplannedReviewResetsClock { get; private set; }

    /// <summary>Gets how many calendar days before the due date a review counts as "due soon".</summary>
    [JsonRequired]
    [JsonInclude]
    public int DueSoonDays { get; private set; }
}
