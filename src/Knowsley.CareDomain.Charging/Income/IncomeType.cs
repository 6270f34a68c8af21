using Knowsley.CareDomain.Charging.Expenditure;
using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Charging.Income;

/// <summary>A type of income (benefit code) and its treatment under SI 2014/2672 Part 4 and Sch. 1 and CSSG Annex C.</summary>
/// <remarks>Classifications marked as from council policies in <c>docs/charging.md</c> follow the councils' restatement
/// of Sch. 1; a council that treats an item differently should use <see cref="OtherAssessable"/> or
/// <see cref="OtherDisregarded"/> with a description.</remarks>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
public sealed class IncomeType : CodeListItem<IncomeType>
{
    /// <summary>State Pension.</summary>
    public static readonly IncomeType StatePension = new(nameof(StatePension), "state-pension", "State Pension", IncomeTreatment.Assessable, "reg. 13");

    /// <summary>Occupational or personal pension, or retirement annuity.</summary>
    public static readonly IncomeType PrivatePension = new(nameof(PrivatePension), "private-pension", "Occupational or personal pension", IncomeTreatment.Assessable, "reg. 13");

    /// <summary>Pension Credit guarantee credit.</summary>
    public static readonly IncomeType PensionCreditGuarantee = new(nameof(PensionCreditGuarantee), "pension-credit-guarantee", "Pension Credit (guarantee credit)", IncomeTreatment.Assessable, "reg. 13");

    /// <summary>Pension Credit savings credit (partly disregarded, Sch. 1 para. 40).</summary>
    public static readonly IncomeType PensionCreditSavings = new(nameof(PensionCreditSavings), "pension-credit-savings", "Pension Credit (savings credit)", IncomeTreatment.SavingsCredit, "Sch. 1 para. 40");

    /// <summary>Attendance Allowance, higher rate.</summary>
    public static readonly IncomeType AttendanceAllowanceHigher = new(nameof(AttendanceAllowanceHigher), "attendance-allowance-higher", "Attendance Allowance (higher rate)", IncomeTreatment.DisabilityCareHigherRate, "reg. 13", DreBand.Highest);

    /// <summary>Attendance Allowance, lower rate.</summary>
    public static readonly IncomeType AttendanceAllowanceLower = new(nameof(AttendanceAllowanceLower), "attendance-allowance-lower", "Attendance Allowance (lower rate)", IncomeTreatment.Assessable, "reg. 13", DreBand.Middle);

    /// <summary>DLA care component, highest rate.</summary>
    public static readonly IncomeType DlaCareHighest = new(nameof(DlaCareHighest), "dla-care-highest", "DLA care component (highest rate)", IncomeTreatment.DisabilityCareHigherRate, "reg. 13", DreBand.Highest);

    /// <summary>DLA care component, middle rate.</summary>
    public static readonly IncomeType DlaCareMiddle = new(nameof(DlaCareMiddle), "dla-care-middle", "DLA care component (middle rate)", IncomeTreatment.Assessable, "reg. 13", DreBand.Middle);

    /// <summary>DLA care component, lowest rate.</summary>
    public static readonly IncomeType DlaCareLowest = new(nameof(DlaCareLowest), "dla-care-lowest", "DLA care component (lowest rate)", IncomeTreatment.Assessable, "reg. 13", DreBand.Lowest);

    /// <summary>DLA mobility component (disregarded, Sch. 1 para. 8).</summary>
    public static readonly IncomeType DlaMobility = new(nameof(DlaMobility), "dla-mobility", "DLA mobility component", IncomeTreatment.FullyDisregarded, "Sch. 1 para. 8");

    /// <summary>PIP daily living component, enhanced rate.</summary>
    public static readonly IncomeType PipDailyLivingEnhanced = new(nameof(PipDailyLivingEnhanced), "pip-daily-living-enhanced", "PIP daily living (enhanced rate)", IncomeTreatment.DisabilityCareHigherRate, "reg. 13", DreBand.Highest);

    /// <summary>PIP daily living component, standard rate.</summary>
    public static readonly IncomeType PipDailyLivingStandard = new(nameof(PipDailyLivingStandard), "pip-daily-living-standard", "PIP daily living (standard rate)", IncomeTreatment.Assessable, "reg. 13", DreBand.Middle);

    /// <summary>PIP mobility component (disregarded, Sch. 1 para. 8).</summary>
    public static readonly IncomeType PipMobility = new(nameof(PipMobility), "pip-mobility", "PIP mobility component", IncomeTreatment.FullyDisregarded, "Sch. 1 para. 8");

    /// <summary>Universal Credit (counted; the MIG still applies).</summary>
    public static readonly IncomeType UniversalCredit = new(nameof(UniversalCredit), "universal-credit", "Universal Credit", IncomeTreatment.Assessable, "reg. 13");

    /// <summary>Employment and Support Allowance.</summary>
    public static readonly IncomeType EmploymentAndSupportAllowance = new(nameof(EmploymentAndSupportAllowance), "esa", "Employment and Support Allowance", IncomeTreatment.Assessable, "reg. 13");

    /// <summary>Income Support.</summary>
    public static readonly IncomeType IncomeSupport = new(nameof(IncomeSupport), "income-support", "Income Support", IncomeTreatment.Assessable, "reg. 13");

    /// <summary>Carer's Allowance received by the person assessed (counted: not in the disregard lists).</summary>
    public static readonly IncomeType CarersAllowance = new(nameof(CarersAllowance), "carers-allowance", "Carer's Allowance", IncomeTreatment.Assessable, "reg. 13");

    /// <summary>Earnings from employment or self-employment (disregarded, reg. 14).</summary>
    public static readonly IncomeType Earnings = new(nameof(Earnings), "earnings", "Earnings", IncomeTreatment.FullyDisregarded, "reg. 14");

    /// <summary>War widow's or widower's pension (part disregarded).</summary>
    public static readonly IncomeType WarWidowsPension = new(nameof(WarWidowsPension), "war-widows-pension", "War widow's or widower's pension", IncomeTreatment.WarPensionPartDisregard, "Sch. 1");

    /// <summary>War Pension Scheme payments other than Constant Attendance Allowance (disregarded).</summary>
    public static readonly IncomeType WarPensionScheme = new(nameof(WarPensionScheme), "war-pension-scheme", "War Pension Scheme payment", IncomeTreatment.FullyDisregarded, "Sch. 1");

    /// <summary>Armed Forces Compensation Scheme Guaranteed Income Payment (disregarded).</summary>
    public static readonly IncomeType ArmedForcesGuaranteedIncome = new(nameof(ArmedForcesGuaranteedIncome), "afcs-guaranteed-income", "Armed Forces Compensation Scheme Guaranteed Income Payment", IncomeTreatment.FullyDisregarded, "Sch. 1");

    /// <summary>Child Benefit (disregarded).</summary>
    public static readonly IncomeType ChildBenefit = new(nameof(ChildBenefit), "child-benefit", "Child Benefit", IncomeTreatment.FullyDisregarded, "Sch. 1");

    /// <summary>Child Tax Credit (disregarded).</summary>
    public static readonly IncomeType ChildTaxCredit = new(nameof(ChildTaxCredit), "child-tax-credit", "Child Tax Credit", IncomeTreatment.FullyDisregarded, "Sch. 1");

    /// <summary>Housing Benefit (not available income; housing costs are allowed net of it).</summary>
    public static readonly IncomeType HousingBenefit = new(nameof(HousingBenefit), "housing-benefit", "Housing Benefit", IncomeTreatment.FullyDisregarded, "Sch. 1");

    /// <summary>Winter Fuel Payment (disregarded).</summary>
    public static readonly IncomeType WinterFuelPayment = new(nameof(WinterFuelPayment), "winter-fuel-payment", "Winter Fuel Payment", IncomeTreatment.FullyDisregarded, "Sch. 1");

    /// <summary>Any other income the council counts.</summary>
    public static readonly IncomeType OtherAssessable = new(nameof(OtherAssessable), "other-assessable", "Other income (counted)", IncomeTreatment.Assessable, "reg. 13");

    /// <summary>Any other income the council disregards.</summary>
    public static readonly IncomeType OtherDisregarded = new(nameof(OtherDisregarded), "other-disregarded", "Other income (disregarded)", IncomeTreatment.FullyDisregarded, "Sch. 1");

    private IncomeType(string name, string code, string displayName, IncomeTreatment treatment, string provision, DreBand dreBand = DreBand.None)
        : base(name, code, displayName)
    {
        Treatment = treatment;
        Citation = ChargingCitations.Regulations(provision);
        DreBand = dreBand;
    }

    /// <summary>Gets how the income is treated.</summary>
    public IncomeTreatment Treatment { get; }

    /// <summary>Gets the provision of SI 2014/2672 that governs the treatment.</summary>
    public Citation Citation { get; }

    /// <summary>Gets the band of a council's banded disability-related expenditure allowance that receiving this income
    /// puts the person in: <see cref="Expenditure.DreBand.Highest"/> for Attendance Allowance higher rate, DLA care highest
    /// rate and PIP daily living enhanced rate; <see cref="Expenditure.DreBand.Middle"/> for Attendance Allowance lower rate,
    /// DLA care middle rate and PIP daily living standard rate; <see cref="Expenditure.DreBand.Lowest"/> for DLA care lowest
    /// rate; <see cref="Expenditure.DreBand.None"/> for anything else (not a disability benefit within SI 2014/2672 Sch. 1
    /// para. 4).</summary>
    /// <remarks>The grouping is the one Lincolnshire County Council publishes for its three DRE levels (freedom of
    /// information response, directory record 79802).</remarks>
    public DreBand DreBand { get; }
}
