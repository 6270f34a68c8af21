using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Eligibility.Adults;

/// <summary>
/// The ten outcomes specified for adults needing care and support, in the order and words of the Care and Support
/// (Eligibility Criteria) Regulations 2015 (SI 2015/313) reg. 2(2)(a)–(j).
/// </summary>
/// <remarks>
/// There is no hierarchy among the outcomes: any two unmet outcomes satisfy reg. 2(1)(b). The carers' outcomes of
/// reg. 3(2)(b) are a separate list (<see cref="Carers.CarerOutcome"/>), even where the words overlap.
/// </remarks>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public sealed class SpecifiedOutcome : CodeListItem<SpecifiedOutcome>
{
    /// <summary>Managing and maintaining nutrition (SI 2015/313 reg. 2(2)(a)).</summary>
    public static readonly SpecifiedOutcome Nutrition = new(nameof(Nutrition), "nutrition", "Managing and maintaining nutrition", "reg. 2(2)(a)");

    /// <summary>Maintaining personal hygiene (SI 2015/313 reg. 2(2)(b)).</summary>
    public static readonly SpecifiedOutcome PersonalHygiene = new(nameof(PersonalHygiene), "personal-hygiene", "Maintaining personal hygiene", "reg. 2(2)(b)");

    /// <summary>Managing toilet needs (SI 2015/313 reg. 2(2)(c)).</summary>
    public static readonly SpecifiedOutcome ToiletNeeds = new(nameof(ToiletNeeds), "toilet-needs", "Managing toilet needs", "reg. 2(2)(c)");

    /// <summary>Being appropriately clothed (SI 2015/313 reg. 2(2)(d)).</summary>
    public static readonly SpecifiedOutcome AppropriatelyClothed = new(nameof(AppropriatelyClothed), "appropriately-clothed", "Being appropriately clothed", "reg. 2(2)(d)");

    /// <summary>Being able to make use of the adult's home safely (SI 2015/313 reg. 2(2)(e)).</summary>
    public static readonly SpecifiedOutcome UseHomeSafely = new(nameof(UseHomeSafely), "use-home-safely", "Being able to make use of the adult's home safely", "reg. 2(2)(e)");

    /// <summary>Maintaining a habitable home environment (SI 2015/313 reg. 2(2)(f)).</summary>
    public static readonly SpecifiedOutcome HabitableHome = new(nameof(HabitableHome), "habitable-home", "Maintaining a habitable home environment", "reg. 2(2)(f)");

    /// <summary>Developing and maintaining family or other personal relationships (SI 2015/313 reg. 2(2)(g)).</summary>
    public static readonly SpecifiedOutcome Relationships = new(nameof(Relationships), "relationships", "Developing and maintaining family or other personal relationships", "reg. 2(2)(g)");

    /// <summary>Accessing and engaging in work, training, education or volunteering (SI 2015/313 reg. 2(2)(h)).</summary>
    public static readonly SpecifiedOutcome WorkTrainingEducationVolunteering = new(nameof(WorkTrainingEducationVolunteering), "work-training-education-volunteering", "Accessing and engaging in work, training, education or volunteering", "reg. 2(2)(h)");

    /// <summary>Making use of necessary facilities or services in the local community including public transport, and recreational facilities or services (SI 2015/313 reg. 2(2)(i)).</summary>
    public static readonly SpecifiedOutcome CommunityFacilities = new(nameof(CommunityFacilities), "community-facilities", "Making use of necessary facilities or services in the local community including public transport, and recreational facilities or services", "reg. 2(2)(i)");

    /// <summary>Carrying out any caring responsibilities the adult has for a child (SI 2015/313 reg. 2(2)(j)).</summary>
    public static readonly SpecifiedOutcome CaringForChild = new(nameof(CaringForChild), "caring-for-child", "Carrying out any caring responsibilities the adult has for a child", "reg. 2(2)(j)");

    private SpecifiedOutcome(string name, string code, string displayName, string provision)
        : base(name, code, displayName)
    {
        Citation = EligibilityCitations.Regulations(provision);
    }

    /// <summary>Gets the paragraph of SI 2015/313 that specifies the outcome.</summary>
    public Citation Citation { get; }
}
