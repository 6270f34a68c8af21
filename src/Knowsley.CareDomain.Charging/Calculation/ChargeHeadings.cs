using System.Collections.Generic;

namespace Knowsley.CareDomain.Charging.Calculation;

/// <summary>The headings of a financial assessment and their amounts, for results and recalculation reports.</summary>
internal static class ChargeHeadings
{
    public static KeyValuePair<string, Money>[] Of(in ChargeFigures f) => new[]
    {
        Pair("capital-assessed", f.CapitalAssessed),
        Pair("tariff-income", f.TariffIncome),
        Pair("gross-income", f.GrossIncome),
        Pair("disregarded-income", f.DisregardedIncome),
        Pair("assessable-income", f.AssessableIncome),
        Pair("minimum-income-guarantee", f.MinimumIncomeGuarantee),
        Pair("personal-expenses-allowance", f.PersonalExpensesAllowance),
        Pair("housing-costs", f.HousingCosts),
        Pair("disability-related-expenditure", f.DisabilityRelatedExpenditure),
        Pair("disposable-income", f.DisposableIncome),
        Pair("maximum-charge", f.MaximumCharge),
        Pair("cost-of-care", f.CostOfCare),
        Pair("weekly-charge", f.WeeklyCharge),
        Pair("top-up", f.TopUp),
    };

    /// <summary>The headings whose amounts differ between two sets of figures.</summary>
    public static List<string> Moved(in ChargeFigures before, in ChargeFigures after)
    {
        var a = Of(before);
        var b = Of(after);
        var moved = new List<string>();
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i].Value != b[i].Value)
            {
                moved.Add(a[i].Key);
            }
        }

        return moved;
    }

    private static KeyValuePair<string, Money> Pair(string key, Money value) => new(key, value);
}
