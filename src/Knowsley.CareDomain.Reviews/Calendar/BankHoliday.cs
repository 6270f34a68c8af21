using System;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.Calendar;

/// <summary>One non-working day in a <see cref="BankHolidayCalendar"/>: a bank holiday, a substitute day or a local closure day.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class BankHoliday
{
    /// <summary>Initializes a bank holiday.</summary>
    /// <param name="date">The date.</param>
    /// <param name="name">The name, for example "Boxing Day (substitute day)".</param>
    /// <param name="note">Why the day moved or was added, if it did.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public BankHoliday(LocalDate date, string name, string? note = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A bank holiday needs a name.", nameof(name));
        }

        Date = date;
        Name = name;
        Note = note;
    }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets why the day moved or was added, if it did.</summary>
    public string? Note { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Date:uuuu-MM-dd} {Name}";
}
