using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Reviews.Calendar;

/// <summary>How a timescale counts days: every calendar day, or only working days (not weekends, bank holidays or local closure days).</summary>
/// <remarks>
/// Statutory review periods and the DHSC waiting-time method count calendar days; many local targets (for example
/// "20 working days" for a financial assessment) count working days. Each timescale states its convention explicitly.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class DayCountConvention : CodeListItem<DayCountConvention>
{
    /// <summary>Every calendar day counts.</summary>
    public static readonly DayCountConvention CalendarDays = new(nameof(CalendarDays), "calendar-days", "Calendar days");

    /// <summary>Only working days count: Monday to Friday that are not bank holidays or local closure days.</summary>
    public static readonly DayCountConvention WorkingDays = new(nameof(WorkingDays), "working-days", "Working days");

    private DayCountConvention(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
