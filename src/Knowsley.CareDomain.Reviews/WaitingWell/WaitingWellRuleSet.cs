using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.Reviews.Calendar;
using Knowsley.CareDomain.Reviews.Serialization;
using Knowsley.CareDomain.Reviews.WaitingLists;

namespace Knowsley.CareDomain.Reviews.WaitingWell;

/// <summary>A council's waiting-well rule set: the rules, the local targets they may refer to, and the calendar for working-day targets.</summary>
/// <remarks>A waiting person gets the most severe rating of the rules that apply (Red over Amber over Green), with the
/// reasons of every rule that applied; when none applies, Green with the reason "no rule applied".
/// In JSON: <c>{ "rules": [...], "targets": { "occupational-therapy": { "length": 12, "unit": "weeks", "convention": "calendar-days" } }, "calendar": "england-and-wales" }</c>,
/// targets keyed by wait type code, the calendar as the shipped calendar's name or a calendar in the
/// <see cref="BankHolidayCalendar.FromJson"/> format.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(WaitingWellRuleSetJsonConverter))]
public sealed class WaitingWellRuleSet
{
    /// <summary>Initializes a rule set.</summary>
    /// <param name="rules">The rules, at least one.</param>
    /// <param name="targets">Local targets per wait type, for percent-of-target rules.</param>
    /// <param name="calendar">The bank-holiday calendar, for working-day targets.</param>
    /// <exception cref="Validation.DomainValidationException">No rules (field <c>rules</c>).</exception>
    public WaitingWellRuleSet(IReadOnlyList<WaitingWellRule> rules, IReadOnlyDictionary<WaitType, Timescale>? targets = null, BankHolidayCalendar? calendar = null)
    {
        Rules = (rules ?? Array.Empty<WaitingWellRule>()).ToArray();
        if (Rules.Count == 0 || Rules.Any(r => r is null))
        {
            throw new Validation.DomainValidationException("rules", "required", "a waiting-well rule set needs at least one rule, and no empty rules");
        }

        Targets = targets ?? new Dictionary<WaitType, Timescale>();
        Calendar = calendar;
    }

    /// <summary>Gets the rules.</summary>
    public IReadOnlyList<WaitingWellRule> Rules { get; }

    /// <summary>Gets the local targets per wait type.</summary>
    public IReadOnlyDictionary<WaitType, Timescale> Targets { get; }

    /// <summary>Gets the bank-holiday calendar, if any.</summary>
    public BankHolidayCalendar? Calendar { get; }
}
