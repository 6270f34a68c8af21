using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Capital;
using Knowsley.CareDomain.Charging.Income;
using Knowsley.CareDomain.Charging.Rates;

namespace Knowsley.CareDomain.Charging.Calculation;

/// <summary>The arithmetic of the financial assessment, in whole pence, with no allocation per assessment.</summary>
internal static class ChargeEngine
{
    public static ChargeFigures Compute(FinancialAssessment a, ChargingRates r)
    {
        var kind = a.Kind;
        var policy = r.Policy;
        var date = r.Date;

        // Step 1: capital (SI 2014/2672 Part 5, regs 12 and 25; Sch. 2).
        long capital = 0;
        var items = a.Capital;
        for (var i = 0; i < items.Count; i++)
        {
            if (CapitalCounts(items[i], a, date))
            {
                capital += items[i].ShareValue().Pence;
            }
        }

        var lcl = r.Require(r.LowerCapitalLimit);
        var ucl = r.Require(r.UpperCapitalLimit);
        if (!kind.IsResidential)
        {
            lcl = policy.NonResidentialLowerCapitalLimit ?? lcl;
            ucl = policy.NonResidentialUpperCapitalLimit ?? ucl;
        }

        var above = capital > ucl.Pence;
        long tariff = 0;
        if (!above && capital > lcl.Pence)
        {
            var step = r.Require(r.TariffStep).Pence;
            var steps = (capital - lcl.Pence + step - 1) / step; // £1 for every £250 or part of £250
            tariff = steps * r.Require(r.TariffPerStep).Pence;
        }

        // Step 2: income and disregards (regs 13 to 15; Sch. 1; CSSG Annex C).
        long gross = 0, fullyDisregarded = 0, savingsCredit = 0, warPension = 0, nightCare = 0;
        var disregardNightCare = !kind.IsResidential && !a.NightCareArranged && policy.NightCarePolicy == NightCarePolicy.DisregardHigherMinusLower;
        long nightCareElement = -1;
        var lines = a.Income;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var weekly = line.PersonsWeeklyAmount().Pence;
            gross += weekly;
            switch (line.Type.Treatment)
            {
                case IncomeTreatment.FullyDisregarded:
                    fullyDisregarded += weekly;
                    break;
                case IncomeTreatment.SavingsCredit:
                    savingsCredit += weekly;
                    break;
                case IncomeTreatment.WarPensionPartDisregard:
                    warPension += weekly;
                    break;
                case IncomeTreatment.DisabilityCareHigherRate when disregardNightCare:
                    if (nightCareElement < 0)
                    {
                        nightCareElement = r.Require(r.AttendanceAllowanceHigher).Pence - r.Require(r.AttendanceAllowanceLower).Pence;
                    }

                    nightCare += weekly < nightCareElement ? weekly : nightCareElement;
                    break;
            }
        }

        long savingsCreditDisregard = 0;
        if (savingsCredit > 0)
        {
            var max = a.Person.Household.Equals(HouseholdStatus.Couple) ? r.Require(r.SavingsCreditDisregardCouple) : r.Require(r.SavingsCreditDisregardSingle);
            savingsCreditDisregard = savingsCredit < max.Pence ? savingsCredit : max.Pence;
        }

        long warDisregard = 0;
        if (warPension > 0)
        {
            var max = r.Require(r.WarWidowsPensionDisregard).Pence;
            warDisregard = warPension < max ? warPension : max;
        }

        var disregarded = fullyDisregarded + savingsCreditDisregard + warDisregard + nightCare;
        var assessable = gross - disregarded + tariff;
        var cost = a.WeeklyCostOfCare;
        var topUp = a.ResidentialStay?.TopUp?.WeeklyAmount ?? Money.Zero;

        var figures = new ChargeFigures
        {
            CapitalAssessed = Money.FromPence(capital),
            AboveUpperCapitalLimit = above,
            LowerCapitalLimit = lcl,
            UpperCapitalLimit = ucl,
            TariffIncome = Money.FromPence(tariff),
            GrossIncome = Money.FromPence(gross),
            DisregardedIncome = Money.FromPence(disregarded),
            NightCareElementDisregarded = Money.FromPence(nightCare),
            SavingsCreditDisregarded = Money.FromPence(savingsCreditDisregard),
            AssessableIncome = Money.FromPence(assessable),
            CostOfCare = cost,
            TopUp = topUp,
        };

        if (above)
        {
            // Above the upper capital limit the person pays the full cost (reg. 12; CSSG Annex B).
            return figures with { MaximumCharge = cost, WeeklyCharge = cost };
        }

        long housing = 0;
        var costs = a.HousingCosts;
        for (var i = 0; i < costs.Count; i++)
        {
            housing += costs[i].Amount.ToWeekly().Pence;
        }

        long disposable;
        Money statutoryMig = Money.Zero, uplift = Money.Zero, pea = Money.Zero;
        long itemisedDre = 0, dre = 0;
        if (kind.IsResidential)
        {
            pea = r.Require(r.PersonalExpensesAllowance);
            if (!kind.IsTemporary)
            {
                housing = 0;
            }

            disposable = assessable - pea.Pence - housing;
        }
        else
        {
            statutoryMig = StatutoryMig(a, r, date);
            uplift = (policy.MigUpliftPercent == 0m ? Money.Zero : statutoryMig.Multiply(policy.MigUpliftPercent / 100m, MoneyRounding.HalfUp)) + policy.MigUpliftAmount;
            itemisedDre = ItemisedDre(a, policy.DreEvidenceThreshold);
            dre = itemisedDre > policy.DreStandardAllowance.Pence ? itemisedDre : policy.DreStandardAllowance.Pence;
            disposable = assessable - statutoryMig.Pence - uplift.Pence - housing - dre;
        }

        var maximum = Money.FromPence(disposable > 0 ? disposable : 0);
        if (!kind.IsResidential && policy.TaperPercent != 100m)
        {
            maximum = maximum.Multiply(policy.TaperPercent / 100m, MoneyRounding.HalfUp); // to the nearest penny, as in Liverpool's published example
        }

        var charge = maximum < cost ? maximum : cost;
        var belowMinimum = !kind.IsResidential && charge.IsPositive && charge < policy.MinimumCharge;
        if (belowMinimum)
        {
            charge = Money.Zero;
        }

        return figures with
        {
            StatutoryMinimumIncomeGuarantee = statutoryMig,
            MinimumIncomeGuaranteeUplift = uplift,
            MinimumIncomeGuarantee = statutoryMig + uplift,
            PersonalExpensesAllowance = pea,
            HousingCosts = Money.FromPence(housing),
            ItemisedDisabilityRelatedExpenditure = Money.FromPence(itemisedDre),
            DisabilityRelatedExpenditure = Money.FromPence(dre),
            DisposableIncome = Money.FromPence(disposable),
            MaximumCharge = maximum,
            WeeklyCharge = charge,
            CappedAtCostOfCare = maximum > cost,
            BelowMinimumCharge = belowMinimum,
        };
    }

    /// <summary>Whether an item of capital counts on the assessment date (Sch. 2).</summary>
    internal static bool CapitalCounts(CapitalItem item, FinancialAssessment a, NodaTime.LocalDate date)
    {
        if (item.Type.AlwaysDisregarded)
        {
            return false;
        }

        if (!item.Type.Equals(CapitalType.MainHome))
        {
            return true;
        }

        // The main home: disregarded for care outside a care home and for temporary residents (Sch. 2 para. 1);
        // for a permanent resident, during the 12-week disregard (Sch. 2 para. 2) and any recorded disregard period.
        if (!a.Kind.IsResidential || a.Kind.IsTemporary)
        {
            return false;
        }

        if (a.ResidentialStay is { } stay && date <= stay.TwelveWeekDisregardLastDay())
        {
            return false;
        }

        var disregards = item.Disregards;
        for (var i = 0; i < disregards.Count; i++)
        {
            if (disregards[i].AppliesOn(date))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The MIG category's base amount plus premiums and child additions (reg. 7).</summary>
    internal static Money StatutoryMig(FinancialAssessment a, ChargingRates r, NodaTime.LocalDate date)
    {
        var person = a.Person;
        var couple = person.Household.Equals(HouseholdStatus.Couple);
        var amount = r.Require(MigBaseRate(a, r, date));
        if (person.DependentChildren > 0)
        {
            amount += r.Require(r.MigChild) * person.DependentChildren;
        }

        if (person.DisabilityPremium)
        {
            amount += r.Require(couple ? r.DisabilityPremiumCouple : r.DisabilityPremiumSingle);
        }

        if (person.EnhancedDisabilityPremium)
        {
            amount += r.Require(couple ? r.EnhancedDisabilityPremiumCouple : r.EnhancedDisabilityPremiumSingle);
        }

        if (person.CarerPremium)
        {
            amount += r.Require(r.CarerPremium);
        }

        return amount;
    }

    /// <summary>The reg. 7(2) to (4) base amount for the person's category on a date.</summary>
    internal static ChargingRates.Rate MigBaseRate(FinancialAssessment a, ChargingRates r, NodaTime.LocalDate date)
    {
        var person = a.Person;
        var pensionAge = person.HasReachedPensionCreditAgeOn(date);
        if (person.Household.Equals(HouseholdStatus.Couple))
        {
            return pensionAge || person.PartnerReachedPensionCreditAge ? r.MigCouplePension : r.MigCouple18;
        }

        if (pensionAge)
        {
            return r.MigSinglePension;
        }

        if (person.Household.Equals(HouseholdStatus.LoneParent))
        {
            return r.MigLoneParent;
        }

        return person.AgeOn(date) >= 25 ? r.MigSingle25 : r.MigSingle18To24;
    }

    /// <summary>The itemised DRE allowed; unevidenced items count up to the council's evidence threshold in total.</summary>
    internal static long ItemisedDre(FinancialAssessment a, Money? evidenceThreshold)
    {
        long evidenced = 0, unevidenced = 0;
        var items = a.DisabilityRelatedExpenditure;
        for (var i = 0; i < items.Count; i++)
        {
            var allowed = items[i].AllowedWeekly().Pence;
            if (items[i].EvidenceHeld)
            {
                evidenced += allowed;
            }
            else
            {
                unevidenced += allowed;
            }
        }

        if (evidenceThreshold is { } t && unevidenced > t.Pence)
        {
            unevidenced = t.Pence;
        }

        return evidenced + unevidenced;
    }
}
