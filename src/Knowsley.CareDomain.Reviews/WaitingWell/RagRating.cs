using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Reviews.WaitingWell;

/// <summary>A waiting-well Red/Amber/Green priority rating; Red is allocated first.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class RagRating : CodeListItem<RagRating>
{
    /// <summary>Highest priority: allocate first.</summary>
    public static readonly RagRating Red = new(nameof(Red), "red", "Red");

    /// <summary>Raised priority.</summary>
    public static readonly RagRating Amber = new(nameof(Amber), "amber", "Amber");

    /// <summary>Waiting well: routine priority.</summary>
    public static readonly RagRating Green = new(nameof(Green), "green", "Green");

    private RagRating(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
