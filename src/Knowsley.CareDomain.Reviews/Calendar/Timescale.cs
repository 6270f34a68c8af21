using System;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.Parameters;
using Knowsley.CareDomain.Validation;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.Calendar;

/// <summary>A length of time with its unit, its day-count convention and its source: "8 weeks", "12 months", "20 working days".</summary>
/// <remarks>
/// <para>
/// Calendar arithmetic uses NodaTime periods, never the day-of-month field: 22 February 2010 plus 7 days is
/// 1 March 2010, and a month or year added to a day the target month lacks gives that month's last day
/// (31 January plus 1 month is 28 or 29 February; 29 February 2024 plus 12 months is 28 February 2025).
/// </para>
/// <para>Working-day timescales are counted in days only (a "week" of working days is ambiguous around bank holidays).</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class Timescale
{
    // Made once per timescale (bulk runs add the same timescale to many dates); a race only makes an equal one.
    private Period? period;

    /// <summary>Initializes a timescale.</summary>
    /// <param name="length">The length, zero or more.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="convention">Calendar or working days; working days need <see cref="TimescaleUnit.Days"/>.</param>
    /// <param name="citation">The source of the timescale, if any (a local target may have none).</param>
    /// <exception cref="DomainValidationException">The length is negative, or working days are combined with a unit other than days.</exception>
    public Timescale(int length, TimescaleUnit unit, DayCountConvention convention, Citation? citation = null)
    {
        var errors = new ValidationErrors();
        errors.Require(length >= 0, "length", "non-negative", "a timescale cannot be negative");
        errors.Require(unit is not null, "unit", "required", "a timescale needs a unit");
        errors.Require(convention is not null, "convention", "required", "a timescale needs a day-count convention");
        errors.Require(convention != DayCountConvention.WorkingDays || unit == TimescaleUnit.Days, "unit", "working-days-in-days", "a working-day timescale must be counted in days");
        errors.ThrowIfAny();
        Length = length;
        Unit = unit!;
        Convention = convention!;
        Citation = citation;
    }

    // The private setter is there only so that [JsonRequired] can reject JSON without this value (which would otherwise
    // read as the type's default); the constructor receives and validates the same value, and nothing else sets it.
    /// <summary>Gets the length.</summary>
    [JsonRequired]
    [JsonInclude]
    public int Length { get; private set; }

    /// <summary>Gets the unit.</summary>
    public TimescaleUnit Unit { get; }

    /// <summary>Gets the day-count convention.</summary>
    public DayCountConvention Convention { get; }

    /// <summary>Gets the source of the timescale, if any.</summary>
    public Citation? Citation { get; }

    /// <summary>Creates a calendar-day timescale of a number of days.</summary>
    /// <param name="days">The days.</param>
    /// <param name="citation">The source.</param>
    /// <returns>The timescale.</returns>
    public static Timescale CalendarDays(int days, Citation? citation = null) => new(days, TimescaleUnit.Days, DayCountConvention.CalendarDays, citation);

    /// <summary>Creates a working-day timescale.</summary>
    /// <param name="days">The working days.</param>
    /// <param name="citation">The source.</param>
    /// <returns>The timescale.</returns>
    public static Timescale WorkingDays(int days, Citation? citation = null) => new(days, TimescaleUnit.Days, DayCountConvention.WorkingDays, citation);

    /// <summary>Reads a dated timescale parameter (unit days, weeks, months or years) in force on a date.</summary>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="name">The parameter name, for example <c>reviews.care-and-support-plan.review-interval</c>.</param>
    /// <param name="date">The date the timescale applies on.</param>
    /// <param name="convention">The day-count convention (calendar days unless a council chooses working days for a days timescale).</param>
    /// <returns>The timescale with the parameter's citation.</returns>
    /// <exception cref="ParameterNotAvailableException">No value is in force on the date (or the value is null with a note).</exception>
    /// <exception cref="InvalidOperationException">The parameter's unit is not a time unit.</exception>
    public static Timescale FromParameter(ParameterSet parameters, string name, LocalDate date, DayCountConvention? convention = null)
    {
        var parameter = (parameters ?? throw new ArgumentNullException(nameof(parameters))).Get(name);
        var unit = parameter.Unit.Code switch
        {
            "days" => TimescaleUnit.Days,
            "weeks" => TimescaleUnit.Weeks,
            "months" => TimescaleUnit.Months,
            "years" => TimescaleUnit.Years,
            _ => throw new InvalidOperationException($"Parameter '{name}' has unit '{parameter.Unit.Code}', which is not a time unit."),
        };
        var length = parameter.WholeNumberOn(date);
        return new Timescale(length, unit, convention ?? DayCountConvention.CalendarDays, parameter.EntryOn(date).Citation);
    }

    /// <summary>Adds the timescale to a date.</summary>
    /// <param name="start">The start date (day 0).</param>
    /// <param name="calendar">The bank-holiday calendar; needed only for working days.</param>
    /// <returns>The end date.</returns>
    /// <exception cref="ArgumentNullException">Working days without a calendar.</exception>
    /// <exception cref="CalendarCoverageException">Working days outside the calendar's coverage.</exception>
    public LocalDate AddTo(LocalDate start, BankHolidayCalendar? calendar = null)
    {
        if (Convention == DayCountConvention.WorkingDays)
        {
            return (calendar ?? throw new ArgumentNullException(nameof(calendar), "A working-day timescale needs a bank-holiday calendar.")).AddWorkingDays(start, Length);
        }

        return start.Plus(ToPeriod());
    }

    /// <summary>Subtracts the timescale from a date.</summary>
    /// <param name="end">The end date.</param>
    /// <param name="calendar">The bank-holiday calendar; needed only for working days.</param>
    /// <returns>The start date.</returns>
    /// <exception cref="ArgumentNullException">Working days without a calendar.</exception>
    public LocalDate SubtractFrom(LocalDate end, BankHolidayCalendar? calendar = null)
    {
        if (Convention == DayCountConvention.WorkingDays)
        {
            return (calendar ?? throw new ArgumentNullException(nameof(calendar), "A working-day timescale needs a bank-holiday calendar.")).AddWorkingDays(end, -Length);
        }

        return end.Minus(ToPeriod());
    }

    /// <summary>Adds the timescale a whole number of times (computed from <paramref name="start"/>, so month ends do not drift).</summary>
    /// <param name="start">The start date.</param>
    /// <param name="times">How many times, zero or more.</param>
    /// <returns>The date.</returns>
    /// <exception cref="InvalidOperationException">The timescale counts working days.</exception>
    public LocalDate AddTimesTo(LocalDate start, int times)
    {
        if (Convention == DayCountConvention.WorkingDays)
        {
            throw new InvalidOperationException("Repeated working-day timescales are not supported.");
        }

        return Unit.Code switch
        {
            "days" => start.PlusDays(Length * times),
            "weeks" => start.PlusWeeks(Length * times),
            "months" => start.PlusMonths(Length * times),
            _ => start.PlusYears(Length * times),
        };
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var unit = Convention == DayCountConvention.WorkingDays ? "working days" : Unit.Code;
        return $"{Length} {unit}";
    }

    private Period ToPeriod() => period ??= Unit.Code switch
    {
        "days" => Period.FromDays(Length),
        "weeks" => Period.FromWeeks(Length),
        "months" => Period.FromMonths(Length),
        _ => Period.FromYears(Length),
    };
}
