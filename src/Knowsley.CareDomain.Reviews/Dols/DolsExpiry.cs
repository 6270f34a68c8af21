using Knowsley.CareDomain.Explanations;
using Knowsley.CareDomain.Reviews.Scheduling;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.Dols;

/// <summary>When a DoLS authorisation stops being in force, and when a further authorisation may be requested.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class DolsExpiry
{
    /// <summary>Initializes a result.</summary>
    /// <param name="given">The date the authorisation was given (or started).</param>
    /// <param name="lastDayInForce">The last day the authorisation is in force.</param>
    /// <param name="renewalWindowOpens">The first day a further standard authorisation may be requested, if one applies.</param>
    /// <param name="explanation">How the dates were found.</param>
    public DolsExpiry(LocalDate given, LocalDate lastDayInForce, LocalDate? renewalWindowOpens, Explanation explanation)
    {
        Given = given;
        LastDayInForce = lastDayInForce;
        RenewalWindowOpens = renewalWindowOpens;
        Explanation = explanation;
    }

    /// <summary>Gets the date the authorisation was given (or started).</summary>
    public LocalDate Given { get; }

    /// <summary>Gets the last day the authorisation is in force.</summary>
    public LocalDate LastDayInForce { get; }

    /// <summary>Gets the first day a further standard authorisation may be requested, if one applies.</summary>
    public LocalDate? RenewalWindowOpens { get; }

    /// <summary>Gets how the dates were found.</summary>
    public Explanation Explanation { get; }

    /// <summary>The status on a date: not due before the renewal window, due soon within it, due on the last day in force, overdue (expired) after it.</summary>
    /// <param name="asAt">The date.</param>
    /// <returns>The status.</returns>
    public ReviewStatus StatusOn(LocalDate asAt)
    {
        if (asAt > LastDayInForce)
        {
            return ReviewStatus.Overdue;
        }

        if (asAt == LastDayInForce)
        {
            return ReviewStatus.Due;
        }

        return RenewalWindowOpens is not null && asAt >= RenewalWindowOpens ? ReviewStatus.DueSoon : ReviewStatus.NotDue;
    }
}
