using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Charging.Assessment;

/// <summary>The kind of financial assessment: care outside a care home, or a permanent or temporary care-home stay.</summary>
/// <remarks>Non-residential assessments deduct the minimum income guarantee (SI 2014/2672 reg. 7); residential ones the
/// personal expenses allowance (reg. 6). The two are never deducted together.</remarks>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
public sealed class AssessmentKind : CodeListItem<AssessmentKind>
{
    /// <summary>Care and support other than in a care home: home care, day care, supported living, direct payments.</summary>
    public static readonly AssessmentKind NonResidential = new(nameof(NonResidential), "non-residential", "Care outside a care home", false, false);

    /// <summary>A permanent resident of a care home.</summary>
    public static readonly AssessmentKind PermanentResidential = new(nameof(PermanentResidential), "residential-permanent", "Permanent care-home resident", true, false);

    /// <summary>A temporary resident of a care home (intending to return home).</summary>
    public static readonly AssessmentKind TemporaryResidential = new(nameof(TemporaryResidential), "residential-temporary", "Temporary care-home resident", true, true);

    private AssessmentKind(string name, string code, string displayName, bool isResidential, bool isTemporary)
        : base(name, code, displayName)
    {
        IsResidential = isResidential;
        IsTemporary = isTemporary;
    }

    /// <summary>Gets a value indicating whether the person lives in a care home (permanently or temporarily).</summary>
    public bool IsResidential { get; }

    /// <summary>Gets a value indicating whether the care-home stay is temporary.</summary>
    public bool IsTemporary { get; }
}
