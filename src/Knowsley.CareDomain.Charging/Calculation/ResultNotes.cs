using System.Collections.Generic;
using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Capital;
using Knowsley.CareDomain.Charging.Rates;

namespace Knowsley.CareDomain.Charging.Calculation;

/// <summary>Collects the rules that applied and the warnings for a result.</summary>
internal static class ResultNotes
{
    public static void Collect(FinancialAssessment a, ChargingRates r, in ChargeFigures f, List<string> rules, List<string> warnings)
    {
        var p = r.Policy;
        var date = r.Date;
        foreach (var item in a.Capital)
        {
            if (item.JointOwners > 1 && item.PersonsShare is null && !rules.Contains("joint-capital-equal-shares"))
            {
                rules.Add("joint-capital-equal-shares");
            }

            if (item.Type.Equals(CapitalType.MainHome) && !ChargeEngine.CapitalCounts(item, a, date) && !rules.Contains("main-home-disregarded"))
            {
                rules.Add("main-home-disregarded");
                if (a.Kind.Equals(AssessmentKind.PermanentResidential) && a.ResidentialStay is { } s && date <= s.TwelveWeekDisregardLastDay())
                {
                    rules.Add("twelve-week-property-disregard");
                    warnings.Add($"The 12-week property disregard ends on {s.TwelveWeekDisregardLastDay():yyyy-MM-dd}; the home counts as capital after that unless another disregard applies.");
                }
            }

            if (item.Type.Equals(CapitalType.NotionalCapital) && !rules.Contains("notional-capital"))
            {
                rules.Add("notional-capital");
                warnings.Add("Notional capital is counted as if still held, following the council's finding of a deprivation of assets (SI 2014/2672 reg. 22; CSSG Annex E). It diminishes over time under reg. 23 (not yet applied by this calculation).");
            }
        }

        foreach (var line in a.Income)
        {
            if (line.JointlyHeld && !rules.Contains("joint-income-half-share"))
            {
                rules.Add("joint-income-half-share");
            }

            if (line.IsNotional && !rules.Contains("notional-income"))
            {
                rules.Add("notional-income");
                warnings.Add("Notional income is counted as if received (SI 2014/2672 reg. 17).");
            }
        }

        if (f.AboveUpperCapitalLimit)
        {
            rules.Add("capital-above-upper-limit");
            if (!a.Kind.IsResidential)
            {
                var fee = p.ArrangementFeeSetUp.IsPositive || p.ArrangementFeeAnnual.IsPositive
                    ? $" The council's arrangement fee is {p.ArrangementFeeSetUp} to set up and {p.ArrangementFeeAnnual} a year."
                    : string.Empty;
                warnings.Add("Capital is above the upper capital limit: the person pays the full cost and may ask the council to arrange their care (Care Act 2014 s.18(3))." + fee);
            }

            return;
        }

        if (f.TariffIncome.IsPositive)
        {
            rules.Add("tariff-income");
        }

        if ((f.UpperCapitalLimit - f.CapitalAssessed).Pence < 25_000)
        {
            warnings.Add($"Capital ({f.CapitalAssessed}) is within £250 of the upper capital limit ({f.UpperCapitalLimit}).");
        }

        if (f.SavingsCreditDisregarded.IsPositive)
        {
            rules.Add("savings-credit-disregard");
        }

        if (f.NightCareElementDisregarded.IsPositive)
        {
            rules.Add("night-care-element-disregarded");
        }

        if (f.PensionPassedToSpouseDisregarded.IsPositive)
        {
            rules.Add("pension-passed-to-spouse-disregard");
        }

        if (a.Kind.IsResidential)
        {
            rules.Add("personal-expenses-allowance");
            if (a.Kind.IsTemporary && f.HousingCosts.IsPositive)
            {
                rules.Add("temporary-resident-home-costs");
            }

            if (!a.Kind.IsTemporary && a.HousingCosts.Count > 0)
            {
                warnings.Add("Housing costs are not deducted for a permanent care-home resident; they were ignored.");
            }

            if (a.ResidentialStay?.TopUp is { } topUp)
            {
                rules.Add("top-up");
                if (topUp.Payer == TopUpPayer.FirstPartyDuringTwelveWeekDisregard && date > a.ResidentialStay.TwelveWeekDisregardLastDay())
                {
                    warnings.Add("A first-party top-up is recorded outside the 12-week property disregard; the resident may pay their own top-up only during it or under a deferred payment agreement (CSSG Annex A).");
                }
            }
        }
        else
        {
            rules.Add("minimum-income-guarantee");
            if (f.MinimumIncomeGuaranteeUplift.IsPositive)
            {
                rules.Add("mig-uplift");
            }

            if (p.TaperPercent != 100m)
            {
                rules.Add("taper");
            }

            if (f.DisabilityRelatedExpenditure.IsPositive && f.DisabilityRelatedExpenditure > f.ItemisedDisabilityRelatedExpenditure)
            {
                rules.Add(f.DreBandAllowance == f.DisabilityRelatedExpenditure && f.DreBandAllowance > p.DreStandardAllowance ? "dre-band" : "dre-standard-allowance");
            }

            if (p.DreEvidenceThreshold is { } t && f.UnevidencedDreAboveThreshold.IsPositive)
            {
                rules.Add("dre-evidence-threshold");
                warnings.Add($"Unevidenced disability-related expenditure of {t + f.UnevidencedDreAboveThreshold} a week is allowed only up to {t}; send evidence for more.");
            }

            if (f.CouplesCheckMade)
            {
                rules.Add("couples-check");
                if (f.CouplesCheckMigIncrease.IsPositive)
                {
                    rules.Add("couples-check-mig-increase");
                }
            }

            if (f.BelowMinimumCharge)
            {
                rules.Add("minimum-charge");
            }
        }

        if (f.CappedAtCostOfCare)
        {
            rules.Add("capped-at-cost-of-care");
        }
    }
}
