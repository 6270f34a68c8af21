using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Eligibility.Adults;

/// <summary>The assessment an adult determination is based on (Care Act 2014 s.13(1): a determination is made on the basis of an assessment).</summary>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public sealed class AdultAssessmentKind : CodeListItem<AdultAssessmentKind>
{
    /// <summary>A needs assessment of an adult (s.9); the determination is made under s.13(1).</summary>
    public static readonly AdultAssessmentKind NeedsAssessment = new(nameof(NeedsAssessment), "needs-assessment", "Needs assessment (Care Act 2014 s.9)", transition: false);

    /// <summary>
    /// A child's needs assessment before the child turns 18 (s.58): it says whether the needs are likely to meet the
    /// eligibility criteria once the child is 18 (s.59); no duty to meet them under s.18 arises from it.
    /// </summary>
    public static readonly AdultAssessmentKind ChildsNeedsAssessment = new(nameof(ChildsNeedsAssessment), "childs-needs-assessment", "Child's needs assessment in transition (Care Act 2014 s.58)", transition: true);

    private AdultAssessmentKind(string name, string code, string displayName, bool transition)
        : base(name, code, displayName)
    {
        IsTransition = transition;
    }

    /// <summary>Gets a value indicating whether this is a transition assessment (the result is "likely to be eligible" after 18).</summary>
    public bool IsTransition { get; }
}
