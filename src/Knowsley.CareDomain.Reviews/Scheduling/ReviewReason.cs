using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Reviews.Scheduling;

/// <summary>Whether a completed review was planned or unplanned (CLD Review Reason: "Planned" or one of the "Unplanned - ..." reasons).</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ReviewReason : CodeListItem<ReviewReason>
{
    /// <summary>A planned review, including the initial 6-8 week review (SALT LTS002b counts these as planned).</summary>
    public static readonly ReviewReason Planned = new(nameof(Planned), "planned", "Planned");

    /// <summary>An unplanned review: on request or a change of circumstances (hospital, carer, safeguarding, provider failure...).</summary>
    public static readonly ReviewReason Unplanned = new(nameof(Unplanned), "unplanned", "Unplanned");

    private ReviewReason(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
