using System.Collections.Generic;
using System.Linq;
using System;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.Validation;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.Scheduling;

/// <summary>One plan (or direct payment) under review: its start events, end and completed reviews (Care Act 2014 s.27).</summary>
/// <remarks>
/// For <see cref="ReviewType.DirectPayment"/>, <see cref="ServiceStarted"/> is the date the direct payment was first
/// made (SI 2014/2871 reg. 7(1)(a)). Reviews after <see cref="Ended"/> are ignored by the scheduler.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class ReviewCase
{
    /// <summary>Initializes and validates a case.</summary>
    /// <param name="caseId">The case (plan) identifier.</param>
    /// <param name="personId">The person's identifier.</param>
    /// <param name="reviewType">What is reviewed.</param>
    /// <param name="planSignedOff">The date the plan was signed off, if known.</param>
    /// <param name="serviceStarted">The date the service started (first payment, for direct payments), if known.</param>
    /// <param name="ended">The date the plan ended, if it has.</param>
    /// <param name="team">The team responsible, if known.</param>
    /// <param name="reviews">The completed reviews, in any order.</param>
    /// <exception cref="DomainValidationException">A rule fails; each error names the field (<c>reviews[2].date</c>).</exception>
    public ReviewCase(string caseId, string personId, ReviewType reviewType, LocalDate? planSignedOff, LocalDate? serviceStarted, LocalDate? ended, string? team, IReadOnlyList<CompletedReview>? reviews)
    {
        CaseId = caseId;
        PersonId = personId;
        ReviewType = reviewType;
        PlanSignedOff = planSignedOff;
        ServiceStarted = serviceStarted;
        Ended = ended;
        Team = team;
        Reviews = InDateOrder(reviews ?? Array.Empty<CompletedReview>());
        var errors = Validate();
        errors.ThrowIfAny();
    }

    /// <summary>Gets the case (plan) identifier.</summary>
    public string CaseId { get; }

    /// <summary>Gets the person's identifier.</summary>
    public string PersonId { get; }

    /// <summary>Gets what is reviewed.</summary>
    public ReviewType ReviewType { get; }

    /// <summary>Gets the date the plan was signed off, if known.</summary>
    public LocalDate? PlanSignedOff { get; }

    /// <summary>Gets the date the service started (first payment, for direct payments), if known.</summary>
    public LocalDate? ServiceStarted { get; }

    /// <summary>Gets the date the plan ended, if it has.</summary>
    public LocalDate? Ended { get; }

    /// <summary>Gets the team responsible, if known.</summary>
    public string? Team { get; }

    /// <summary>Gets the completed reviews in date order.</summary>
    public IReadOnlyList<CompletedReview> Reviews { get; }

    /// <summary>Gets the earliest known start event (sign-off or service start).</summary>
    /// <remarks>Derived, so not written to JSON.</remarks>
    [JsonIgnore]
    public LocalDate? EarliestStart =>
        PlanSignedOff is null ? ServiceStarted : ServiceStarted is null ? PlanSignedOff : (PlanSignedOff < ServiceStarted ? PlanSignedOff : ServiceStarted);

    // A copy in date order (a stable sort: reviews on the same date keep their order); copied as it is when already in order.
    private static CompletedReview[] InDateOrder(IReadOnlyList<CompletedReview> reviews)
    {
        var copy = reviews.ToArray();
        for (var i = 1; i < copy.Length; i++)
        {
            if ((copy[i]?.Date ?? default) < (copy[i - 1]?.Date ?? default))
            {
                return copy.OrderBy(r => r?.Date ?? default).ToArray();
            }
        }

        return copy;
    }

    private ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        errors.Require(!string.IsNullOrWhiteSpace(CaseId), "caseId", "required", "a case needs an identifier");
        errors.Require(!string.IsNullOrWhiteSpace(PersonId), "personId", "required", "a case needs the person's identifier");
        errors.Require(ReviewType is not null, "reviewType", "required", "a case needs a review type");
        errors.Require(PlanSignedOff is not null || ServiceStarted is not null, "planSignedOff", "start-required", "a case needs a plan sign-off or service start date");
        errors.Require(ReviewType != ReviewType.DirectPayment || ServiceStarted is not null, "serviceStarted", "first-payment-required", "a direct payment case needs the date of the first payment (serviceStarted)");
        var start = EarliestStart;
        if (Ended is not null && start is not null)
        {
            if (Ended < start)
            {
                errors.Add("ended", "on-or-after-start", $"the plan cannot end ({Ended:uuuu-MM-dd}) before it starts ({start:uuuu-MM-dd})");
            }
        }

        for (var i = 0; i < Reviews.Count; i++)
        {
            var review = Reviews[i];
            if (review is null)
            {
                errors.Add(FieldPath.Index("reviews", i), "required", "a review is missing");
                continue;
            }

            if (review.Reason is null)
            {
                errors.Add(FieldPath.Member(FieldPath.Index("reviews", i), "reason"), "required", "a review needs a reason (planned or unplanned)");
            }
            if (start is not null)
            {
                if (review.Date < start)
                {
                    errors.Add(FieldPath.Member(FieldPath.Index("reviews", i), "date"), "on-or-after-start", $"a review ({review.Date:uuuu-MM-dd}) cannot precede the plan ({start:uuuu-MM-dd})");
                }
            }
        }

        return errors;
    }
}
