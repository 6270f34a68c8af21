using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Eligibility.Carers;

/// <summary>
/// The eight outcomes specified for carers, in the order and words of the Care and Support (Eligibility Criteria)
/// Regulations 2015 (SI 2015/313) reg. 3(2)(b)(i)–(viii).
/// </summary>
/// <remarks>
/// A separate list from the adults' outcomes (<see cref="Adults.SpecifiedOutcome"/>): it has no personal hygiene, toilet,
/// clothing or safe-use-of-home outcome, adds caring for other persons and recreational activities, and its community
/// outcome does not mention public transport. One unmet outcome is enough for reg. 3(1)(b).
/// </remarks>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public sealed class CarerOutcome : CodeListItem<CarerOutcome>
{
    /// <summary>Carrying out any caring responsibilities the carer has for a child (SI 2015/313 reg. 3(2)(b)(i)).</summary>
    public static readonly CarerOutcome CaringForChild = new(nameof(CaringForChild), "caring-for-child", "Carrying out any caring responsibilities the carer has for a child", "reg. 3(2)(b)(i)");

    /// <summary>Providing care to other persons for whom the carer provides care (SI 2015/313 reg. 3(2)(b)(ii)).</summary>
    public static readonly CarerOutcome CaringForOthers = new(nameof(CaringForOthers), "caring-for-others", "Providing care to other persons for whom the carer provides care", "reg. 3(2)(b)(ii)");

    /// <summary>Maintaining a habitable home environment in the carer's home, whether or not this is also the home of the adult needing care (SI 2015/313 reg. 3(2)(b)(iii)).</summary>
    public static readonly CarerOutcome HabitableHome = new(nameof(HabitableHome), "habitable-home", "Maintaining a habitable home environment in the carer's home (whether or not this is also the home of the adult needing care)", "reg. 3(2)(b)(iii)");

    /// <summary>Managing and maintaining nutrition (SI 2015/313 reg. 3(2)(b)(iv)).</summary>
    public static readonly CarerOutcome Nutrition = new(nameof(Nutrition), "nutrition", "Managing and maintaining nutrition", "reg. 3(2)(b)(iv)");

    /// <summary>Developing and maintaining family or other personal relationships (SI 2015/313 reg. 3(2)(b)(v)).</summary>
    public static readonly CarerOutcome Relationships = new(nameof(Relationships), "relationships", "Developing and maintaining family or other personal relationships", "reg. 3(2)(b)(v)");

    /// <summary>Engaging in work, training, education or volunteering (SI 2015/313 reg. 3(2)(b)(vi)).</summary>
    public static readonly CarerOutcome WorkTrainingEducationVolunteering = new(nameof(WorkTrainingEducationVolunteering), "work-training-education-volunteering", "Engaging in work, training, education or volunteering", "reg. 3(2)(b)(vi)");

    /// <summary>Making use of necessary facilities or services in the local community, including recreational facilities or services (SI 2015/313 reg. 3(2)(b)(vii)).</summary>
    public static readonly CarerOutcome CommunityFacilities = new(nameof(CommunityFacilities), "community-facilities", "Making use of necessary facilities or services in the local community, including recreational facilities or services", "reg. 3(2)(b)(vii)");

    /// <summary>Engaging in recreational activities (SI 2015/313 reg. 3(2)(b)(viii)).</summary>
    public static readonly CarerOutcome RecreationalActivities = new(nameof(RecreationalActivities), "recreational-activities", "Engaging in recreational activities", "reg. 3(2)(b)(viii)");

    private CarerOutcome(string name, string code, string displayName, string provision)
        : base(name, code, displayName)
    {
        Citation = EligibilityCitations.Regulations(provision);
    }

    /// <summary>Gets the paragraph of SI 2015/313 that specifies the outcome.</summary>
    public Citation Citation { get; }
}
