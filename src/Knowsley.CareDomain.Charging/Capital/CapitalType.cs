using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Charging.Capital;

/// <summary>A type of capital and whether it counts (SI 2014/2672 Part 5 and Sch. 2; CSSG Annex B).</summary>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
public sealed class CapitalType : CodeListItem<CapitalType>
{
    /// <summary>Savings in a bank, building society or similar account.</summary>
    public static readonly CapitalType Savings = new(nameof(Savings), "savings", "Savings", false);

    /// <summary>Cash.</summary>
    public static readonly CapitalType Cash = new(nameof(Cash), "cash", "Cash", false);

    /// <summary>Stocks, shares, unit trusts and other investments.</summary>
    public static readonly CapitalType Investments = new(nameof(Investments), "investments", "Stocks, shares and investments", false);

    /// <summary>Premium Bonds and National Savings certificates.</summary>
    public static readonly CapitalType NationalSavings = new(nameof(NationalSavings), "national-savings", "Premium Bonds and National Savings", false);

    /// <summary>The person's main or only home (disregarded outside care homes and in the cases of Sch. 2).</summary>
    public static readonly CapitalType MainHome = new(nameof(MainHome), "main-home", "Main or only home", false);

    /// <summary>Other buildings or land.</summary>
    public static readonly CapitalType OtherProperty = new(nameof(OtherProperty), "other-property", "Other property or land", false);

    /// <summary>Capital the person is treated as having (notional capital, reg. 22), recorded from the council's finding of deprivation.</summary>
    public static readonly CapitalType NotionalCapital = new(nameof(NotionalCapital), "notional-capital", "Notional capital (deprivation of assets)", false);

    /// <summary>Personal possessions (disregarded, Sch. 2).</summary>
    public static readonly CapitalType PersonalPossessions = new(nameof(PersonalPossessions), "personal-possessions", "Personal possessions", true);

    /// <summary>An investment bond with a life insurance element (disregarded, Sch. 2).</summary>
    public static readonly CapitalType LifeInsuranceBond = new(nameof(LifeInsuranceBond), "life-insurance-bond", "Investment bond with life insurance", true);

    /// <summary>Any other capital disregarded under Sch. 2 (give the paragraph in the description).</summary>
    public static readonly CapitalType OtherDisregarded = new(nameof(OtherDisregarded), "other-disregarded", "Other disregarded capital", true);

    private CapitalType(string name, string code, string displayName, bool alwaysDisregarded)
        : base(name, code, displayName)
    {
        AlwaysDisregarded = alwaysDisregarded;
    }

    /// <summary>Gets a value indicating whether capital of this type is always disregarded (Sch. 2).</summary>
    public bool AlwaysDisregarded { get; }
}
