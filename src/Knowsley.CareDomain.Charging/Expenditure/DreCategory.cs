using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Charging.Expenditure;

/// <summary>Categories of disability-related expenditure (CSSG Annex C; the list is not exhaustive).</summary>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
public sealed class DreCategory : CodeListItem<DreCategory>
{
    /// <summary>Community alarm.</summary>
    public static readonly DreCategory CommunityAlarm = new(nameof(CommunityAlarm), "community-alarm", "Community alarm");

    /// <summary>Privately arranged care, including respite care.</summary>
    public static readonly DreCategory PrivateCare = new(nameof(PrivateCare), "private-care", "Privately arranged care");

    /// <summary>Specialist washing powders or extra laundry.</summary>
    public static readonly DreCategory Laundry = new(nameof(Laundry), "laundry", "Extra laundry");

    /// <summary>Extra costs of a special diet.</summary>
    public static readonly DreCategory SpecialDiet = new(nameof(SpecialDiet), "special-diet", "Special diet");

    /// <summary>Special clothing or footwear, or extra wear and tear.</summary>
    public static readonly DreCategory Clothing = new(nameof(Clothing), "clothing", "Special clothing or footwear");

    /// <summary>Extra bedding.</summary>
    public static readonly DreCategory Bedding = new(nameof(Bedding), "bedding", "Extra bedding");

    /// <summary>Heating or metered water above average levels.</summary>
    public static readonly DreCategory Heating = new(nameof(Heating), "heating", "Extra heating or water");

    /// <summary>Garden maintenance, cleaning or domestic help needed because of disability.</summary>
    public static readonly DreCategory DomesticHelp = new(nameof(DomesticHelp), "domestic-help", "Domestic help, cleaning or gardening");

    /// <summary>Buying, maintaining or repairing disability equipment.</summary>
    public static readonly DreCategory Equipment = new(nameof(Equipment), "equipment", "Disability equipment");

    /// <summary>Personal assistance costs.</summary>
    public static readonly DreCategory PersonalAssistance = new(nameof(PersonalAssistance), "personal-assistance", "Personal assistance");

    /// <summary>Internet access.</summary>
    public static readonly DreCategory Internet = new(nameof(Internet), "internet", "Internet access");

    /// <summary>Transport costs beyond what the mobility component covers.</summary>
    public static readonly DreCategory Transport = new(nameof(Transport), "transport", "Transport");

    /// <summary>Any other disability-related expenditure.</summary>
    public static readonly DreCategory Other = new(nameof(Other), "other", "Other");

    private DreCategory(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
