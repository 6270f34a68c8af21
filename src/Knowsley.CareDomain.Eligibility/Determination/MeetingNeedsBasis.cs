using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Eligibility.Determination;

/// <summary>What follows a determination: the duty or power under which the council meets (or may meet) the needs, or why none is decided yet (Care Act 2014 ss.13, 18–20).</summary>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public sealed class MeetingNeedsBasis : CodeListItem<MeetingNeedsBasis>
{
    /// <summary>The council must meet the adult's eligible needs (s.18(1)), except needs being met by a carer (s.18(7)).</summary>
    public static readonly MeetingNeedsBasis AdultDuty = new(nameof(AdultDuty), "duty-s18", "Duty to meet the eligible needs", "s.18(1)", isDuty: true);

    /// <summary>31 March 2020 to 16 July 2021: the council must meet the adult's needs where necessary to avoid a breach of Convention rights (s.18(1) as substituted by the Coronavirus Act 2020 Sch. 12).</summary>
    public static readonly MeetingNeedsBasis AdultDutyConventionRights = new(nameof(AdultDutyConventionRights), "duty-s18-convention-rights", "Duty to meet needs where necessary to avoid a breach of Convention rights", "s.18(1) as substituted by Coronavirus Act 2020 Sch. 12", isDuty: true);

    /// <summary>The council may meet the needs (s.19(1)) but is not required to (for example a self-funder who needs a care-home place).</summary>
    public static readonly MeetingNeedsBasis AdultPower = new(nameof(AdultPower), "power-s19-1", "Power to meet the needs", "s.19(1)", isDuty: false);

    /// <summary>The adult is ordinarily resident in another council's area: the council may meet the eligible needs (s.19(2)), notifying that council.</summary>
    public static readonly MeetingNeedsBasis AdultPowerOtherArea = new(nameof(AdultPowerOtherArea), "power-s19-2", "Power to meet the needs of an adult ordinarily resident elsewhere", "s.19(2)", isDuty: false);

    /// <summary>The council must meet the carer's eligible needs for support (s.20(1)).</summary>
    public static readonly MeetingNeedsBasis CarerDuty = new(nameof(CarerDuty), "duty-s20", "Duty to meet the carer's eligible needs", "s.20(1)", isDuty: true);

    /// <summary>The council may meet the carer's needs but is not required to (s.20, power).</summary>
    public static readonly MeetingNeedsBasis CarerPower = new(nameof(CarerPower), "power-s20", "Power to meet the carer's needs", "s.20 (power to meet a carer's needs)", isDuty: false);

    /// <summary>The adult needing care is ordinarily resident in another council's area, so the s.20(1) duty rests with that council.</summary>
    public static readonly MeetingNeedsBasis CarerOtherArea = new(nameof(CarerOtherArea), "carer-other-area", "Duty rests with the council where the adult needing care lives", "s.20(1)(a)", isDuty: false);

    /// <summary>The needs are eligible, but ordinary residence or the financial assessment is not yet established (s.13(3)–(4), s.18(1), s.20(1)).</summary>
    public static readonly MeetingNeedsBasis Pending = new(nameof(Pending), "pending", "Not yet decided", "s.13(3)–(4)", isDuty: false);

    /// <summary>No need is eligible: the council must give written advice and information (s.13(5)).</summary>
    public static readonly MeetingNeedsBasis NotEligible = new(nameof(NotEligible), "not-eligible", "No duty: advice and information", "s.13(5)", isDuty: false);

    /// <summary>A transition assessment: it gives a view of likely eligibility after 18; no duty to meet needs arises from it (ss.58–64).</summary>
    public static readonly MeetingNeedsBasis Transition = new(nameof(Transition), "transition", "Transition assessment: no duty until 18", "ss.58–64", isDuty: false);

    private MeetingNeedsBasis(string name, string code, string displayName, string section, bool isDuty)
        : base(name, code, displayName)
    {
        Citation = EligibilityCitations.CareAct(section);
        IsDuty = isDuty;
    }

    /// <summary>Gets the section of the Care Act 2014 the basis comes from.</summary>
    public Citation Citation { get; }

    /// <summary>Gets a value indicating whether the council must meet the needs (a duty), rather than may.</summary>
    public bool IsDuty { get; }
}
