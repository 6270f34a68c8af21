using System;
using System.Collections.Generic;
using System.Linq;

namespace Knowsley.CareDomain.Eligibility.Outcomes;

/// <summary>
/// The part of an outcome finding that adults' (SI 2015/313 reg. 2(2)–(3)) and carers' (reg. 3(2)(b), (3)) findings share:
/// achieved or not, the ways of being unable, the evidence note, who meets the need and the dated episodes, normalised
/// once (lists copied, evidence trimmed, "unmet" by default) and compared once.
/// </summary>
/// <remarks>Held by <see cref="Adults.OutcomeFinding"/> and <see cref="Carers.CarerOutcomeFinding"/>, which stay two public
/// types because they follow two regulations; this type is not part of the public API or of the JSON.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
internal sealed class OutcomeFindingCore : IEquatable<OutcomeFindingCore>
{
    internal OutcomeFindingCore(bool achieved, IReadOnlyList<UnableToAchieveReason>? reasons, string? evidence, NeedMetBy? metBy, IReadOnlyList<NeedEpisode>? episodes)
    {
        Achieved = achieved;
        Reasons = reasons?.ToArray() ?? Array.Empty<UnableToAchieveReason>();
        Evidence = string.IsNullOrWhiteSpace(evidence) ? null : evidence!.Trim();
        MetBy = metBy ?? NeedMetBy.Unmet;
        Episodes = episodes?.ToArray() ?? Array.Empty<NeedEpisode>();
    }

    internal bool Achieved { get; }

    internal IReadOnlyList<UnableToAchieveReason> Reasons { get; }

    internal string? Evidence { get; }

    internal NeedMetBy MetBy { get; }

    internal IReadOnlyList<NeedEpisode> Episodes { get; }

    public bool Equals(OutcomeFindingCore? other)
        => other is not null && Achieved == other.Achieved && Reasons.SequenceEqual(other.Reasons)
           && string.Equals(Evidence, other.Evidence, StringComparison.Ordinal) && Equals(MetBy, other.MetBy) && Episodes.SequenceEqual(other.Episodes);

    public override bool Equals(object? obj) => Equals(obj as OutcomeFindingCore);

    public override int GetHashCode() => Achieved.GetHashCode();
}

/// <summary>An outcome finding of either regulation, as the shared validation and determination read it.</summary>
/// <typeparam name="TOutcome">The outcome list: <see cref="Adults.SpecifiedOutcome"/> (reg. 2(2)) or <see cref="Carers.CarerOutcome"/> (reg. 3(2)(b)).</typeparam>
internal interface IOutcomeFinding<out TOutcome>
    where TOutcome : class
{
    /// <summary>Gets the outcome; null only when the finding was built without one (a validation error).</summary>
    TOutcome? Outcome { get; }

    /// <summary>Gets the shared part of the finding.</summary>
    OutcomeFindingCore Core { get; }
}
