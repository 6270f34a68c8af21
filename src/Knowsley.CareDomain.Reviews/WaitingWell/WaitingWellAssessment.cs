using System.Collections.Generic;
using Knowsley.CareDomain.Reviews.WaitingLists;

namespace Knowsley.CareDomain.Reviews.WaitingWell;

/// <summary>A waiting person's Red/Amber/Green rating with its reasons and place in the allocation order.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class WaitingWellAssessment
{
    /// <summary>Initializes an assessment.</summary>
    /// <param name="wait">The wait.</param>
    /// <param name="daysWaiting">Calendar days waited on the as-at date.</param>
    /// <param name="rating">The rating.</param>
    /// <param name="reasons">The reasons of the rules that applied.</param>
    /// <param name="allocationOrder">The place in the allocation order, from 1.</param>
    public WaitingWellAssessment(WaitRecord wait, int daysWaiting, RagRating rating, IReadOnlyList<string> reasons, int allocationOrder)
    {
        Wait = wait;
        DaysWaiting = daysWaiting;
        Rating = rating;
        Reasons = reasons;
        AllocationOrder = allocationOrder;
    }

    /// <summary>Gets the wait.</summary>
    public WaitRecord Wait { get; }

    /// <summary>Gets the calendar days waited on the as-at date.</summary>
    public int DaysWaiting { get; }

    /// <summary>Gets the rating.</summary>
    public RagRating Rating { get; }

    /// <summary>Gets the reasons of the rules that applied (most severe first).</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>Gets the place in the allocation order, from 1.</summary>
    public int AllocationOrder { get; }
}
