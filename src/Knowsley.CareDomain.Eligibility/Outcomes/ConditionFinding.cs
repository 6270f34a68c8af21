using System;

namespace Knowsley.CareDomain.Eligibility.Outcomes;

/// <summary>
/// A practitioner's finding on a yes/no eligibility condition, with the reasons: whether an adult's needs arise from or
/// are related to a physical or mental impairment or illness (SI 2015/313 reg. 2(1)(a)), or whether a carer's needs arise
/// as a consequence of providing necessary care for an adult (reg. 3(1)(a)).
/// </summary>
/// <remarks>
/// Reasons are required whatever the finding: the council must give a written record of the determination and the
/// reasons for it (Care Act 2014 s.13(2)). The finding is checked when its assessment is built.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ConditionFinding : IEquatable<ConditionFinding>
{
    /// <summary>Initializes a finding.</summary>
    /// <param name="met">Whether the condition is met.</param>
    /// <param name="reasons">The reasons for the finding.</param>
    public ConditionFinding(bool met, string reasons)
    {
        Met = met;
        Reasons = reasons?.Trim() ?? string.Empty;
    }

    /// <summary>Gets a value indicating whether the condition is met.</summary>
    public bool Met { get; }

    /// <summary>Gets the reasons for the finding.</summary>
    public string Reasons { get; }

    /// <inheritdoc />
    public bool Equals(ConditionFinding? other)
        => other is not null && Met == other.Met && string.Equals(Reasons, other.Reasons, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConditionFinding);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Met.GetHashCode() * 397) ^ StringComparer.Ordinal.GetHashCode(Reasons));
}
