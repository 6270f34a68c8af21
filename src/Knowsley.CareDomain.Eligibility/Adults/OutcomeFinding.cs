using System;
using System.Collections.Generic;
using Knowsley.CareDomain.Eligibility.Outcomes;

namespace Knowsley.CareDomain.Eligibility.Adults;

/// <summary>
/// The practitioner's finding on one specified outcome for an adult (SI 2015/313 reg. 2(2)): achieved, or not achieved in
/// one or more of the four ways of reg. 2(3), with the evidence note, who currently meets the need, and any dated episodes.
/// </summary>
/// <remarks>
/// <para>An outcome is unable to be achieved when at least one way of reg. 2(3) applies; a finding of "achieved" with a way
/// of being unable is a contradiction and is rejected when the assessment is built, as is "not achieved" with no way.</para>
/// <para>Needs being met by a carer still count: eligibility is determined as if the carer were not meeting them
/// (CSSG ch. 6, needs met by a carer). <see cref="MetBy"/> records who meets the need; it changes only the duty to meet it
/// (Care Act 2014 s.18(7)).</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class OutcomeFinding : IEquatable<OutcomeFinding>, IOutcomeFinding<SpecifiedOutcome>
{
    private readonly OutcomeFindingCore core;

    /// <summary>Initializes a finding.</summary>
    /// <param name="outcome">The specified outcome.</param>
    /// <param name="achieved">Whether the adult can achieve the outcome.</param>
    /// <param name="reasons">The ways in which the adult is unable to achieve it (empty when achieved).</param>
    /// <param name="evidence">The evidence note: what the practitioner saw, was told or read.</param>
    /// <param name="metBy">Who currently meets the need; <see cref="NeedMetBy.Unmet"/> when not given.</param>
    /// <param name="episodes">Dated episodes within the period considered, for fluctuating needs.</param>
    public OutcomeFinding(
        SpecifiedOutcome outcome,
        bool achieved,
        IReadOnlyList<UnableToAchieveReason>? reasons = null,
        string? evidence = null,
        NeedMetBy? metBy = null,
        IReadOnlyList<NeedEpisode>? episodes = null)
    {
        Outcome = outcome;
        core = new OutcomeFindingCore(achieved, reasons, evidence, metBy, episodes);
    }

    /// <summary>Gets the specified outcome.</summary>
    public SpecifiedOutcome Outcome { get; }

    /// <summary>Gets a value indicating whether the adult can achieve the outcome.</summary>
    public bool Achieved => core.Achieved;

    /// <summary>Gets the ways in which the adult is unable to achieve the outcome (reg. 2(3)).</summary>
    public IReadOnlyList<UnableToAchieveReason> Reasons => core.Reasons;

    /// <summary>Gets the evidence note, if recorded.</summary>
    public string? Evidence => core.Evidence;

    /// <summary>Gets who currently meets the need.</summary>
    public NeedMetBy MetBy => core.MetBy;

    /// <summary>Gets the dated episodes recorded as evidence for fluctuating needs.</summary>
    public IReadOnlyList<NeedEpisode> Episodes => core.Episodes;

    /// <summary>Returns a copy with another "who meets the need" value.</summary>
    /// <param name="metBy">Who meets the need.</param>
    /// <returns>The copy.</returns>
    public OutcomeFinding WithMetBy(NeedMetBy metBy) => new(Outcome, Achieved, Reasons, Evidence, metBy, Episodes);

    /// <inheritdoc />
    public bool Equals(OutcomeFinding? other)
        => other is not null && Equals(Outcome, other.Outcome) && core.Equals(other.core);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OutcomeFinding);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked(((Outcome?.GetHashCode() ?? 0) * 397) ^ core.GetHashCode());

    /// <inheritdoc />
    SpecifiedOutcome? IOutcomeFinding<SpecifiedOutcome>.Outcome => Outcome;

    /// <inheritdoc />
    OutcomeFindingCore IOutcomeFinding<SpecifiedOutcome>.Core => core;
}
