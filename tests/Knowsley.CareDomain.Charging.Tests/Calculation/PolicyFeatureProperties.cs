using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Calculation;
using Knowsley.CareDomain.Charging.Capital;
using Knowsley.CareDomain.Charging.Expenditure;
using Knowsley.CareDomain.Charging.Income;
using Knowsley.CareDomain.Charging.Rates;
using Knowsley.CareDomain.Charging.Serialization;
using NodaTime;
using static Knowsley.CareDomain.Charging.Tests.Build;

namespace Knowsley.CareDomain.Charging.Tests.Calculation;

/// <summary>Invariants of the DRE bands, the couples affordability check and the pension passed to a spouse: the law is
/// monotone in each allowance, so raising one never raises the charge.</summary>
public sealed class PolicyFeatureProperties
{
    private static readonly LocalDate Date = new(2023, 6, 5);

    private static readonly IncomeType[] Benefits =
    {
        IncomeType.AttendanceAllowanceHigher, IncomeType.AttendanceAllowanceLower, IncomeType.DlaCareHighest, IncomeType.DlaCareMiddle,
        IncomeType.DlaCareLowest, IncomeType.PipDailyLivingEnhanced, IncomeType.PipDailyLivingStandard, IncomeType.StatePension,
    };

    private static Gen<Money> Pence(int max) => Gen.Choose(0, max).Select(p => Money.FromPence(p));

    private static Gen<DreItem> DreGen() =>
        from amount in Pence(6_000)
        from evidence in Gen.Elements(false, true)
        select new DreItem(DreCategory.Other, PeriodicAmount.Weekly(amount), evidenceHeld: evidence);

    private static Gen<FinancialAssessment> NonResidentialGen() =>
        from pension in Pence(60_000)
        from benefit in Gen.Elements(Benefits)
        from benefitAmount in Pence(12_000)
        from dre in DreGen().ArrayOf()
        from savings in Pence(2_000_000)
        from cost in Pence(60_000)
        select NonResidential(
            Date,
            cost.Pounds,
            new[] { Line(IncomeType.StatePension, pension.Pounds), Line(benefit, benefitAmount.Pounds) },
            new[] { new CapitalItem(CapitalType.Savings, savings) },
            dre: dre);

    private static ChargingRates Bands(Money lowest, Money middle, Money highest, Money? threshold = null)
    {
        var parts = new System.Collections.Generic.List<string>
        {
            LocalMoney(ChargingParameterNames.LocalDreBandLowest, lowest.Pounds),
            LocalMoney(ChargingParameterNames.LocalDreBandMiddle, middle.Pounds),
            LocalMoney(ChargingParameterNames.LocalDreBandHighest, highest.Pounds),
        };
        if (threshold is { } t)
        {
            parts.Add(LocalMoney(ChargingParameterNames.LocalDreEvidenceThreshold, t.Pounds));
        }

        return ChargingRates.On(Council(Overlay(parts.ToArray())), Date);
    }

    [Property]
    public Property The_charge_never_rises_when_a_DRE_band_rises()
        => Prop.ForAll(NonResidentialGen().ToArbitrary(), Pence(5_000).ToArbitrary(), Pence(5_000).ToArbitrary(), (a, band, rise) =>
        {
            var before = FinancialAssessmentCalculator.CalculateFigures(a, Bands(band, band, band));
            var after = FinancialAssessmentCalculator.CalculateFigures(a, Bands(band + rise, band + rise, band + rise));
            return after.WeeklyCharge <= before.WeeklyCharge && after.DisabilityRelatedExpenditure >= before.DisabilityRelatedExpenditure;
        });

    [Property]
    public Property The_DRE_allowed_is_the_highest_of_itemised_standard_and_band()
        => Prop.ForAll(NonResidentialGen().ToArbitrary(), Pence(5_000).ToArbitrary(), Pence(5_000).ToArbitrary(), (a, band, threshold) =>
        {
            var f = FinancialAssessmentCalculator.CalculateFigures(a, Bands(band, band, band, threshold));
            var expectedBand = f.DreBand == DreBand.None ? Money.Zero : band;
            return f.DreBandAllowance == expectedBand
                && f.DisabilityRelatedExpenditure == Money.Max(f.ItemisedDisabilityRelatedExpenditure, expectedBand)
                && f.ItemisedDisabilityRelatedExpenditure + f.UnevidencedDreAboveThreshold == a.DisabilityRelatedExpenditure.Aggregate(Money.Zero, (s, d) => s + d.AllowedWeekly());
        });

    [Property]
    public Property Raising_the_evidence_threshold_never_raises_the_charge()
        => Prop.ForAll(NonResidentialGen().ToArbitrary(), Pence(5_000).ToArbitrary(), Pence(5_000).ToArbitrary(), (a, threshold, rise) =>
            FinancialAssessmentCalculator.CalculateFigures(a, Bands(Money.Zero, Money.Zero, Money.Zero, threshold + rise)).WeeklyCharge
            <= FinancialAssessmentCalculator.CalculateFigures(a, Bands(Money.Zero, Money.Zero, Money.Zero, threshold)).WeeklyCharge);

    private static Gen<FinancialAssessment> CoupleGen() =>
        from income in Pence(60_000)
        from partnerIncome in Pence(40_000)
        from housing in Pence(10_000)
        from cost in Pence(60_000)
        from check in Gen.Elements(false, true)
        select new FinancialAssessment(
            "couple",
            AssessmentKind.NonResidential,
            Date,
            new AssessedPerson(new LocalDate(1950, 1, 1), HouseholdStatus.Couple, new LocalDate(2015, 1, 1)),
            cost,
            new[] { Line(IncomeType.StatePension, income.Pounds) },
            partnerResources: check ? new PartnerResources(PeriodicAmount.Weekly(partnerIncome), PeriodicAmount.Weekly(housing)) : null);

    private static ChargingRates CouplesCouncil(Money allowance) => ChargingRates.On(
        Council(Overlay(
            LocalMoney(ChargingParameterNames.MigCouplePensionCreditAgePerMember, 160m, "2023-04-06"),
            LocalMoney(ChargingParameterNames.LocalCouplesCheckAllowance, allowance.Pounds))),
        Date);

    [Property]
    public Property The_couples_check_never_charges_more_than_the_assessment_alone_and_is_monotone_in_the_allowance()
        => Prop.ForAll(CoupleGen().ToArbitrary(), Pence(40_000).ToArbitrary(), Pence(10_000).ToArbitrary(), (a, allowance, rise) =>
        {
            var low = FinancialAssessmentCalculator.CalculateFigures(a, CouplesCouncil(allowance));
            var high = FinancialAssessmentCalculator.CalculateFigures(a, CouplesCouncil(allowance + rise));
            return low.WeeklyCharge <= low.WeeklyChargeAssessedAlone
                && high.WeeklyCharge <= low.WeeklyCharge
                && !low.WeeklyCharge.IsNegative
                && (a.PartnerResources is not null || low.CouplesCheckMigIncrease.IsZero);
        });

    [Property]
    public Property Passing_half_a_pension_to_a_spouse_never_raises_the_charge()
        => Prop.ForAll(Pence(60_000).ToArbitrary(), Pence(60_000).ToArbitrary(), Pence(150_000).ToArbitrary(), (state, pension, cost) =>
        {
            FinancialAssessment Make(bool passed) => new(
                "r",
                AssessmentKind.PermanentResidential,
                Date,
                new AssessedPerson(new LocalDate(1945, 1, 1), HouseholdStatus.Couple, new LocalDate(2005, 1, 1)),
                cost,
                new[] { Line(IncomeType.StatePension, state.Pounds), new IncomeLine(IncomeType.PrivatePension, PeriodicAmount.Weekly(pension), halfPassedToSpouse: passed) },
                residentialStay: new ResidentialStay(Date.PlusDays(-100)));
            var rates = ChargingRates.On(ChargingParameters.Default, Date);
            var with = FinancialAssessmentCalculator.CalculateFigures(Make(true), rates);
            var without = FinancialAssessmentCalculator.CalculateFigures(Make(false), rates);
            return with.WeeklyCharge <= without.WeeklyCharge
                && with.PensionPassedToSpouseDisregarded + with.PensionPassedToSpouseDisregarded >= pension
                && with.PensionPassedToSpouseDisregarded + with.PensionPassedToSpouseDisregarded <= pension + Money.FromPence(1);
        });

    [Property]
    public Property Json_round_trip_keeps_partner_resources_and_pension_flags()
        => Prop.ForAll(CoupleGen().ToArbitrary(), Pence(60_000).ToArbitrary(), (a, pension) =>
        {
            var resident = new FinancialAssessment(
                "r", AssessmentKind.PermanentResidential, Date, a.Person, a.WeeklyCostOfCare,
                new[] { new IncomeLine(IncomeType.PrivatePension, PeriodicAmount.Weekly(pension), halfPassedToSpouse: true) },
                residentialStay: new ResidentialStay(Date.PlusDays(-5)));
            return FinancialAssessmentJson.Read(FinancialAssessmentJson.Write(a)).Equals(a)
                && FinancialAssessmentJson.Read(FinancialAssessmentJson.Write(resident)).Equals(resident);
        });
}
