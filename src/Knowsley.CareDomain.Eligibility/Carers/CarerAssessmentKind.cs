using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Eligibility.Carers;

/// <summary>The assessment a carer determination is based on (Care Act 2014 s.13(1)).</summary>
/// <remarks>
/// The two transition assessments give a view of whether the carer's needs are likely to meet the eligibility criteria
/// after the relevant 18th birthday; no duty under s.20 arises from them. The Care and Support (Children's Carers)
/// Regulations 2015 (SI 2015/305) apply Part 1 of the Act with modifications to carers of children; those modifications
/// are not modelled here.
/// </remarks>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public sealed class CarerAssessmentKind : CodeListItem<CarerAssessmentKind>
{
    /// <summary>A carer's assessment of an adult carer of an adult (s.10); the determination is made under s.13(1).</summary>
    public static readonly CarerAssessmentKind CarersAssessment = new(nameof(CarersAssessment), "carers-assessment", "Carer's assessment (Care Act 2014 s.10)", transition: false);

    /// <summary>A young carer's assessment before the young carer turns 18 (s.63); transition only.</summary>
    public static readonly CarerAssessmentKind YoungCarersAssessment = new(nameof(YoungCarersAssessment), "young-carers-assessment", "Young carer's assessment in transition (Care Act 2014 s.63)", transition: true);

    /// <summary>A child's carer's assessment before the child cared for turns 18 (s.60); transition only.</summary>
    public static readonly CarerAssessmentKind ChildsCarersAssessment = new(nameof(ChildsCarersAssessment), "childs-carers-assessment", "Child's carer's assessment in transition (Care Act 2014 s.60)", transition: true);

    private CarerAssessmentKind(string name, string code, string displayName, bool transition)
        : base(name, code, displayName)
    {
        IsTransition = transition;
    }

    /// <summary>Gets a value indicating whether this is a transition assessment.</summary>
    public bool IsTransition { get; }
}
