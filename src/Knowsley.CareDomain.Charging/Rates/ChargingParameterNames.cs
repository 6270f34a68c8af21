namespace Knowsley.CareDomain.Charging.Rates;

/// <summary>Names of the dated parameters the charging rules read. Statutory ones ship in
/// <c>Parameters/charging-statutory.json</c>; the <c>charging.local.*</c> ones are council settings supplied as an overlay
/// (<see cref="Knowsley.CareDomain.Parameters.ParameterSet.WithOverlay"/>).</summary>
public static class ChargingParameterNames
{
    /// <summary>Lower capital limit (reg. 25).</summary>
    public const string LowerCapitalLimit = "charging.capital.lower-limit";

    /// <summary>Upper capital limit (reg. 12).</summary>
    public const string UpperCapitalLimit = "charging.capital.upper-limit";

    /// <summary>Tariff income step (£250, reg. 25).</summary>
    public const string TariffStep = "charging.capital.tariff-step";

    /// <summary>Tariff income per step (£1 a week, reg. 25).</summary>
    public const string TariffPerStep = "charging.capital.tariff-per-step";

    /// <summary>MIG, single 18 to 24 (reg. 7(2)(a)).</summary>
    public const string MigSingle18To24 = "charging.mig.single-18-to-24";

    /// <summary>MIG, single 25 to pension credit age (reg. 7(2)(b)).</summary>
    public const string MigSingle25ToPensionCreditAge = "charging.mig.single-25-to-pension-credit-age";

    /// <summary>MIG, single at pension credit age (reg. 7(2)(c)).</summary>
    public const string MigSinglePensionCreditAge = "charging.mig.single-pension-credit-age";

    /// <summary>MIG, lone parent (reg. 7(3)).</summary>
    public const string MigLoneParent = "charging.mig.lone-parent";

    /// <summary>MIG, member of a couple 18 or over (reg. 7(4)(a)).</summary>
    public const string MigCouple18PerMember = "charging.mig.couple-18-per-member";

    /// <summary>MIG, member of a couple at pension credit age (reg. 7(4)(b)).</summary>
    public const string MigCouplePensionCreditAgePerMember = "charging.mig.couple-pension-credit-age-per-member";

    /// <summary>MIG addition per child (reg. 7(1)(b)).</summary>
    public const string MigChild = "charging.mig.child";

    /// <summary>MIG disability premium, single (reg. 7(5)(a)).</summary>
    public const string MigDisabilityPremiumSingle = "charging.mig.disability-premium-single";

    /// <summary>MIG disability premium, couple per member (reg. 7(6)(a)).</summary>
    public const string MigDisabilityPremiumCouple = "charging.mig.disability-premium-couple";

    /// <summary>MIG enhanced disability premium, single (reg. 7(5)(b)).</summary>
    public const string MigEnhancedDisabilityPremiumSingle = "charging.mig.enhanced-disability-premium-single";

    /// <summary>MIG enhanced disability premium, couple per member (reg. 7(6)(b)).</summary>
    public const string MigEnhancedDisabilityPremiumCouple = "charging.mig.enhanced-disability-premium-couple";

    /// <summary>MIG carer premium (reg. 7).</summary>
    public const string MigCarerPremium = "charging.mig.carer-premium";

    /// <summary>Personal expenses allowance (reg. 6).</summary>
    public const string PersonalExpensesAllowance = "charging.pea";

    /// <summary>Savings credit disregard maximum, single (Sch. 1 para. 40).</summary>
    public const string SavingsCreditDisregardSingle = "charging.savings-credit-disregard.single";

    /// <summary>Savings credit disregard maximum, couple (Sch. 1 para. 40).</summary>
    public const string SavingsCreditDisregardCouple = "charging.savings-credit-disregard.couple";

    /// <summary>War widow's or widower's pension disregard (Sch. 1).</summary>
    public const string WarWidowsPensionDisregard = "charging.income.war-widows-pension-disregard";

    /// <summary>Attendance Allowance higher rate.</summary>
    public const string AttendanceAllowanceHigher = "charging.benefit.attendance-allowance.higher";

    /// <summary>Attendance Allowance lower rate.</summary>
    public const string AttendanceAllowanceLower = "charging.benefit.attendance-allowance.lower";

    /// <summary>Deferred payment agreement maximum interest rate (SI 2014/2671 reg. 9).</summary>
    public const string DeferredPaymentMaximumInterestRate = "charging.deferred-payment.maximum-interest-rate";

    /// <summary>Council: MIG uplift as a percentage of the statutory MIG (unit percent, e.g. 25).</summary>
    public const string LocalMigUpliftPercent = "charging.local.mig-uplift-percent";

    /// <summary>Council: MIG uplift as a fixed weekly amount.</summary>
    public const string LocalMigUpliftAmount = "charging.local.mig-uplift-amount";

    /// <summary>Council: percentage of disposable income charged (unit percent, e.g. 90); 100 when not set.</summary>
    public const string LocalTaperPercent = "charging.local.taper-percent";

    /// <summary>Council: standard weekly DRE allowance given without itemised evidence.</summary>
    public const string LocalDreStandardAllowance = "charging.local.dre-standard-allowance";

    /// <summary>Council: weekly DRE above which evidence is required (unevidenced items are allowed up to it in total).</summary>
    public const string LocalDreEvidenceThreshold = "charging.local.dre-evidence-threshold";

    /// <summary>Council: weekly banded DRE allowance for a person whose highest disability benefit is the DLA care lowest
    /// rate (<see cref="Expenditure.DreBand.Lowest"/>). Given without receipts; an itemised amount is allowed instead when
    /// higher (SI 2014/2672 Sch. 1 para. 4). Lincolnshire: level 1, £11 a week.</summary>
    public const string LocalDreBandLowest = "charging.local.dre-band-lowest";

    /// <summary>Council: weekly banded DRE allowance for AA lower rate, DLA care middle rate or PIP daily living standard
    /// rate (<see cref="Expenditure.DreBand.Middle"/>). Lincolnshire: level 2, £16 a week.</summary>
    public const string LocalDreBandMiddle = "charging.local.dre-band-middle";

    /// <summary>Council: weekly banded DRE allowance for AA higher rate, DLA care highest rate or PIP daily living enhanced
    /// rate (<see cref="Expenditure.DreBand.Highest"/>). Lincolnshire: level 3, £27 a week.</summary>
    public const string LocalDreBandHighest = "charging.local.dre-band-highest";

    /// <summary>Council: the weekly couple allowance (B) of the couples affordability check: when the person's minimum
    /// income guarantee plus their partner's net income (A) is below it, the MIG is raised by B − A (Reading, charging
    /// framework appendix D, which uses the DWP couple personal allowance: £332.95 in 2024/25). Required only for
    /// assessments that ask for the check.</summary>
    public const string LocalCouplesCheckAllowance = "charging.local.couples-check-allowance";

    /// <summary>Council: weekly charge below which nothing is billed.</summary>
    public const string LocalMinimumCharge = "charging.local.minimum-charge";

    /// <summary>Council: set-up fee for arranging care for a person above the upper capital limit.</summary>
    public const string LocalArrangementFeeSetUp = "charging.local.arrangement-fee-set-up";

    /// <summary>Council: annual fee for arranging care for a person above the upper capital limit.</summary>
    public const string LocalArrangementFeeAnnual = "charging.local.arrangement-fee-annual";

    /// <summary>Council: night-care element policy (code <c>count-full</c> or <c>disregard-higher-minus-lower</c>).</summary>
    public const string LocalNightCarePolicy = "charging.local.night-care-policy";

    /// <summary>Council: higher lower capital limit for care outside a care home.</summary>
    public const string LocalNonResidentialLowerCapitalLimit = "charging.local.non-residential-lower-capital-limit";

    /// <summary>Council: higher upper capital limit for care outside a care home.</summary>
    public const string LocalNonResidentialUpperCapitalLimit = "charging.local.non-residential-upper-capital-limit";
}
