using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Eligibility.Carers;

/// <summary>The carer's health-deterioration finding (SI 2015/313 reg. 3(2)(a)): whether the carer's physical or mental health is, or is at risk of, deteriorating.</summary>
/// <remarks>Either positive finding satisfies reg. 3(1)(b) on its own, whatever the outcome findings. It is a carer-only field.</remarks>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public sealed class HealthDeterioration : CodeListItem<HealthDeterioration>
{
    /// <summary>The carer's health is neither deteriorating nor at risk of deteriorating.</summary>
    public static readonly HealthDeterioration None = new(nameof(None), "none", "Not deteriorating or at risk", applies: false);

    /// <summary>The carer's physical or mental health is at risk of deteriorating (reg. 3(2)(a)).</summary>
    public static readonly HealthDeterioration AtRiskOfDeteriorating = new(nameof(AtRiskOfDeteriorating), "at-risk-of-deteriorating", "Physical or mental health at risk of deteriorating", applies: true);

    /// <summary>The carer's physical or mental health is deteriorating (reg. 3(2)(a)).</summary>
    public static readonly HealthDeterioration Deteriorating = new(nameof(Deteriorating), "deteriorating", "Physical or mental health deteriorating", applies: true);

    private HealthDeterioration(string name, string code, string displayName, bool applies)
        : base(name, code, displayName)
    {
        Applies = applies;
    }

    /// <summary>Gets a value indicating whether the circumstance of reg. 3(2)(a) applies.</summary>
    public bool Applies { get; }
}
