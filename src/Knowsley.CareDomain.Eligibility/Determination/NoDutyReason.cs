using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Eligibility.Determination;

/// <summary>
/// Why the council does not, or does not yet, have the duty to meet eligible needs when the basis is
/// <see cref="MeetingNeedsBasis.Pending"/> (Care Act 2014 s.13(3)–(4)), <see cref="MeetingNeedsBasis.AdultPower"/>
/// (s.19(1)) or <see cref="MeetingNeedsBasis.CarerPower"/> (s.20): a fact still to be found out, or a condition of
/// s.18 or s.20 that is not met.
/// </summary>
/// <remarks>
/// <para>A reason with <see cref="IsPending"/> is something the decision waits on: ordinary residence not yet established
/// (s.13(3)(c), s.13(4)(b)) or the financial assessment not yet done (s.17; s.18(1)(b), s.20(1)(b)). The others explain
/// a power: resources above the financial limit and no request to meet the needs (condition 2 not met, s.18(3), s.20(3)),
/// or a request for a care-home place, which condition 2 does not cover (a dated transitional rule, see
/// <see cref="EligibilityRules.Condition2ExcludesCareHomes"/>).</para>
/// <para>The bases that say their own reason (duty, other area, not eligible, transition) carry no reason.</para>
/// </remarks>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public sealed class NoDutyReason : CodeListItem<NoDutyReason>
{
    /// <summary>
    /// Ordinary residence (of the adult, or for a carer of the adult needing care) is not yet established; the council must
    /// establish it (s.13(3)(c), s.13(4)(b)) before the duty of s.18(1)(a) or s.20(1)(a) can be decided.
    /// </summary>
    public static readonly NoDutyReason OrdinaryResidenceNotEstablished = new(nameof(OrdinaryResidenceNotEstablished), "ordinary-residence-not-established", "Ordinary residence not yet established", pending: true, "s.13(3)(c)", "s.13(4)(b)");

    /// <summary>The financial assessment is not yet done, so whether there is a charge and which charging condition is met is not known (s.17; s.18(1)(b)–(c), s.20(1)(b)).</summary>
    public static readonly NoDutyReason FinancialAssessmentNotDone = new(nameof(FinancialAssessmentNotDone), "financial-assessment-not-done", "Financial assessment not yet done", pending: true, "s.17", "s.20(1)(b)");

    /// <summary>Resources are above the financial limit and the person has not asked the council to meet the needs, so condition 2 is not met (s.18(3), s.20(3)).</summary>
    public static readonly NoDutyReason NotAskedCouncilToMeetNeeds = new(nameof(NotAskedCouncilToMeetNeeds), "not-asked", "Above the financial limit and has not asked the council to meet the needs", pending: false, "s.18(3)", "s.20(3)");

    /// <summary>Resources are above the financial limit and the adult asks the council to meet needs in a care home, which condition 2 does not cover (s.18(3) with the transitional restriction); adults only.</summary>
    public static readonly NoDutyReason CareHomeOutsideCondition2 = new(nameof(CareHomeOutsideCondition2), "care-home-outside-condition-2", "Above the financial limit and the needs are to be met in a care home, which condition 2 does not cover", pending: false, "s.18(3)", null);

    private NoDutyReason(string name, string code, string displayName, bool pending, string adultSection, string? carerSection)
        : base(name, code, displayName)
    {
        IsPending = pending;
        AdultCitation = EligibilityCitations.CareAct(adultSection);
        CarerCitation = carerSection is null ? null : EligibilityCitations.CareAct(carerSection);
    }

    /// <summary>Gets a value indicating whether the decision waits on this (the basis is <see cref="MeetingNeedsBasis.Pending"/>), rather than it explaining a power.</summary>
    public bool IsPending { get; }

    /// <summary>Gets the section of the Care Act 2014 the reason comes from for an adult (s.13(3), s.17, s.18).</summary>
    public Citation AdultCitation { get; }

    /// <summary>Gets the section of the Care Act 2014 the reason comes from for a carer (s.13(4), s.20), or null when it does not apply to carers.</summary>
    public Citation? CarerCitation { get; }
}
