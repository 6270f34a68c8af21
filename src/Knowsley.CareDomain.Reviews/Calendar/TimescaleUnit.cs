using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Reviews.Calendar;

/// <summary>The unit of a <see cref="Timescale"/>.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class TimescaleUnit : CodeListItem<TimescaleUnit>
{
    /// <summary>Days (calendar or working, as the timescale's convention says).</summary>
    public static readonly TimescaleUnit Days = new(nameof(Days), "days", "Days");

    /// <summary>Weeks of 7 calendar days.</summary>
    public static readonly TimescaleUnit Weeks = new(nameof(Weeks), "weeks", "Weeks");

    /// <summary>Calendar months (NodaTime arithmetic: a day that does not exist in the target month becomes its last day).</summary>
    public static readonly TimescaleUnit Months = new(nameof(Months), "months", "Months");

    /// <summary>Calendar years (29 February plus one year is 28 February).</summary>
    public static readonly TimescaleUnit Years = new(nameof(Years), "years", "Years");

    private TimescaleUnit(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
