namespace Knowsley.CareDomain.Charging.Calculation;

/// <summary>The figures of one financial assessment, computed without building an explanation (the allocation-free hot path).</summary>
/// <remarks>All amounts are weekly. <see cref="FinancialAssessmentResult"/> wraps these figures with the explanation.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public readonly struct ChargeFigures
{
    /// <summary>Gets the capital assessed (the person's share of every item that counts).</summary>
    public Money CapitalAssessed { get; internal init; }

    /// <summary>Gets a value indicating whether capital is above the upper capital limit (the person pays the full cost).</summary>
    public bool AboveUpperCapitalLimit { get; internal init; }

    /// <summary>Gets the lower capital limit applied.</summary>
    public Money LowerCapitalLimit { get; internal init; }

    /// <summary>Gets the upper capital limit applied.</summary>
    public Money UpperCapitalLimit { get; internal init; }

    /// <summary>Gets the tariff income from capital (reg. 25).</summary>
    public Money TariffIncome { get; internal init; }

    /// <summary>Gets the total weekly income of the person (their share of joint income).</summary>
    public Money GrossIncome { get; internal init; }

    /// <summary>Gets the income disregarded in total.</summary>
    public Money DisregardedIncome { get; internal init; }

    /// <summary>Gets the part of the disregarded income that is the night-care element.</summary>
    public Money NightCareElementDisregarded { get; internal init; }

    /// <summary>Gets the part of the disregarded income that is the savings credit disregard.</summary>
    public Money SavingsCreditDisregarded { get; internal init; }

    /// <summary>Gets the part of the disregarded income that is 50% of a pension passed to a spouse or civil partner at
    /// home (care-home residents; CSSG Annex C).</summary>
    public Money PensionPassedToSpouseDisregarded { get; internal init; }

    /// <summary>Gets the assessable income: gross income less disregards plus tariff income.</summary>
    public Money AssessableIncome { get; internal init; }

    /// <summary>Gets the statutory minimum income guarantee (non-residential), before any council uplift.</summary>
    public Money StatutoryMinimumIncomeGuarantee { get; internal init; }

    /// <summary>Gets the council's MIG uplift.</summary>
    public Money MinimumIncomeGuaranteeUplift { get; internal init; }

    /// <summary>Gets the increase to the minimum income guarantee from the couples affordability check (B − A when the
    /// MIG plus the partner's net resources, A, is below the council's couple allowance, B; zero otherwise).</summary>
    public Money CouplesCheckMigIncrease { get; internal init; }

    /// <summary>Gets the minimum income guarantee deducted (statutory plus uplift plus any couples check increase).</summary>
    public Money MinimumIncomeGuarantee { get; internal init; }

    /// <summary>Gets the personal expenses allowance deducted (residential).</summary>
    public Money PersonalExpensesAllowance { get; internal init; }

    /// <summary>Gets the housing costs (non-residential) or continuing home costs (temporary residents) deducted.</summary>
    public Money HousingCosts { get; internal init; }

    /// <summary>Gets the total of the itemised DRE allowed, before the council's standard allowance is compared.</summary>
    public Money ItemisedDisabilityRelatedExpenditure { get; internal init; }

    /// <summary>Gets the unevidenced DRE not allowed because it is above the council's evidence threshold.</summary>
    public Money UnevidencedDreAboveThreshold { get; internal init; }

    /// <summary>Gets the DRE band the person is in, from the highest-rate disability benefit they receive (care outside a care home).</summary>
    public Expenditure.DreBand DreBand { get; internal init; }

    /// <summary>Gets the council's banded DRE allowance for <see cref="DreBand"/> (zero when the council sets no band for it).</summary>
    public Money DreBandAllowance { get; internal init; }

    /// <summary>Gets the DRE deducted: the highest of the itemised amount allowed, the council's standard allowance and the
    /// council's band allowance (SI 2014/2672 Sch. 1 para. 4).</summary>
    public Money DisabilityRelatedExpenditure { get; internal init; }

    /// <summary>Gets the disposable income: assessable income less allowances (may be negative).</summary>
    public Money DisposableIncome { get; internal init; }

    /// <summary>Gets the maximum weekly charge: disposable income (never below zero) after any taper.</summary>
    public Money MaximumCharge { get; internal init; }

    /// <summary>Gets the weekly cost of the care arranged.</summary>
    public Money CostOfCare { get; internal init; }

    /// <summary>Gets the weekly charge: the lower of the maximum charge and the cost of care, never negative.</summary>
    public Money WeeklyCharge { get; internal init; }

    /// <summary>Gets the weekly top-up paid on top of the charge (residential).</summary>
    public Money TopUp { get; internal init; }

    /// <summary>Gets a value indicating whether the charge was limited to the cost of care (Care Act 2014 s.14(4)).</summary>
    public bool CappedAtCostOfCare { get; internal init; }

    /// <summary>Gets a value indicating whether the charge was below the council's minimum charge and so is not billed.</summary>
    public bool BelowMinimumCharge { get; internal init; }

    /// <summary>Gets a value indicating whether the couples affordability check was made (partner's resources given).</summary>
    public bool CouplesCheckMade { get; internal init; }

    /// <summary>Gets the couples check's A: the minimum income guarantee (statutory plus uplift) plus the partner's net resources.</summary>
    public Money CouplesCheckCombinedResources { get; internal init; }

    /// <summary>Gets the couples check's B: the council's couple allowance.</summary>
    public Money CouplesCheckCoupleAllowance { get; internal init; }

    /// <summary>Gets the weekly charge on the person's own resources alone, before the couples check (equal to
    /// <see cref="WeeklyCharge"/> when no check was made or it changed nothing).</summary>
    public Money WeeklyChargeAssessedAlone { get; internal init; }
}
