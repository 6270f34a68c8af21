using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Capital;
using Knowsley.CareDomain.Charging.Expenditure;
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
        long gross = 0, fullyDisregarded = 0, savingsCredit = 0, warPension = 0, nightCare = 0, pensionToSpouse = 0;
        var band = DreBand.None;
        var disregardNightCare = !kind.IsResidential && !a.NightCareArranged && policy.NightCarePolicy == NightCarePolicy.DisregardHigherMinusLower;
        long nightCareElement = -1;
        var lines = a.Income;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var weekly = line.PersonsWeeklyAmount().Pence;
            gross += weekly;
            if (line.Type.DreBand > band)
            {
                band = line.Type.DreBand;
            }

            if (line.HalfPassedToSpouse && kind.IsResidential)
            {
                // 50% of a pension passed to a spouse or civil partner at home is disregarded (CSSG Annex C).
                pensionToSpouse += line.PassedToSpouseDisregard().Pence;
            }
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

        var disregarded = fullyDisregarded + savingsCreditDisregard + warDisregard + nightCare + pensionToSpouse;
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
            PensionPassedToSpouseDisregarded = Money.FromPence(pensionToSpouse),
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
        long itemisedDre = 0, dre = 0, aboveThreshold = 0, bandAllowance = 0, couplesIncrease = 0, combined = 0, coupleAllowance = 0;
        var couplesCheck = false;
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
            // DRE (Sch. 1 para. 4): the itemised amount allowed (unevidenced items only up to the evidence threshold), the
            // council's standard allowance or its band allowance for the disability benefit received, whichever is highest.
            itemisedDre = ItemisedDre(a, policy.DreEvidenceThreshold, out aboveThreshold);
            bandAllowance = policy.DreBandAllowance(band).Pence;
            dre = itemisedDre > policy.DreStandardAllowance.Pence ? itemisedDre : policy.DreStandardAllowance.Pence;
            dre = dre > bandAllowance ? dre : bandAllowance;
            disposable = assessable - statutoryMig.Pence - uplift.Pence - housing - dre;

            // The couples affordability check (CSSG Annex C para. 5: consider the implications for the partner): the MIG is
            // raised by B - A where A = MIG + the partner's net resources falls short of the council's couple allowance B.
            if (a.PartnerResources is { } partner)
            {
                couplesCheck = true;
                coupleAllowance = (policy.CouplesCheckAllowance ?? r.Parameters.MoneyOn(ChargingParameterNames.LocalCouplesCheckAllowance, date)).Pence;
                combined = statutoryMig.Pence + uplift.Pence + partner.WeeklyNetResources().Pence;
                couplesIncrease = coupleAllowance > combined ? coupleAllowance - combined : 0;
            }
        }

        var chargeAlone = Charge(disposable, kind.IsResidential, policy, cost, out var maximum, out var belowMinimum);
        var charge = chargeAlone;
        if (couplesIncrease > 0)
        {
            disposable -= couplesIncrease;
            charge = Charge(disposable, kind.IsResidential, policy, cost, out maximum, out belowMinimum);
        }

        return figures with
        {
            StatutoryMinimumIncomeGuarantee = statutoryMig,
            MinimumIncomeGuaranteeUplift = uplift,
            CouplesCheckMigIncrease = Money.FromPence(couplesIncrease),
            MinimumIncomeGuarantee = statutoryMig + uplift + Money.FromPence(couplesIncrease),
            PersonalExpensesAllowance = pea,
            HousingCosts = Money.FromPence(housing),
            ItemisedDisabilityRelatedExpenditure = Money.FromPence(itemisedDre),
            UnevidencedDreAboveThreshold = Money.FromPence(aboveThreshold),
            DreBand = kind.IsResidential ? DreBand.None : band,
            DreBandAllowance = Money.FromPence(bandAllowance),
            DisabilityRelatedExpenditure = Money.FromPence(dre),
            DisposableIncome = Money.FromPence(disposable),
            MaximumCharge = maximum,
            WeeklyCharge = charge,
            CappedAtCostOfCare = maximum > cost,
            BelowMinimumCharge = belowMinimum,
            CouplesCheckMade = couplesCheck,
            CouplesCheckCombinedResources = Money.FromPence(combined),
            CouplesCheckCoupleAllowance = Money.FromPence(coupleAllowance),
            WeeklyChargeAssessedAlone = chargeAlone,
        };
    }

    /// <summary>Steps 7 and 8: the maximum charge (never below zero, after any taper) and the charge (never above the cost
    /// of care, Care Act 2014 s.14(4); nothing billed below the council's minimum charge).</summary>
    private static Money Charge(long disposable, bool residential, CouncilChargingPolicy policy, Money cost, out Money maximum, out bool belowMinimum)
    {
        maximum = Money.FromPence(disposable > 0 ? disposable : 0);
        if (!residential && policy.TaperPercent != 100m)
        {
            maximum = maximum.Multiply(policy.TaperPercent / 100m, MoneyRounding.HalfUp); // to the nearest penny, as in Liverpool's published example
        }

        var charge = maximum < cost ? maximum : cost;
        belowMinimum = !residential && charge.IsPositive && charge < policy.MinimumCharge;
        return belowMinimum ? Money.Zero : charge;
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

    /// <summary>The itemised DRE allowed; unevidenced items count up to the council's evidence threshold in total, and the
    /// unevidenced amount above it is returned in <paramref name="aboveThreshold"/>.</summary>
    internal static long ItemisedDre(FinancialAssessment a, Money? evidenceThreshold, out long aboveThreshold)
    {
        aboveThreshold = 0;
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
            aboveThreshold = unevidenced - t.Pence;
            unevidenced = t.Pence;
        }

        return evidenced + unevidenced;
    }
}
