using System.Text.Json.Serialization;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.Scheduling;

/// <summary>A review that was completed on a date (Care Act 2014 s.27).</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class CompletedReview
{
    /// <summary>Initializes a completed review.</summary>
    /// <param name="date">The date the review was completed.</param>
    /// <param name="reason">Planned or unplanned.</param>
    public CompletedReview(LocalDate date, ReviewReason reason)
    {
        Date = date;
        Reason = reason;
    }

    // The private setter is there only so that [JsonRequired] can reject JSON without this value (which would otherwise
    // read as the type's default); the constructor receives and validates the same value, and nothing else sets it.
    /// <summary>Gets the date the review was completed.</summary>
    [JsonRequired]
    [JsonInclude]
    public LocalDate Date { get; private set; }

    /// <summary>Gets whether the review was planned or unplanned.</summary>
    public ReviewReason Reason { get; }
}
