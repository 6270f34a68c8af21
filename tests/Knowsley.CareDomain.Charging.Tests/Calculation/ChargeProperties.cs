using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Calculation;
using Knowsley.CareDomain.Charging.Capital;
using Knowsley.CareDomain.Charging.Income;
using Knowsley.CareDomain.Charging.Rates;
using Knowsley.CareDomain.Charging.Serialization;
using NodaTime;
using static Knowsley.CareDomain.Charging.Tests.Build;

namespace Knowsley.CareDomain.Charging.Tests.Calculation;

public sealed class ChargeProperties
{
    private static readonly LocalDate Date = new(2023, 6, 1);
    private static readonly ChargingRates Rates = ChargingRates.On(ChargingParameters.Default, Date);

    private static readonly IncomeType[] Types = IncomeType.Items.Where(t => t.Treatment != IncomeTreatment.WarPensionPartDisregard).ToArray();

    private static Gen<Money> Pence(int max) => Gen.Choose(0, max).Select(p => Money.FromPence(p));

    private static Gen<IncomeLine> IncomeLineGen() =>
        from type in Gen.Elements(Types)
        from amount in Pence(50_000)
        from frequency in Gen.Elements(Frequency.Weekly, Frequency.FourWeekly, Frequency.CalendarMonthly)
        from joint in Gen.Elements(false, true)
        select new IncomeLine(type, new PeriodicAmount(amount, frequency), joint);

    private static Gen<CapitalItem> Item() =>
        from type in Gen.Elements(CapitalType.Savings, CapitalType.Cash, CapitalType.MainHome, CapitalType.PersonalPossessions)
        from value in Pence(1_200_000)
        from owners in Gen.Choose(1, 3)
        select new CapitalItem(type, value, owners);

    private static Gen<FinancialAssessment> Assessment() =>
        from income in IncomeLineGen().ArrayOf()
        from capital in Item().ArrayOf()
        from cost in Pence(100_000)
        from nightCare in Gen.Elements(false, true)
        select NonResidential(Date, cost.Pounds, income, capital, nightCare: nightCare);

    private static Money Charge(FinancialAssessment a) => FinancialAssessmentCalculator.CalculateFigures(a, Rates).WeeklyCharge;

    private static FinancialAssessment With(FinancialAssessment a, IncomeLine[]? income = null, CapitalItem[]? capital = null)
        => NonResidential(a.AssessmentDate, a.WeeklyCostOfCare.Pounds, income ?? a.Income.ToArray(), capital ?? a.Capital.ToArray(), nightCare: a.NightCareArranged);

    [Property]
    public Property Charge_is_never_negative_and_never_above_the_cost_of_care()
        => Prop.ForAll(Assessment().ToArbitrary(), a =>
        {
            var f = FinancialAssessmentCalculator.CalculateFigures(a, Rates);
            return !f.WeeklyCharge.IsNegative && f.WeeklyCharge <= a.WeeklyCostOfCare;
        });

    [Property]
    public Property Charge_is_non_decreasing_in_income()
        => Prop.ForAll(Assessment().ToArbitrary(), Pence(100_000).ToArbitrary(), (a, extra) =>
            Charge(With(a, income: a.Income.Append(Line(IncomeType.PrivatePension, extra.Pounds)).ToArray())) >= Charge(a));

    [Property]
    public Property Charge_is_non_decreasing_in_capital()
        => Prop.ForAll(Assessment().ToArbitrary(), Pence(2_000_000).ToArbitrary(), (a, extra) =>
            Charge(With(a, capital: a.Capital.Append(Savings(extra.Pounds)).ToArray())) >= Charge(a));

    [Property]
    public Property Reordering_income_and_capital_changes_nothing()
        => Prop.ForAll(Assessment().ToArbitrary(), a =>
        {
            var reordered = With(a, a.Income.Reverse().ToArray(), a.Capital.Reverse().ToArray());
            return FinancialAssessmentCalculator.CalculateFigures(reordered, Rates).Equals(FinancialAssessmentCalculator.CalculateFigures(a, Rates));
        });

    [Property]
    public Property Adding_a_disregarded_item_changes_nothing()
        => Prop.ForAll(Assessment().ToArbitrary(), Pence(100_000).ToArbitrary(), (a, amount) =>
        {
            var more = With(
                a,
                a.Income.Append(Line(IncomeType.Earnings, amount.Pounds)).ToArray(),
                a.Capital.Append(new CapitalItem(CapitalType.PersonalPossessions, amount)).ToArray());
            return Charge(more) == Charge(a);
        });

    [Property]
    public Property Splitting_joint_capital_equally_matches_a_single_holding_of_the_share()
        => Prop.ForAll(Assessment().ToArbitrary(), Pence(1_500_000).ToArbitrary(), (a, share) =>
        {
            var joint = With(a, capital: a.Capital.Append(new CapitalItem(CapitalType.Savings, share * 2, 2)).ToArray());
            var single = With(a, capital: a.Capital.Append(new CapitalItem(CapitalType.Savings, share)).ToArray());
            return FinancialAssessmentCalculator.CalculateFigures(joint, Rates).Equals(FinancialAssessmentCalculator.CalculateFigures(single, Rates));
        });

    [Property]
    public Property Json_round_trip_is_identity()
        => Prop.ForAll(Assessment().ToArbitrary(), a => FinancialAssessmentJson.Read(FinancialAssessmentJson.Write(a)).Equals(a));

    [Property]
    public Property Figures_agree_with_the_explained_result()
        => Prop.ForAll(Assessment().ToArbitrary(), a =>
        {
            var r = FinancialAssessmentCalculator.Calculate(a, Rates);
            return r.Figures.Equals(FinancialAssessmentCalculator.CalculateFigures(a, Rates))
                && r.Explanation.Lines.Count > 0;
        });

    private static Gen<FinancialAssessment> Residential() =>
        from income in IncomeLineGen().ArrayOf()
        from capital in Item().ArrayOf()
        from cost in Pence(150_000)
        from daysInHome in Gen.Choose(0, 400)
        from temporary in Gen.Elements(false, true)
        select new FinancialAssessment(
            "r",
            temporary ? AssessmentKind.TemporaryResidential : AssessmentKind.PermanentResidential,
            Date,
            Pensioner(),
            cost,
            income,
            capital,
            residentialStay: new ResidentialStay(Date.PlusDays(-daysInHome)));

    [Property]
    public Property Residential_charge_is_never_negative_never_above_cost_and_never_uses_the_mig()
        => Prop.ForAll(Residential().ToArbitrary(), a =>
        {
            var f = FinancialAssessmentCalculator.CalculateFigures(a, Rates);
            return !f.WeeklyCharge.IsNegative && f.WeeklyCharge <= a.WeeklyCostOfCare && f.MinimumIncomeGuarantee.IsZero
                && (f.AboveUpperCapitalLimit || f.PersonalExpensesAllowance == Money.FromPence(2825));
        });

    [Property]
    public Property The_main_home_of_a_permanent_resident_counts_only_after_the_12_week_disregard()
        => Prop.ForAll(Gen.Choose(0, 200).ToArbitrary(), days =>
        {
            var a = new FinancialAssessment(
                "h", AssessmentKind.PermanentResidential, Date, Pensioner(), Money.FromPence(80_000),
                capital: new[] { new CapitalItem(CapitalType.MainHome, Money.FromPence(10_000_000)) },
                residentialStay: new ResidentialStay(Date.PlusDays(-days)));
            return FinancialAssessmentCalculator.CalculateFigures(a, Rates).AboveUpperCapitalLimit == (days >= 84);
        });
}
