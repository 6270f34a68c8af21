using System;
using System.Collections.Generic;
using System.Linq;

namespace Knowsley.CareDomain.Eligibility.Wellbeing;

/// <summary>
/// The practitioner's finding on whether, as a consequence of being unable to achieve the outcomes (or, for a carer, of
/// the reg. 3(2) circumstances), there is or is likely to be a significant impact on wellbeing (SI 2015/313 reg. 2(1)(c)
/// and reg. 3(1)(c)), recorded against the wellbeing areas of Care Act 2014 s.1(2).
/// </summary>
/// <remarks>
/// "Significant" has its everyday meaning. The finding is a professional judgement: the engine records it with the areas
/// affected and the reasons, and never infers it from the outcome findings. A finding of significant impact must name at
/// least one area; reasons are always required (s.13(2)). It is checked when its assessment is built.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class SignificantImpactFinding : IEquatable<SignificantImpactFinding>
{
    /// <summary>Initializes a finding.</summary>
    /// <param name="significant">Whether there is, or is likely to be, a significant impact on wellbeing.</param>
    /// <param name="areas">The wellbeing areas affected (s.1(2)).</param>
    /// <param name="reasons">The reasons for the finding.</param>
    /// <param name="way">How the impact arises (single, cumulative or domino), if recorded.</param>
    public SignificantImpactFinding(bool significant, IReadOnlyList<WellbeingArea>? areas, string reasons, ImpactWay? way = null)
    {
        Significant = significant;
        Areas = areas?.ToArray() ?? Array.Empty<WellbeingArea>();
        Reasons = reasons?.Trim() ?? string.Empty;
        Way = way;
    }

    /// <summary>Gets a value indicating whether there is, or is likely to be, a significant impact on wellbeing.</summary>
    public bool Significant { get; }

    /// <summary>Gets the wellbeing areas affected, as recorded.</summary>
    public IReadOnlyList<WellbeingArea> Areas { get; }

    /// <summary>Gets the reasons for the finding.</summary>
    public string Reasons { get; }

    /// <summary>Gets how the impact arises, if recorded.</summary>
    public ImpactWay? Way { get; }

    /// <inheritdoc />
    public bool Equals(SignificantImpactFinding? other)
        => other is not null && Significant == other.Significant && Areas.SequenceEqual(other.Areas)
           && string.Equals(Reasons, other.Reasons, StringComparison.Ordinal) && Equals(Way, other.Way);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SignificantImpactFinding);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Significant.GetHashCode() * 397) ^ StringComparer.Ordinal.GetHashCode(Reasons));
}
