using System;
using System.Collections.Generic;
using Knowsley.CareDomain.Eligibility.Outcomes;

namespace Knowsley.CareDomain.Eligibility.Carers;

/// <summary>
/// The practitioner's finding on one carer outcome (SI 2015/313 reg. 3(2)(b)): achieved, or not achieved in one or more of
/// the three ways of reg. 3(3), with the evidence note, who currently meets the need, and any dated episodes.
/// </summary>
/// <remarks>
/// Carers have no "takes significantly longer" way: a carer finding with <see cref="UnableToAchieveReason.SignificantlyLonger"/>
/// is rejected when the assessment is built, as are the contradictions rejected for adults' findings.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class CarerOutcomeFinding : IEquatable<CarerOutcomeFinding>, IOutcomeFinding<CarerOutcome>
{
    private readonly OutcomeFindingCore core;

    /// <summary>Initializes a finding.</summary>
    /// <param name="outcome">The specified outcome.</param>
    /// <param name="achieved">Whether the carer can achieve the outcome.</param>
    /// <param name="reasons">The ways in which the carer is unable to achieve it (empty when achieved).</param>
    /// <param name="evidence">The evidence note: what the practitioner saw, was told or read.</param>
    /// <param name="metBy">Who currently meets the need; <see cref="NeedMetBy.Unmet"/> when not given.</param>
    /// <param name="episodes">Dated episodes within the period considered, for fluctuating needs.</param>
    public CarerOutcomeFinding(
        CarerOutcome outcome,
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
    public CarerOutcome Outcome { get; }

    /// <summary>Gets a value indicating whether the carer can achieve the outcome.</summary>
    public bool Achieved => core.Achieved;

    /// <summary>Gets the ways in which the carer is unable to achieve the outcome (reg. 3(3)).</summary>
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
    public CarerOutcomeFinding WithMetBy(NeedMetBy metBy) => new(Outcome, Achieved, Reasons, Evidence, metBy, Episodes);

    /// <inheritdoc />
    public bool Equals(CarerOutcomeFinding? other)
        => other is not null && Equals(Outcome, other.Outcome) && core.Equals(other.core);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CarerOutcomeFinding);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked(((Outcome?.GetHashCode() ?? 0) * 397) ^ core.GetHashCode());

    /// <inheritdoc />
    CarerOutcome? IOutcomeFinding<CarerOutcome>.Outcome => Outcome;

    /// <inheritdoc />
    OutcomeFindingCore IOutcomeFinding<CarerOutcome>.Core => core;
}
