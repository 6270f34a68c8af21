using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Eligibility.Determination;

/// <summary>The three eligibility conditions for adults (SI 2015/313 reg. 2(1)(a)–(c)) and for carers (reg. 3(1)(a)–(c)); all three must be met.</summary>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public sealed class EligibilityCondition : CodeListItem<EligibilityCondition>
{
    /// <summary>Adult condition 1: the needs arise from or are related to a physical or mental impairment or illness (reg. 2(1)(a)).</summary>
    public static readonly EligibilityCondition ImpairmentOrIllness = new(nameof(ImpairmentOrIllness), "impairment-or-illness", "The needs arise from or are related to a physical or mental impairment or illness", "reg. 2(1)(a)");

    /// <summary>Adult condition 2: as a result, the adult is unable to achieve two or more of the specified outcomes (reg. 2(1)(b)).</summary>
    public static readonly EligibilityCondition UnableToAchieveOutcomes = new(nameof(UnableToAchieveOutcomes), "unable-to-achieve-outcomes", "As a result, the adult is unable to achieve two or more of the specified outcomes", "reg. 2(1)(b)");

    /// <summary>Adult condition 3: as a consequence, there is or is likely to be a significant impact on the adult's wellbeing (reg. 2(1)(c)).</summary>
    public static readonly EligibilityCondition AdultSignificantImpact = new(nameof(AdultSignificantImpact), "adult-significant-impact", "As a consequence, there is, or is likely to be, a significant impact on the adult's wellbeing", "reg. 2(1)(c)");

    /// <summary>Carer condition 1: the needs arise as a consequence of providing necessary care for an adult (reg. 3(1)(a)).</summary>
    public static readonly EligibilityCondition NecessaryCare = new(nameof(NecessaryCare), "necessary-care", "The needs arise as a consequence of providing necessary care for an adult", "reg. 3(1)(a)");

    /// <summary>Carer condition 2: the carer's health is, or is at risk of, deteriorating, or the carer is unable to achieve any of the carer outcomes (reg. 3(1)(b), (2)).</summary>
    public static readonly EligibilityCondition CarerCircumstances = new(nameof(CarerCircumstances), "carer-circumstances", "The carer's health is, or is at risk of, deteriorating, or the carer is unable to achieve any of the specified outcomes", "reg. 3(1)(b), (2)");

    /// <summary>Carer condition 3: as a consequence, there is or is likely to be a significant impact on the carer's wellbeing (reg. 3(1)(c)).</summary>
    public static readonly EligibilityCondition CarerSignificantImpact = new(nameof(CarerSignificantImpact), "carer-significant-impact", "As a consequence, there is, or is likely to be, a significant impact on the carer's wellbeing", "reg. 3(1)(c)");

    private EligibilityCondition(string name, string code, string displayName, string provision)
        : base(name, code, displayName)
    {
        Citation = EligibilityCitations.Regulations(provision);
    }

    /// <summary>Gets the paragraph of SI 2015/313 that sets the condition.</summary>
    public Citation Citation { get; }
}
