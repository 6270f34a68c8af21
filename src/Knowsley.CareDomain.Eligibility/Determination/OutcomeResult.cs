using System;
using System.Collections.Generic;
using Knowsley.CareDomain.Eligibility.Outcomes;

namespace Knowsley.CareDomain.Eligibility.Determination;

/// <summary>
/// One outcome of the list as the determination reads it: every outcome of the adults' (reg. 2(2)) or carers'
/// (reg. 3(2)(b)) list appears once, in the regulation's order, whether or not a finding was recorded for it. The carer's
/// health-deterioration finding (reg. 3(2)(a)) appears as its own line, code <c>health-deterioration</c>.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class OutcomeResult
{
    internal OutcomeResult(
        string code,
        string description,
        Citation citation,
        bool recorded,
        bool unableToAchieve,
        IReadOnlyList<UnableToAchieveReason> reasons,
        string? evidence,
        NeedMetBy metBy,
        IReadOnlyList<NeedEpisode> episodes)
    {
        Code = code;
        Description = description;
        Citation = citation;
        Recorded = recorded;
        UnableToAchieve = unableToAchieve;
        Reasons = reasons;
        Evidence = evidence;
        MetBy = metBy;
        Episodes = episodes;
    }

    /// <summary>Gets the outcome's code, for example <c>nutrition</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the outcome in the regulation's words.</summary>
    public string Description { get; }

    /// <summary>Gets the paragraph of SI 2015/313 that specifies it.</summary>
    public Citation Citation { get; }

    /// <summary>Gets a value indicating whether a finding was recorded for the outcome.</summary>
    public bool Recorded { get; }

    /// <summary>Gets a value indicating whether the person is unable to achieve the outcome (or, for the health line, the circumstance applies).</summary>
    public bool UnableToAchieve { get; }

    /// <summary>Gets the ways in which the person is unable to achieve it.</summary>
    public IReadOnlyList<UnableToAchieveReason> Reasons { get; }

    /// <summary>Gets the evidence note, if recorded.</summary>
    public string? Evidence { get; }

    /// <summary>Gets who currently meets the need.</summary>
    public NeedMetBy MetBy { get; }

    /// <summary>Gets the dated episodes recorded as evidence.</summary>
    public IReadOnlyList<NeedEpisode> Episodes { get; }

    /// <summary>Gets the finding in plain words: "Unable to achieve", "Achieved" or "Not identified as a need".</summary>
    public string FindingText => !Recorded ? "Not identified as a need" : UnableToAchieve ? "Unable to achieve" : "Achieved";

    internal static OutcomeResult NotRecorded(string code, string description, Citation citation)
        => new(code, description, citation, recorded: false, unableToAchieve: false, Array.Empty<UnableToAchieveReason>(), null, NeedMetBy.Unmet, Array.Empty<NeedEpisode>());
}
