using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Knowsley.CareDomain.Explanations;
using Knowsley.CareDomain.Reviews.Calendar;
using Knowsley.CareDomain.Reviews.Measures;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.WaitingLists;

/// <summary>
/// Waiting-list statistics from request records: the number waiting on a date, the median and other percentiles of
/// current and completed waits, and the share within a local target, by wait type, team and age band (18-64, 65+).
/// </summary>
/// <remarks>
/// <para>Wait lengths follow the DHSC CLD waiting-times method v1.0 (provisional): calendar days, end date minus
/// request date, so a same-day response is 0 days; medians are interpolated (SQL PERCENTILE_CONT(0.5)). A council may
/// choose working days instead (<see cref="WaitingListOptions.WaitDayCount"/>). The DHSC cohort rules (age 25+, new
/// clients only, NFA exclusions) are not applied: this is an operational waiting list, not the DHSC statistic.</para>
/// <para>Current waits are measured to the as-at date; completed waits are those whose end date falls in the period
/// and on or before the as-at date. Results do not depend on the order of the records.</para>
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class WaitingListCalculator
{
    /// <summary>The DHSC method the wait lengths and medians follow.</summary>
    public static readonly Citation DhscWaitingTimesMethod = new(
        "DHSC Adult Social Care CLD waiting-times method v1.0 (provisional, 23 February 2026)",
        "Waiting_times/waiting_times_method.sql: DATEDIFF(DAY, request, response); PERCENTILE_CONT(0.5)",
        "DataS-DHSC/ASC-CLD-LA-Dashboard",
        "https://github.com/DataS-DHSC/ASC-CLD-LA-Dashboard");

    /// <summary>Calculates the waiting-list statistics.</summary>
    /// <param name="waits">The wait records, in any order.</param>
    /// <param name="period">The period whose completed waits are summarised.</param>
    /// <param name="asAt">The snapshot date for current waits.</param>
    /// <param name="options">The council's targets and choices.</param>
    /// <returns>The report.</returns>
    /// <exception cref="CalendarCoverageException">Working days are counted outside the calendar's coverage.</exception>
    public static WaitingListReport Calculate(IEnumerable<WaitRecord> waits, DateInterval period, LocalDate asAt, WaitingListOptions options)
    {
        if (waits is null)
        {
            throw new ArgumentNullException(nameof(waits));
        }

        if (period is null)
        {
            throw new ArgumentNullException(nameof(period));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var groups = new Dictionary<GroupKey, Accumulator>();
        int afterAsAt = 0, completedOutside = 0, noAgeBand = 0, noTeam = 0, total = 0;
        var working = options.WaitDayCount == DayCountConvention.WorkingDays;
        foreach (var w in waits)
        {
            total++;
            if (w.Requested > asAt)
            {
                afterAsAt++;
                continue;
            }

            var current = w.IsWaitingOn(asAt);
            var completedInPeriod = !current && period.Contains(w.Completed!.Value);
            if (!current && !completedInPeriod)
            {
                completedOutside++;
                continue;
            }

            var end = current ? asAt : w.Completed!.Value;
            var days = working ? options.Calendar!.WorkingDaysBetween(w.Requested, end) : Period.Between(w.Requested, end, PeriodUnits.Days).Days;
            options.Targets.TryGetValue(w.WaitType, out var target);
            var within = target is not null && end <= target.AddTo(w.Requested, options.Calendar);
            Add(groups, new GroupKey(w.WaitType, null, null), target, current, days, within);
            if (w.Team is not null)
            {
                Add(groups, new GroupKey(w.WaitType, w.Team, null), target, current, days, within);
            }
            else
            {
                noTeam++;
            }

            var band = w.AgeBand;
            if (band is not null)
            {
                Add(groups, new GroupKey(w.WaitType, null, band), target, current, days, within);
            }
            else
            {
                noAgeBand++;
            }
        }

        var fractions = options.Percentiles.Distinct().OrderBy(p => p).ToArray();
        var result = groups
            .OrderBy(g => g.Key.WaitType.DeclarationOrder)
            .ThenBy(g => g.Key.Team is null && g.Key.AgeBand is null ? 0 : g.Key.Team is not null ? 1 : 2)
            .ThenBy(g => g.Key.Team ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(g => g.Key.AgeBand?.DeclarationOrder ?? 0)
            .Select(g => new WaitingListGroup(g.Key.WaitType, g.Key.Team, g.Key.AgeBand, g.Value.Current.ToStatistics(fractions, g.Value.Target), g.Value.Completed.ToStatistics(fractions, g.Value.Target)))
            .ToArray();
        var exclusions = new[]
        {
            new MeasureExclusion("requested after the as-at date", afterAsAt),
            new MeasureExclusion("completed outside the period", completedOutside),
            new MeasureExclusion("no team (left out of the by-team groups only)", noTeam),
            new MeasureExclusion("age unknown or under 18 (left out of the by-age groups only)", noAgeBand),
        }.Where(e => e.Count > 0).ToArray();
        var method = (working ? "Wait lengths in working days (council choice; days after the request up to and including the end date that are working days)" : "Wait lengths in calendar days: end date minus request date (same day = 0)")
            + "; current waits measured to the as-at date; completed waits ended in the period; percentiles interpolated (PERCENTILE_CONT): h = (n-1)p, x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]); within target when the end date is on or before the request date plus the local target.";
        var b = new ExplanationBuilder("Waiting lists");
        b.AddValue("As at", $"{asAt:uuuu-MM-dd}");
        b.AddValue("Period of completed waits", $"{period.Start:uuuu-MM-dd} to {period.End:uuuu-MM-dd}");
        b.AddValue("Records read", total.ToString(CultureInfo.InvariantCulture));
        foreach (var e in exclusions)
        {
            b.AddValue("Excluded: " + e.Reason, e.Count.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var g in result.Where(g => g.IsOverall))
        {
            b.Group(g.WaitType.DisplayName, x =>
            {
                x.AddValue("Waiting on the as-at date", g.CurrentWaits.Count.ToString(CultureInfo.InvariantCulture));
                x.AddValue("Median current wait (days)", Format(g.CurrentWaits.Median));
                x.AddValue("Completed in the period", g.CompletedWaits.Count.ToString(CultureInfo.InvariantCulture));
                x.AddValue("Median completed wait (days)", Format(g.CompletedWaits.Median));
                if (g.CompletedWaits.Target is not null)
                {
                    x.AddValue("Completed within target", $"{g.CompletedWaits.WithinTarget} of {g.CompletedWaits.Count}", g.CompletedWaits.Target.Citation, $"local target {g.CompletedWaits.Target}");
                }
            });
        }

        b.AddValue("Method", method, DhscWaitingTimesMethod);
        return new WaitingListReport(asAt, period, result, exclusions, method, DhscWaitingTimesMethod, b.Build());
    }

    /// <summary>Builds the statistics of a list of wait lengths (used by the calculator and by callers with their own grouping).</summary>
    /// <param name="days">The wait lengths in days, in any order.</param>
    /// <param name="fractions">The percentiles to report besides the median.</param>
    /// <returns>The statistics (no target).</returns>
    public static WaitStatistics Statistics(IEnumerable<int> days, IReadOnlyList<decimal> fractions)
    {
        var s = new Series();
        foreach (var d in days ?? throw new ArgumentNullException(nameof(days)))
        {
            s.Add(d, false);
        }

        return s.ToStatistics((fractions ?? Array.Empty<decimal>()).Distinct().OrderBy(p => p).ToArray(), null);
    }

    private static string Format(decimal? value) => value is null ? "n/a" : value.Value.ToString("0.##", CultureInfo.InvariantCulture);

    private static void Add(Dictionary<GroupKey, Accumulator> groups, GroupKey key, Timescale? target, bool current, int days, bool within)
    {
        if (!groups.TryGetValue(key, out var acc))
        {
            acc = new Accumulator(target);
            groups.Add(key, acc);
        }

        (current ? acc.Current : acc.Completed).Add(days, within);
    }

    private readonly struct GroupKey : IEquatable<GroupKey>
    {
        public GroupKey(WaitType waitType, string? team, AgeBand? ageBand)
        {
            WaitType = waitType;
            Team = team;
            AgeBand = ageBand;
        }

        public WaitType WaitType { get; }

        public string? Team { get; }

        public AgeBand? AgeBand { get; }

        public bool Equals(GroupKey other) => ReferenceEquals(WaitType, other.WaitType) && string.Equals(Team, other.Team, StringComparison.Ordinal) && ReferenceEquals(AgeBand, other.AgeBand);

        public override bool Equals(object? obj) => obj is GroupKey other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                var h = WaitType.GetHashCode();
                h = (h * 397) ^ (Team is null ? 0 : StringComparer.Ordinal.GetHashCode(Team));
                return (h * 397) ^ (AgeBand?.GetHashCode() ?? 0);
            }
        }
    }

    private sealed class Accumulator
    {
        public Accumulator(Timescale? target)
        {
            Target = target;
        }

        public Timescale? Target { get; }

        public Series Current { get; } = new();

        public Series Completed { get; } = new();
    }

    private sealed class Series
    {
        private readonly List<int> days = new();
        private int within;

        public void Add(int d, bool isWithin)
        {
            days.Add(d);
            if (isWithin)
            {
                within++;
            }
        }

        public WaitStatistics ToStatistics(IReadOnlyList<decimal> fractions, Timescale? target)
        {
            if (days.Count == 0)
            {
                return new WaitStatistics(0, null, null, null, Array.Empty<PercentileValue>(), target, target is null ? null : 0);
            }

            days.Sort();
            var percentiles = fractions.Select(f => new PercentileValue(f, Percentile.Continuous(days, f))).ToArray();
            return new WaitStatistics(days.Count, days[0], days[days.Count - 1], Percentile.Continuous(days, 0.5m), percentiles, target, target is null ? null : within);
        }
    }
}
