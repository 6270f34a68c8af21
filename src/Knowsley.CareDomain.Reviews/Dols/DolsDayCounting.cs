using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Reviews.Dols;

/// <summary>How the days of a DoLS authorisation are counted from the day it is given: a council (legal) policy choice, because Sch. A1 does not say and A County Council v MB [2010] EWCOP 2508 left it open.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class DolsDayCounting : CodeListItem<DolsDayCounting>
{
    /// <summary>The period runs from the day after the grant: 7 days from 22 February 2010 ends on 1 March 2010 (as recorded on form UA1 in MB).</summary>
    public static readonly DolsDayCounting GrantDayExcluded = new(nameof(GrantDayExcluded), "grant-day-excluded", "Day of grant not counted");

    /// <summary>The day of grant is day 1: 7 days from 22 February 2010 ends at the end of 28 February 2010.</summary>
    public static readonly DolsDayCounting GrantDayIncluded = new(nameof(GrantDayIncluded), "grant-day-included", "Day of grant is day 1");

    private DolsDayCounting(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
