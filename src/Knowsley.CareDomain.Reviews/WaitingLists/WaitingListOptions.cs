using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.Reviews.Calendar;
using Knowsley.CareDomain.Reviews.Serialization;
using Knowsley.CareDomain.Validation;

namespace Knowsley.CareDomain.Reviews.WaitingLists;

/// <summary>The council's choices for waiting-list statistics: local targets per wait type, how wait lengths are counted, which percentiles to report.</summary>
/// <remarks>
/// There are no statutory waiting-time targets for assessments in England (DHSC); targets are local policy and are
/// never defaulted. The DHSC CLD waiting-times method counts calendar days. In JSON: <c>{ "targets": { "occupational-therapy":
/// { "length": 12, "unit": "weeks", "convention": "calendar-days" } }, "waitDayCount": "calendar-days", "percentiles": [0.9] }</c>,
/// with an optional <c>calendar</c> as in <see cref="Calendar.BankHolidayCalendar"/>.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(WaitingListOptionsJsonConverter))]
public sealed class WaitingListOptions
{
    /// <summary>Initializes the options.</summary>
    /// <param name="targets">Local targets per wait type (for example OT assessments: 12 weeks); types without a target report no "% within target".</param>
    /// <param name="waitDayCount">How wait lengths are counted: calendar days (the DHSC method) or working days.</param>
    /// <param name="calendar">The bank-holiday calendar; required for working days or working-day targets.</param>
    /// <param name="percentiles">The percentiles to report as fractions from 0 to 1 (the median, 0.5, is always reported).</param>
    /// <exception cref="DomainValidationException">A percentile is outside 0 to 1, or working days are used without a calendar.</exception>
    public WaitingListOptions(IReadOnlyDictionary<WaitType, Timescale>? targets, DayCountConvention waitDayCount, BankHolidayCalendar? calendar, IReadOnlyList<decimal>? percentiles)
    {
        Targets = targets ?? new Dictionary<WaitType, Timescale>();
        WaitDayCount = waitDayCount;
        Calendar = calendar;
        Percentiles = (percentiles ?? Array.Empty<decimal>()).ToArray();
        var errors = new ValidationErrors();
        errors.Require(waitDayCount is not null, "waitDayCount", "required", "choose calendar or working days for wait lengths");
        for (var i = 0; i < Percentiles.Count; i++)
        {
            errors.Require(Percentiles[i] >= 0m && Percentiles[i] <= 1m, FieldPath.Index("percentiles", i), "range", "a percentile must be a fraction from 0 to 1");
        }

        var needsCalendar = waitDayCount == DayCountConvention.WorkingDays || Targets.Values.Any(t => t.Convention == DayCountConvention.WorkingDays);
        errors.Require(!needsCalendar || calendar is not null, "calendar", "required-for-working-days", "working days need a bank-holiday calendar");
        errors.ThrowIfAny();
    }

    /// <summary>Gets the local targets per wait type.</summary>
    public IReadOnlyDictionary<WaitType, Timescale> Targets { get; }

    /// <summary>Gets how wait lengths are counted.</summary>
    public DayCountConvention WaitDayCount { get; }

    /// <summary>Gets the bank-holiday calendar, if any.</summary>
    public BankHolidayCalendar? Calendar { get; }

    /// <summary>Gets the percentiles to report besides the median.</summary>
    public IReadOnlyList<decimal> Percentiles { get; }
}
