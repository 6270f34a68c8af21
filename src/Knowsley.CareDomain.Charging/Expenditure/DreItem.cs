using System;

namespace Knowsley.CareDomain.Charging.Expenditure;

/// <summary>One itemised claim for disability-related expenditure (DRE) and the council's decision on it (CSSG Annex C).</summary>
/// <remarks>When <see cref="Allowed"/> is <c>null</c> the claim is allowed as claimed; otherwise the council allowed the
/// stated amount and <see cref="RefusalReason"/> says why the rest was not (for example a cheaper alternative was
/// reasonably available). The explanation lists every item.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class DreItem : IEquatable<DreItem>
{
    /// <summary>Initializes a new DRE item.</summary>
    /// <param name="category">The category.</param>
    /// <param name="claimed">The amount claimed and its frequency.</param>
    /// <param name="allowed">The amount allowed, when it differs from the claim.</param>
    /// <param name="refusalReason">Why part or all of the claim was not allowed.</param>
    /// <param name="evidenceHeld">Whether the council holds evidence of the expenditure.</param>
    /// <param name="description">An optional description.</param>
    public DreItem(DreCategory category, PeriodicAmount claimed, PeriodicAmount? allowed = null, string? refusalReason = null, bool evidenceHeld = false, string? description = null)
    {
        Category = category;
        Claimed = claimed;
        Allowed = allowed;
        RefusalReason = refusalReason;
        EvidenceHeld = evidenceHeld;
        Description = description;
    }

    /// <summary>Gets the category.</summary>
    public DreCategory Category { get; }

    /// <summary>Gets the amount claimed.</summary>
    public PeriodicAmount Claimed { get; }

    /// <summary>Gets the amount allowed, or <c>null</c> when allowed as claimed.</summary>
    public PeriodicAmount? Allowed { get; }

    /// <summary>Gets why part or all of the claim was not allowed.</summary>
    public string? RefusalReason { get; }

    /// <summary>Gets a value indicating whether the council holds evidence of the expenditure.</summary>
    public bool EvidenceHeld { get; }

    /// <summary>Gets an optional description.</summary>
    public string? Description { get; }

    /// <summary>Gets the weekly amount allowed (the claim when no other amount was decided).</summary>
    /// <returns>The weekly allowed amount.</returns>
    public Money AllowedWeekly() => (Allowed ?? Claimed).ToWeekly();

    /// <inheritdoc />
    public bool Equals(DreItem? other)
        => other is not null && Equals(Category, other.Category) && Equals(Claimed, other.Claimed) && Equals(Allowed, other.Allowed)
           && string.Equals(RefusalReason, other.RefusalReason, StringComparison.Ordinal) && EvidenceHeld == other.EvidenceHeld
           && string.Equals(Description, other.Description, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DreItem);

    /// <inheritdoc />
    public override int GetHashCode() => Claimed?.GetHashCode() ?? 0;
}
