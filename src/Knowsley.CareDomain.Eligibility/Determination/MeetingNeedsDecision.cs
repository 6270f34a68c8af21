using System;
using System.Collections.Generic;
using System.Linq;

namespace Knowsley.CareDomain.Eligibility.Determination;

/// <summary>
/// Whether the council must or may meet the eligible needs, kept apart from eligibility itself (Care Act 2014 ss.13, 18,
/// 19, 20): the basis, the reasons, the needs the duty or power covers, the needs left out because a carer is
/// meeting them (s.18(7)), and, for a pending decision or a power, why there is no duty (yet).
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class MeetingNeedsDecision
{
    internal MeetingNeedsDecision(MeetingNeedsBasis basis, string reasons, IReadOnlyList<OutcomeResult> needsToMeet, IReadOnlyList<OutcomeResult> needsMetByCarer, IReadOnlyList<string> notes, IReadOnlyList<NoDutyReason>? noDutyReasons = null)
    {
        Basis = basis;
        Reasons = reasons;
        NeedsToMeet = needsToMeet;
        NeedsMetByCarer = needsMetByCarer;
        Notes = notes;
        NoDutyReasons = noDutyReasons ?? Array.Empty<NoDutyReason>();
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

    /// <summary>
    /// Gets why there is no duty, or no duty yet, in the order of the code list: for <see cref="MeetingNeedsBasis.Pending"/>
    /// every fact the decision waits on (s.13(3)–(4)); for <see cref="MeetingNeedsBasis.AdultPower"/> (s.19(1)) and
    /// <see cref="MeetingNeedsBasis.CarerPower"/> (s.20) the charging condition not met. Empty for every other basis.
    /// </summary>
    public IReadOnlyList<NoDutyReason> NoDutyReasons { get; }

    /// <summary>Gets what the decision waits on: the reasons that are still to be found out (<see cref="NoDutyReason.IsPending"/>); empty unless the basis is <see cref="MeetingNeedsBasis.Pending"/>.</summary>
    public IReadOnlyList<NoDutyReason> WaitingOn => NoDutyReasons.Where(r => r.IsPending).ToArray();
}
