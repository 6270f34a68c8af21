using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Capital;
using Knowsley.CareDomain.Charging.Expenditure;
using Knowsley.CareDomain.Charging.Income;
using Knowsley.CareDomain.Charging.Rates;
using Knowsley.CareDomain.Explanations;

namespace Knowsley.CareDomain.Charging.Calculation;

/// <summary>Builds the explanation of a financial assessment from its inputs, rates and figures.</summary>
internal static class ExplanationFactory
{
    public static Explanation Build(FinancialAssessment a, ChargingRates r, ChargeFigures f)
    {
        var date = r.Date;
        var b = new ExplanationBuilder($"Financial assessment {a.Id}: {a.Kind.DisplayName.ToLowerInvariant()}, {date:d MMMM yyyy}");
        b.Group("Capital", g =>
        {
            foreach (var item in a.Capital)
            {
                var counts = ChargeEngine.CapitalCounts(item, a, date);
                var label = item.Type.DisplayName + (item.Description is null ? string.Empty : $" ({item.Description})");
                var share = item.JointOwners > 1
                    ? (item.PersonsShare is null ? $"equal share of {item.JointOwners} owners of {item.Value}" : $"share shown as {item.PersonsShare} of {item.Value}")
                    : null;
                var note = counts ? share : Join(share, "disregarded: " + DisregardReason(item, a, date));
                if (item.Type.Equals(CapitalType.NotionalCapital))
                {
                    note = Join(note, "capital the person deprived themselves of, treated as still held (SI 2014/2672 reg. 22; deprivation of assets, CSSG Annex E)");
                }

                g.Add(label, counts ? item.ShareValue() : Money.Zero, CapitalCitation(item, a), note);
            }

            g.Add("Lower capital limit", f.LowerCapitalLimit, Cite(r, ChargingParameterNames.LowerCapitalLimit, ChargingParameterNames.LocalNonResidentialLowerCapitalLimit, a));
            g.Add("Upper capital limit", f.UpperCapitalLimit, Cite(r, ChargingParameterNames.UpperCapitalLimit, ChargingParameterNames.LocalNonResidentialUpperCapitalLimit, a));
            if (!f.AboveUpperCapitalLimit)
            {
                g.Add("Tariff income: £1 a week for every £250, or part of £250, above the lower limit", f.TariffIncome, ChargingCitations.Regulations("reg. 25"));
            }
        }, f.CapitalAssessed, ChargingCitations.Regulations("reg. 12"), "Total capital that counts");

        b.Group("Weekly income", g =>
        {
            foreach (var line in a.Income)
            {
                var note = $"{line.Amount}";
                if (line.JointlyHeld)
                {
                    note += "; joint income, half counted (CSSG Annex C para. 5)";
                }

                if (line.IsNotional)
                {
                    note += "; notional income (reg. 17)";
                }

                g.Add(line.Type.DisplayName + (line.Description is null ? string.Empty : $" ({line.Description})"), line.PersonsWeeklyAmount(), line.Type.Citation, note);
            }
        }, f.GrossIncome, ChargingCitations.Regulations("reg. 13"));

        b.Group("Income disregarded", g =>
        {
            foreach (var line in a.Income)
            {
                if (line.Type.Treatment == IncomeTreatment.FullyDisregarded)
                {
                    g.Add(line.Type.DisplayName, line.PersonsWeeklyAmount(), line.Type.Citation, "disregarded in full");
                }
            }

            if (f.SavingsCreditDisregarded.IsPositive)
            {
                var name = a.Person.Household.Equals(HouseholdStatus.Couple) ? ChargingParameterNames.SavingsCreditDisregardCouple : ChargingParameterNames.SavingsCreditDisregardSingle;
                g.Add("Savings credit disregard", f.SavingsCreditDisregarded, ParamCitation(r, name), $"savings credit received, up to the maximum of {r.Parameters.MoneyOn(name, date)}");
            }

            if (f.NightCareElementDisregarded.IsPositive)
            {
                g.Add("Night-care element (no night care arranged)", f.NightCareElementDisregarded, Policy(r, ChargingParameterNames.LocalNightCarePolicy), "the difference between the higher and lower rates of the disability benefit");
            }

            if (f.PensionPassedToSpouseDisregarded.IsPositive)
            {
                foreach (var line in a.Income)
                {
                    if (line.HalfPassedToSpouse)
                    {
                        g.Add(
                            "Half of a pension passed to a spouse or civil partner at home",
                            line.PassedToSpouseDisregard(),
                            ChargingCitations.Guidance("Annex C"),
                            $"50% of {line.PersonsWeeklyAmount()} a week ({line.Type.DisplayName}), paid to a spouse or civil partner who lives at home");
                    }
                }
            }

            var war = f.DisregardedIncome - f.SavingsCreditDisregarded - f.NightCareElementDisregarded - f.PensionPassedToSpouseDisregarded - FullyDisregarded(a);
            if (war.IsPositive)
            {
                g.Add("War widow's or widower's pension disregard", war, ParamCitation(r, ChargingParameterNames.WarWidowsPensionDisregard));
            }
        }, f.DisregardedIncome, ChargingCitations.Regulations("Sch. 1"));

        b.Add("Assessable income (income less disregards, plus tariff income)", f.AssessableIncome, ChargingCitations.Guidance("Annex C"));

        if (f.AboveUpperCapitalLimit)
        {
            b.AddValue("Capital above the upper capital limit", "the person pays the full cost of their care", ChargingCitations.Regulations("reg. 12"));
            b.Add("Weekly charge (full cost)", f.WeeklyCharge, ChargingCitations.CareAct("s.14"));
            return b.Build();
        }

        if (a.Kind.IsResidential)
        {
            b.Add("Personal expenses allowance", f.PersonalExpensesAllowance, ParamCitation(r, ChargingParameterNames.PersonalExpensesAllowance), "the weekly amount you keep for personal spending");
            if (a.Kind.IsTemporary)
            {
                b.Group("Home costs that continue during a temporary stay", g =>
                {
                    foreach (var c in a.HousingCosts)
                    {
                        g.Add(c.Type.DisplayName, c.Amount.ToWeekly(), ChargingCitations.Guidance("Annex C"), c.Amount.ToString());
                    }
                }, f.HousingCosts, ChargingCitations.Guidance("Annex C"));
            }
        }
        else
        {
            b.Group("Minimum income guarantee", g =>
            {
                var baseRate = ChargeEngine.MigBaseRate(a, r, date);
                g.Add(MigLabel(baseRate.Name), r.Require(baseRate), ParamCitation(r, baseRate.Name), $"age {a.Person.AgeOn(date)}");
                if (a.Person.DependentChildren > 0)
                {
                    g.Add($"Children in the household ({a.Person.DependentChildren})", r.Require(r.MigChild) * a.Person.DependentChildren, ParamCitation(r, ChargingParameterNames.MigChild));
                }

                var couple = a.Person.Household.Equals(HouseholdStatus.Couple);
                if (a.Person.DisabilityPremium)
                {
                    var rate = couple ? r.DisabilityPremiumCouple : r.DisabilityPremiumSingle;
                    g.Add("Disability premium", r.Require(rate), ParamCitation(r, rate.Name));
                }

                if (a.Person.EnhancedDisabilityPremium)
                {
                    var rate = couple ? r.EnhancedDisabilityPremiumCouple : r.EnhancedDisabilityPremiumSingle;
                    g.Add("Enhanced disability premium", r.Require(rate), ParamCitation(r, rate.Name));
                }

                if (a.Person.CarerPremium)
                {
                    g.Add("Carer premium", r.Require(r.CarerPremium), ParamCitation(r, ChargingParameterNames.MigCarerPremium));
                }

                if (f.MinimumIncomeGuaranteeUplift.IsPositive)
                {
                    g.Add("Council uplift to the minimum income guarantee", f.MinimumIncomeGuaranteeUplift, Policy(r, ChargingParameterNames.LocalMigUpliftPercent, ChargingParameterNames.LocalMigUpliftAmount), $"statutory amount {f.StatutoryMinimumIncomeGuarantee}");
                }

                if (f.CouplesCheckMigIncrease.IsPositive)
                {
                    g.Add("Increase from the couples affordability check (see below)", f.CouplesCheckMigIncrease, Policy(r, ChargingParameterNames.LocalCouplesCheckAllowance), "couple allowance less the MIG plus your partner's net income");
                }
            }, f.MinimumIncomeGuarantee, ChargingCitations.Regulations("reg. 7"));

            b.Group("Housing costs", g =>
            {
                foreach (var c in a.HousingCosts)
                {
                    g.Add(c.Type.DisplayName, c.Amount.ToWeekly(), ChargingCitations.Guidance("Annex C"), c.Amount.ToString());
                }
            }, f.HousingCosts, ChargingCitations.Guidance("Annex C"), "net of Housing Benefit and council tax reduction");

            b.Group("Disability-related expenditure", g =>
            {
                foreach (var d in a.DisabilityRelatedExpenditure)
                {
                    var note = $"claimed {d.Claimed}";
                    if (d.Allowed is not null)
                    {
                        note += $"; allowed {d.Allowed}";
                    }

                    if (d.RefusalReason is not null)
                    {
                        note += $"; {d.RefusalReason}";
                    }

                    note += d.EvidenceHeld ? "; evidence held" : "; no evidence held";
                    g.Add(d.Category.DisplayName + (d.Description is null ? string.Empty : $" ({d.Description})"), d.AllowedWeekly(), ChargingCitations.Guidance("Annex C"), note);
                }

                if (r.Policy.DreEvidenceThreshold is { } t)
                {
                    g.Add("Council evidence threshold for items without evidence", t, Policy(r, ChargingParameterNames.LocalDreEvidenceThreshold));
                    if (f.UnevidencedDreAboveThreshold.IsPositive)
                    {
                        g.Add("Items without evidence above the threshold (not allowed until evidence is sent)", -f.UnevidencedDreAboveThreshold, Policy(r, ChargingParameterNames.LocalDreEvidenceThreshold), $"items without evidence are allowed up to {t} a week in total");
                    }
                }

                if (a.DisabilityRelatedExpenditure.Count > 0)
                {
                    g.Add("Itemised amount allowed", f.ItemisedDisabilityRelatedExpenditure, ChargingCitations.Regulations("Sch. 1 para. 4"));
                }

                if (r.Policy.DreStandardAllowance.IsPositive)
                {
                    g.Add("Council standard allowance (given when higher than the itemised amount)", r.Policy.DreStandardAllowance, Policy(r, ChargingParameterNames.LocalDreStandardAllowance));
                }

                if (r.Policy.HasDreBands)
                {
                    g.Add(
                        "Council DRE band for the disability benefit you receive (given when higher than the itemised amount)",
                        f.DreBandAllowance,
                        Policy(r, BandParameter(f.DreBand), ChargingParameterNames.LocalDreBandHighest),
                        BandNote(f.DreBand, r.Policy));
                }
            }, f.DisabilityRelatedExpenditure, ChargingCitations.Regulations("Sch. 1 para. 4"), DreNote(r.Policy));
        }

        if (f.CouplesCheckMade)
        {
            b.Group("Couples affordability check (your partner's resources considered)", g =>
            {
                var partner = a.PartnerResources!;
                g.Add("Minimum income guarantee before the check", f.StatutoryMinimumIncomeGuarantee + f.MinimumIncomeGuaranteeUplift, ChargingCitations.Regulations("reg. 7"));
                g.Add("Partner's net income", partner.Income.ToWeekly(), ChargingCitations.Guidance("Annex C para. 5"), partner.Income.ToString());
                g.Add("Less the partner's share of the housing costs", -partner.HousingCostShare.ToWeekly(), ChargingCitations.Guidance("Annex C para. 5"), partner.HousingCostShare.ToString());
                g.Add("A: minimum income guarantee plus the partner's net income", f.CouplesCheckCombinedResources, ChargingCitations.Guidance("Annex C para. 5"));
                g.Add("B: the council's couple allowance", f.CouplesCheckCoupleAllowance, Policy(r, ChargingParameterNames.LocalCouplesCheckAllowance));
                g.Add(
                    "Increase to the minimum income guarantee (B − A when A is below B)",
                    f.CouplesCheckMigIncrease,
                    Policy(r, ChargingParameterNames.LocalCouplesCheckAllowance),
                    f.CouplesCheckMigIncrease.IsPositive ? "A is below B" : "A is not below B: no increase");
                g.Add("Calculation 1: weekly charge on your own resources alone", f.WeeklyChargeAssessedAlone, ChargingCitations.Guidance("Annex C para. 5"));
                g.Add("Calculation 2: weekly charge with your partner's resources considered", f.WeeklyCharge, ChargingCitations.Guidance("Annex C para. 5"));
            }, f.WeeklyCharge, ChargingCitations.Guidance("Annex C para. 5"), "you are charged the lower of the two calculations");
        }

        b.Add("Disposable income", f.DisposableIncome, ChargingCitations.Guidance("chapter 8"));
        var maxNote = !a.Kind.IsResidential && r.Policy.TaperPercent != 100m ? $"{r.Policy.TaperPercent}% of disposable income (council taper)" : "never less than zero";
        b.Add("Maximum weekly charge", f.MaximumCharge, ChargingCitations.Guidance("chapter 8"), maxNote);
        b.Add("Weekly cost of the care arranged", f.CostOfCare, ChargingCitations.CareAct("s.14(4)"));
        var chargeNote = f.BelowMinimumCharge
            ? $"below the council's minimum charge of {r.Policy.MinimumCharge}, so nothing is billed"
            : f.CappedAtCostOfCare ? "limited to the cost of care" : "the maximum weekly charge";
        b.Add("Weekly charge", f.WeeklyCharge, ChargingCitations.CareAct("s.14(4)"), chargeNote);
        if (f.TopUp.IsPositive)
        {
            b.Add("Top-up (paid on top of the charge)", f.TopUp, ChargingCitations.Guidance("Annex A"), a.ResidentialStay!.TopUp!.Payer.ToString());
        }

        return b.Build();
    }

    private static string BandParameter(DreBand band) => band switch
    {
        DreBand.Lowest => ChargingParameterNames.LocalDreBandLowest,
        DreBand.Middle => ChargingParameterNames.LocalDreBandMiddle,
        _ => ChargingParameterNames.LocalDreBandHighest,
    };

    private static string BandNote(DreBand band, CouncilChargingPolicy p)
    {
        var received = band switch
        {
            DreBand.Lowest => "DLA care component lowest rate",
            DreBand.Middle => "Attendance Allowance lower rate, DLA care middle rate or PIP daily living standard rate",
            DreBand.Highest => "Attendance Allowance higher rate, DLA care highest rate or PIP daily living enhanced rate",
            _ => "no disability benefit received, so no band",
        };
        return $"{received}; the council's bands: lowest {Show(p.DreBandLowest)}, middle {Show(p.DreBandMiddle)}, highest {Show(p.DreBandHighest)}";
    }

    private static string Show(Money? m) => m is { } v ? v.ToString() : "none";

    private static string DreNote(CouncilChargingPolicy p)
        => p.HasDreBands || p.DreStandardAllowance.IsPositive
            ? "the highest of the itemised amount allowed, the standard allowance and the band allowance"
            : "the itemised amount allowed";

    private static Money FullyDisregarded(FinancialAssessment a)
    {
        var total = Money.Zero;
        foreach (var line in a.Income)
        {
            if (line.Type.Treatment == IncomeTreatment.FullyDisregarded)
            {
                total += line.PersonsWeeklyAmount();
            }
        }

        return total;
    }

    private static string MigLabel(string name) => name switch
    {
        ChargingParameterNames.MigSingle18To24 => "Single person aged 18 to 24",
        ChargingParameterNames.MigSingle25ToPensionCreditAge => "Single person aged 25 or over",
        ChargingParameterNames.MigSinglePensionCreditAge => "Single person at Pension Credit qualifying age",
        ChargingParameterNames.MigLoneParent => "Lone parent",
        ChargingParameterNames.MigCouple18PerMember => "Member of a couple",
        _ => "Member of a couple at Pension Credit qualifying age",
    };

    private static Citation ParamCitation(ChargingRates r, string name) => r.Parameters.EntryOn(name, r.Date).Citation;

    private static Citation Cite(ChargingRates r, string statutory, string local, FinancialAssessment a)
        => !a.Kind.IsResidential && r.Policy.Citations.TryGetValue(local, out var c) ? c : ParamCitation(r, statutory);

    private static Citation Policy(ChargingRates r, string name, string? alternative = null)
        => r.Policy.Citations.TryGetValue(name, out var c) ? c
            : alternative is not null && r.Policy.Citations.TryGetValue(alternative, out var c2) ? c2
            : ChargingCitations.CouncilPolicy(name);

    private static Citation CapitalCitation(CapitalItem item, FinancialAssessment a)
        => item.Type.AlwaysDisregarded || item.Type.Equals(CapitalType.MainHome)
            ? ChargingCitations.Regulations(a.Kind.IsTemporary ? "Sch. 2 para. 1" : a.Kind.IsResidential ? "Sch. 2 para. 2" : "Sch. 2")
            : item.JointOwners > 1 ? ChargingCitations.Regulations("reg. 24")
            : item.Type.Equals(CapitalType.NotionalCapital) ? ChargingCitations.Guidance("Annex E")
            : ChargingCitations.Guidance("Annex B");

    private static string DisregardReason(CapitalItem item, FinancialAssessment a, NodaTime.LocalDate date)
    {
        if (item.Type.AlwaysDisregarded)
        {
            return "a disregarded kind of capital";
        }

        if (!a.Kind.IsResidential)
        {
            return "the main home is disregarded for care outside a care home";
        }

        if (a.Kind.IsTemporary)
        {
            return "temporary resident";
        }

        if (a.ResidentialStay is { } s && date <= s.TwelveWeekDisregardLastDay())
        {
            return $"12-week property disregard until {s.TwelveWeekDisregardLastDay():d MMMM yyyy}";
        }

        foreach (var d in item.Disregards)
        {
            if (d.AppliesOn(date))
            {
                return d.Basis.DisplayName.ToLowerInvariant();
            }
        }

        return "disregarded";
    }

    private static string? Join(string? a, string b) => a is null ? b : a + "; " + b;
}
