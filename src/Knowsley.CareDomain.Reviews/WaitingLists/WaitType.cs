using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Reviews.WaitingLists;

/// <summary>What a person is waiting for.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class WaitType : CodeListItem<WaitType>
{
    /// <summary>A needs assessment (Care Act 2014 s.9); no statutory time limit.</summary>
    public static readonly WaitType Assessment = new(nameof(Assessment), "assessment", "Needs assessment");

    /// <summary>A carer's assessment (Care Act 2014 s.10); no statutory time limit.</summary>
    public static readonly WaitType CarersAssessment = new(nameof(CarersAssessment), "carers-assessment", "Carer's assessment");

    /// <summary>An unscheduled or requested review of a plan (Care Act 2014 s.27(4)).</summary>
    public static readonly WaitType Review = new(nameof(Review), "review", "Review");

    /// <summary>A financial assessment (Care Act 2014 s.17).</summary>
    public static readonly WaitType FinancialAssessment = new(nameof(FinancialAssessment), "financial-assessment", "Financial assessment");

    /// <summary>An occupational therapy assessment.</summary>
    public static readonly WaitType OccupationalTherapy = new(nameof(OccupationalTherapy), "occupational-therapy", "OT assessment");

    /// <summary>A DoLS standard authorisation request awaiting assessment (MCA 2005 Sch. A1).</summary>
    public static readonly WaitType Dols = new(nameof(Dols), "dols", "DoLS assessment");

    private WaitType(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
