using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Eligibility.Wellbeing;

/// <summary>The nine areas of wellbeing of Care Act 2014 s.1(2)(a)–(i), in the order of the Act.</summary>
/// <remarks>The areas are equally important: there is no hierarchy and no weighting. A finding of significant impact names the areas affected.</remarks>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public sealed class WellbeingArea : CodeListItem<WellbeingArea>
{
    /// <summary>Personal dignity, including treatment of the individual with respect (s.1(2)(a)).</summary>
    public static readonly WellbeingArea PersonalDignity = new(nameof(PersonalDignity), "personal-dignity", "Personal dignity (including treatment of the individual with respect)", "s.1(2)(a)");

    /// <summary>Physical and mental health and emotional wellbeing (s.1(2)(b)).</summary>
    public static readonly WellbeingArea HealthAndEmotionalWellbeing = new(nameof(HealthAndEmotionalWellbeing), "health-and-emotional-wellbeing", "Physical and mental health and emotional wellbeing", "s.1(2)(b)");

    /// <summary>Protection from abuse and neglect (s.1(2)(c)).</summary>
    public static readonly WellbeingArea ProtectionFromAbuseAndNeglect = new(nameof(ProtectionFromAbuseAndNeglect), "protection-from-abuse-and-neglect", "Protection from abuse and neglect", "s.1(2)(c)");

    /// <summary>Control by the individual over day-to-day life, including over care and support and the way it is provided (s.1(2)(d)).</summary>
    public static readonly WellbeingArea ControlOverDayToDayLife = new(nameof(ControlOverDayToDayLife), "control-over-day-to-day-life", "Control over day-to-day life (including over care and support and the way it is provided)", "s.1(2)(d)");

    /// <summary>Participation in work, education, training or recreation (s.1(2)(e)).</summary>
    public static readonly WellbeingArea Participation = new(nameof(Participation), "participation", "Participation in work, education, training or recreation", "s.1(2)(e)");

    /// <summary>Social and economic wellbeing (s.1(2)(f)).</summary>
    public static readonly WellbeingArea SocialAndEconomicWellbeing = new(nameof(SocialAndEconomicWellbeing), "social-and-economic-wellbeing", "Social and economic wellbeing", "s.1(2)(f)");

    /// <summary>Domestic, family and personal relationships (s.1(2)(g)).</summary>
    public static readonly WellbeingArea Relationships = new(nameof(Relationships), "relationships", "Domestic, family and personal relationships", "s.1(2)(g)");

    /// <summary>Suitability of living accommodation (s.1(2)(h)).</summary>
    public static readonly WellbeingArea SuitabilityOfAccommodation = new(nameof(SuitabilityOfAccommodation), "suitability-of-accommodation", "Suitability of living accommodation", "s.1(2)(h)");

    /// <summary>The individual's contribution to society (s.1(2)(i)).</summary>
    public static readonly WellbeingArea ContributionToSociety = new(nameof(ContributionToSociety), "contribution-to-society", "The individual's contribution to society", "s.1(2)(i)");

    private WellbeingArea(string name, string code, string displayName, string section)
        : base(name, code, displayName)
    {
        Citation = EligibilityCitations.CareAct(section);
    }

    /// <summary>Gets the paragraph of Care Act 2014 s.1(2) that names the area.</summary>
    public Citation Citation { get; }
}
