using System;
using System.Globalization;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.Reviews.Calendar;
using Knowsley.CareDomain.Reviews.Serialization;
using Knowsley.CareDomain.Reviews.WaitingLists;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.WaitingWell;

/// <summary>One council rule for waiting-well prioritisation: a condition on a waiting person and the rating it gives, with the reason shown to the allocator.</summary>
/// <remarks>Rules are council policy (no national rule set exists); build them with <see cref="WhenRiskFlag"/>,
/// <see cref="WhenDaysWaitingAtLeast"/> or <see cref="WhenPercentOfTargetAtLeast"/>. In JSON a rule is written with the
/// factory's parameter: <c>{ "riskFlag": "carer-breakdown", "rating": "red", "reason": "...", "waitType": "assessment" }</c>,
/// or <c>daysWaitingAtLeast</c> (a whole number) or <c>percentOfTargetAtLeast</c> (a number) in place of <c>riskFlag</c>.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[JsonConverter(typeof(WaitingWellRuleJsonConverter))]
public sealed class WaitingWellRule
{
    private readonly Func<WaitRecord, LocalDate, Timescale?, BankHolidayCalendar?, bool> condition;

    private WaitingWellRule(RagRating rating, string reason, string condition, WaitType? waitType, Func<WaitRecord, LocalDate, Timescale?, BankHolidayCalendar?, bool> test, string? riskFlag = null, int? daysWaitingAtLeast = null, decimal? percentOfTargetAtLeast = null)
    {
        if (rating is null)
        {
            throw new ArgumentNullException(nameof(rating));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A rule needs a reason for the allocator.", nameof(reason));
        }

        Rating = rating;
        Reason = reason;
        Condition = condition;
        WaitType = waitType;
        this.condition = test;
        RiskFlag = riskFlag;
        DaysWaitingAtLeast = daysWaitingAtLeast;
        PercentOfTargetAtLeast = percentOfTargetAtLeast;
    }

    /// <summary>Gets the rating the rule gives.</summary>
    public RagRating Rating { get; }

    /// <summary>Gets the reason shown to the allocator.</summary>
    public string Reason { get; }

    /// <summary>Gets the condition in words.</summary>
    public string Condition { get; }

    /// <summary>Gets the wait type the rule is limited to, if any.</summary>
    public WaitType? WaitType { get; }

    /// <summary>Gets the risk flag of a <see cref="WhenRiskFlag"/> rule (for JSON).</summary>
    internal string? RiskFlag { get; }

    /// <summary>Gets the days of a <see cref="WhenDaysWaitingAtLeast"/> rule (for JSON).</summary>
    internal int? DaysWaitingAtLeast { get; }

    /// <summary>Gets the percentage of a <see cref="WhenPercentOfTargetAtLeast"/> rule (for JSON).</summary>
    internal decimal? PercentOfTargetAtLeast { get; }

    /// <summary>A rule that applies when a risk flag is recorded (compared ignoring case).</summary>
    /// <param name="flag">The risk flag, for example "carer-breakdown".</param>
    /// <param name="rating">The rating given.</param>
    /// <param name="reason">The reason shown.</param>
    /// <param name="waitType">Limit the rule to one wait type, if wanted.</param>
    /// <returns>The rule.</returns>
    public static WaitingWellRule WhenRiskFlag(string flag, RagRating rating, string reason, WaitType? waitType = null)
    {
        if (string.IsNullOrWhiteSpace(flag))
        {
            throw new ArgumentException("A risk flag cannot be blank.", nameof(flag));
        }

        return new WaitingWellRule(rating, reason, $"risk flag '{flag}'", waitType, (w, _, _, _) =>
        {
            foreach (var f in w.RiskFlags)
            {
                if (string.Equals(f, flag, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }, riskFlag: flag);
    }

    /// <summary>A rule that applies when the person has waited at least a number of calendar days.</summary>
    /// <param name="days">The days, zero or more.</param>
    /// <param name="rating">The rating given.</param>
    /// <param name="reason">The reason shown.</param>
    /// <param name="waitType">Limit the rule to one wait type, if wanted.</param>
    /// <returns>The rule.</returns>
    public static WaitingWellRule WhenDaysWaitingAtLeast(int days, RagRating rating, string reason, WaitType? waitType = null)
    {
        if (days < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(days), "The days cannot be negative.");
        }

        return new WaitingWellRule(rating, reason, $"waiting at least {days.ToString(CultureInfo.InvariantCulture)} days", waitType, (w, asAt, _, _) => w.DaysWaitedOn(asAt) >= days, daysWaitingAtLeast: days);
    }

    /// <summary>A rule that applies when the person has waited at least a percentage of the local target for their wait type
    /// (calendar days waited against calendar days from the request to the target date).</summary>
    /// <param name="percent">The percentage, for example 75 or 100.</param>
    /// <param name="rating">The rating given.</param>
    /// <param name="reason">The reason shown.</param>
    /// <param name="waitType">Limit the rule to one wait type, if wanted.</param>
    /// <returns>The rule; it never applies to a wait type without a target.</returns>
    public static WaitingWellRule WhenPercentOfTargetAtLeast(decimal percent, RagRating rating, string reason, WaitType? waitType = null)
    {
        if (percent < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), "The percentage cannot be negative.");
        }

        return new WaitingWellRule(rating, reason, $"waiting at least {percent.ToString("0.##", CultureInfo.InvariantCulture)}% of the target", waitType, (w, asAt, target, calendar) =>
        {
            if (target is null)
            {
                return false;
            }

            var targetDays = Period.Between(w.Requested, target.AddTo(w.Requested, calendar), PeriodUnits.Days).Days;
            return w.DaysWaitedOn(asAt) * 100m >= percent * targetDays;
        }, percentOfTargetAtLeast: percent);
    }

    internal bool Applies(WaitRecord wait, LocalDate asAt, Timescale? target, BankHolidayCalendar? calendar) =>
        (WaitType is null || WaitType == wait.WaitType) && condition(wait, asAt, target, calendar);

    /// <inheritdoc/>
    public override string ToString() => $"{Rating.DisplayName} when {Condition}: {Reason}";
}
