using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Eligibility.Determination;

/// <summary>Whose needs a determination is about: an adult needing care and support (SI 2015/313 reg. 2) or a carer (reg. 3).</summary>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public sealed class EligibilitySubject : CodeListItem<EligibilitySubject>
{
    /// <summary>An adult with needs for care and support (SI 2015/313 reg. 2; Care Act 2014 s.18).</summary>
    public static readonly EligibilitySubject Adult = new(nameof(Adult), "adult", "Adult needing care and support");

    /// <summary>A carer with needs for support (SI 2015/313 reg. 3; Care Act 2014 s.20).</summary>
    public static readonly EligibilitySubject Carer = new(nameof(Carer), "carer", "Carer");

    private EligibilitySubject(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
