namespace Knowsley.CareDomain.Reviews.Measures;

/// <summary>The long-term-support review measure for a year: people reviewed (any review), by a planned review, and by an unplanned review.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ReviewCoverage
{
    /// <summary>Initializes the result.</summary>
    /// <param name="reviewed">People in long-term support 12 months or more at year end who had any review in the year.</param>
    /// <param name="planned">Of the same cohort, people who had a planned review in the year.</param>
    /// <param name="unplanned">Of the same cohort, people who had an unplanned review in the year.</param>
    public ReviewCoverage(MeasureResult reviewed, MeasureResult planned, MeasureResult unplanned)
    {
        Reviewed = reviewed;
        Planned = planned;
        Unplanned = unplanned;
    }

    /// <summary>Gets the people who had any review (each person counted once).</summary>
    public MeasureResult Reviewed { get; }

    /// <summary>Gets the people who had a planned review.</summary>
    public MeasureResult Planned { get; }

    /// <summary>Gets the people who had an unplanned review (a person may be in both this and <see cref="Planned"/>).</summary>
    public MeasureResult Unplanned { get; }
}
