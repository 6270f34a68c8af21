using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Eligibility.Determination;

/// <summary>
/// Where the adult (for a carer's determination, the adult needing care) is ordinarily resident, as the council has
/// established it (Care Act 2014 s.13(3)(c) and s.13(4)(b)). An input to the duty or power to meet needs; it never changes eligibility.
/// </summary>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public sealed class OrdinaryResidence : CodeListItem<OrdinaryResidence>
{
    /// <summary>Ordinarily resident in the council's area (s.18(1)(a), s.20(1)(a)).</summary>
    public static readonly OrdinaryResidence InArea = new(nameof(InArea), "in-area", "Ordinarily resident in the council's area", satisfiesDuty: true);

    /// <summary>Present in the council's area but of no settled residence (s.18(1)(a), s.20(1)(a)).</summary>
    public static readonly OrdinaryResidence PresentNoSettledResidence = new(nameof(PresentNoSettledResidence), "present-no-settled-residence", "Present in the council's area with no settled residence", satisfiesDuty: true);

    /// <summary>Ordinarily resident in another council's area: the council may meet the needs (s.19(2)), notifying that council.</summary>
    public static readonly OrdinaryResidence OtherArea = new(nameof(OtherArea), "other-area", "Ordinarily resident in another council's area", satisfiesDuty: false);

    /// <summary>Not yet established (s.13(3)(c) requires the council to establish it).</summary>
    public static readonly OrdinaryResidence NotEstablished = new(nameof(NotEstablished), "not-established", "Ordinary residence not yet established", satisfiesDuty: false);

    private OrdinaryResidence(string name, string code, string displayName, bool satisfiesDuty)
        : base(name, code, displayName)
    {
        SatisfiesDuty = satisfiesDuty;
    }

    /// <summary>Gets a value indicating whether the residence condition of s.18(1)(a) / s.20(1)(a) is met.</summary>
    public bool SatisfiesDuty { get; }
}
