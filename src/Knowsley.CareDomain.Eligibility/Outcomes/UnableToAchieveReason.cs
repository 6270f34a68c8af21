using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Eligibility.Outcomes;

/// <summary>
/// The ways in which a person is regarded as unable to achieve an outcome: four for adults (SI 2015/313 reg. 2(3)(a)–(d))
/// and the first three of them for carers (reg. 3(3)(a)–(c)).
/// </summary>
/// <remarks>
/// "Without assistance" includes an adult who cannot achieve the outcome even with assistance, and one who needs
/// prompting or supervision (CSSG ch. 6, "unable to achieve"). <see cref="SignificantlyLonger"/> does not exist for carers:
/// a carer finding that uses it is a validation error.
/// </remarks>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public sealed class UnableToAchieveReason : CodeListItem<UnableToAchieveReason>
{
    /// <summary>Unable to achieve it without assistance (SI 2015/313 reg. 2(3)(a); carers reg. 3(3)(a)).</summary>
    public static readonly UnableToAchieveReason WithoutAssistance = new(nameof(WithoutAssistance), "without-assistance", "Unable to achieve it without assistance", "reg. 2(3)(a)", "reg. 3(3)(a)");

    /// <summary>Able to achieve it without assistance, but doing so causes significant pain, distress or anxiety (SI 2015/313 reg. 2(3)(b); carers reg. 3(3)(b)).</summary>
    public static readonly UnableToAchieveReason SignificantPainDistressAnxiety = new(nameof(SignificantPainDistressAnxiety), "significant-pain-distress-anxiety", "Able to achieve it without assistance, but doing so causes significant pain, distress or anxiety", "reg. 2(3)(b)", "reg. 3(3)(b)");

    /// <summary>Able to achieve it without assistance, but doing so endangers or is likely to endanger the health or safety of the person or of others (SI 2015/313 reg. 2(3)(c); carers reg. 3(3)(c)).</summary>
    public static readonly UnableToAchieveReason EndangersHealthOrSafety = new(nameof(EndangersHealthOrSafety), "endangers-health-or-safety", "Able to achieve it without assistance, but doing so endangers or is likely to endanger their health or safety, or that of others", "reg. 2(3)(c)", "reg. 3(3)(c)");

    /// <summary>Able to achieve it without assistance, but it takes significantly longer than would normally be expected (SI 2015/313 reg. 2(3)(d)); adults only.</summary>
    public static readonly UnableToAchieveReason SignificantlyLonger = new(nameof(SignificantlyLonger), "significantly-longer", "Able to achieve it without assistance, but it takes significantly longer than would normally be expected", "reg. 2(3)(d)", null);

    private UnableToAchieveReason(string name, string code, string displayName, string adultProvision, string? carerProvision)
        : base(name, code, displayName)
    {
        AdultCitation = EligibilityCitations.Regulations(adultProvision);
        CarerCitation = carerProvision is null ? null : EligibilityCitations.Regulations(carerProvision);
    }

    /// <summary>Gets the paragraph of SI 2015/313 reg. 2(3) that sets this way for adults.</summary>
    public Citation AdultCitation { get; }

    /// <summary>Gets the paragraph of SI 2015/313 reg. 3(3) that sets this way for carers, or null when it does not apply to carers.</summary>
    public Citation? CarerCitation { get; }

    /// <summary>Gets a value indicating whether the way applies to carers (reg. 3(3) has no "significantly longer" way).</summary>
    public bool AppliesToCarers => CarerCitation is not null;
}
