namespace Knowsley.CareDomain.Eligibility.Determination;

/// <summary>Whether one eligibility condition is met, and why (SI 2015/313 reg. 2(1) or 3(1); reasons as Care Act 2014 s.13(2) requires).</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ConditionResult
{
    internal ConditionResult(EligibilityCondition condition, bool met, string reasons)
    {
        Condition = condition;
        Met = met;
        Reasons = reasons;
    }

    /// <summary>Gets the condition.</summary>
    public EligibilityCondition Condition { get; }

    /// <summary>Gets a value indicating whether the condition is met.</summary>
    public bool Met { get; }

    /// <summary>Gets the reasons, in plain language.</summary>
    public string Reasons { get; }
}
