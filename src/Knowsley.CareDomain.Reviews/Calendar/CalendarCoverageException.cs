using System;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.Calendar;

/// <summary>Thrown when working days are counted on a date outside the years a <see cref="BankHolidayCalendar"/> covers.</summary>
/// <remarks>A calendar never guesses the bank holidays of a year it does not hold: extend it with
/// <see cref="BankHolidayCalendar.WithHolidays"/> and a wider coverage instead.</remarks>
public sealed class CalendarCoverageException : Exception
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="date">The date outside the coverage.</param>
    /// <param name="coverage">The dates the calendar covers.</param>
    public CalendarCoverageException(LocalDate date, DateInterval coverage)
        : base($"The bank-holiday calendar covers {coverage.Start:uuuu-MM-dd} to {coverage.End:uuuu-MM-dd}; it cannot count working days on {date:uuuu-MM-dd}. Extend the calendar with the published bank holidays for that year.")
    {
        Date = date;
        Coverage = coverage;
    }

    /// <summary>Gets the date outside the coverage.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the dates the calendar covers.</summary>
    public DateInterval Coverage { get; }
}
