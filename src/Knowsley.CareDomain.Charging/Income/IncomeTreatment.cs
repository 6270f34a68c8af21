namespace Knowsley.CareDomain.Charging.Income;

/// <summary>How an income type is treated in the financial assessment (SI 2014/2672 regs 13 to 15 and Sch. 1; CSSG Annex C).</summary>
public enum IncomeTreatment
{
    /// <summary>Counted in full.</summary>
    Assessable = 0,

    /// <summary>Disregarded in full (for example earnings, reg. 14; the DLA and PIP mobility components, Sch. 1 para. 8).</summary>
    FullyDisregarded = 1,

    /// <summary>Counted, less the fixed weekly war widow's or widower's pension disregard.</summary>
    WarPensionPartDisregard = 2,

    /// <summary>Pension Credit savings credit: counted, less the savings credit disregard (Sch. 1 para. 40).</summary>
    SavingsCredit = 3,

    /// <summary>The higher rate of a disability care benefit: counted, less the night-care element where the council's policy
    /// disregards it and no night care is arranged (care outside a care home only).</summary>
    DisabilityCareHigherRate = 4,
}
