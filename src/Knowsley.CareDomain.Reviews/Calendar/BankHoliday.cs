using System;
using System.Text.Json.Serialization;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.Calendar;

/// <summary>One non-working day in a <see cref="BankHolidayCalendar"/>: a bank holiday, a substitute day or a local closure day.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
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

    // The private setter is there only so that [JsonRequired] can reject JSON without this value (which would otherwise
    // read as the type's default); the constructor receives and validates the same value, and nothing else sets it.
    /// <summary>Gets the date.</summary>
    [JsonRequired]
    [JsonInclude]
    public LocalDate Date { get; private set; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets why the day moved or was added, if it did.</summary>
    public string? Note { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Date:uuuu-MM-dd} {Name}";
}
