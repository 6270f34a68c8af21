using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Eligibility.Outcomes;

/// <summary>Who currently meets a need: recorded beside each outcome finding because it affects the duty to meet the need, never eligibility.</summary>
/// <remarks>
/// Eligibility is determined as if no carer were meeting the needs (CSSG ch. 6, needs met by a carer); the council's duty
/// under Care Act 2014 s.18 does not extend to needs that are being met by a carer (s.18(7)). Needs met by other support
/// (for example a service the council already arranges, or health services) stay within the duty.
/// </remarks>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public sealed class NeedMetBy : CodeListItem<NeedMetBy>
{
    /// <summary>No one is meeting the need.</summary>
    public static readonly NeedMetBy Unmet = new(nameof(Unmet), "unmet", "Not being met");

    /// <summary>A carer (unpaid, Care Act 2014 s.10(3)) is meeting the need; it still counts for eligibility.</summary>
    public static readonly NeedMetBy Carer = new(nameof(Carer), "carer", "Being met by a carer");

    /// <summary>Other support (a service already arranged, health services, the person's own arrangements) is meeting the need.</summary>
    public static readonly NeedMetBy OtherSupport = new(nameof(OtherSupport), "other-support", "Being met by other support");

    private NeedMetBy(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
