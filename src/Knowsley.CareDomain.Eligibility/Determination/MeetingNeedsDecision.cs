using System.Collections.Generic;

namespace Knowsley.CareDomain.Eligibility.Determination;

/// <summary>
/// Whether the council must or may meet the eligible needs, kept apart from eligibility itself (Care Act 2014 ss.13, 18,
/// 19, 20): the basis, the reasons, the needs the duty or power covers, and the needs left out because a carer is
/// meeting them (s.18(7)).
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class MeetingNeedsDecision
{
    internal MeetingNeedsDecision(MeetingNeedsBasis basis, string reasons, IReadOnlyList<OutcomeResult> needsToMeet, IReadOnlyList<OutcomeResult> needsMetByCarer, IReadOnlyList<string> notes)
    {
        Basis = basis;
        Reasons = reasons;
        NeedsToMeet = needsToMeet;
        NeedsMetByCarer = needsMetByCarer;
        Notes = notes;
    }

    /// <summary>Gets the duty or power (or why none is decided).</summary>
    public MeetingNeedsBasis Basis { get; }

    /// <summary>Gets a value indicating whether the council must meet the needs.</summary>
    public bool IsDuty => Basis.IsDuty;

    /// <summary>Gets the reasons, in plain language.</summary>
    public string Reasons { get; }

    /// <summary>Gets the eligible needs the duty or power covers.</summary>
    public IReadOnlyList<OutcomeResult> NeedsToMeet { get; }

    /// <summary>Gets the eligible needs being met by a carer: eligible, but outside the s.18 duty while the carer meets them (s.18(7)).</summary>
    public IReadOnlyList<OutcomeResult> NeedsMetByCarer { get; }

    /// <summary>Gets further points for the record (what the council must do next, and what is not decided here).</summary>
    public IReadOnlyList<string> Notes { get; }
}
