using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Knowsley.CareDomain.Reviews.Calendar;
using Knowsley.CareDomain.Reviews.WaitingLists;
using Knowsley.CareDomain.Validation;
using NodaTime;
using static Knowsley.CareDomain.Reviews.Tests.TestDates;

namespace Knowsley.CareDomain.Reviews.Tests.WaitingLists;

public sealed class WaitingListCalculatorTests
{
    private static readonly DateInterval Year = new(D("2025-04-01"), D("2026-03-31"));
    private static readonly LocalDate AsAt = D("2026-03-31");

    private static WaitRecord W(string id, WaitType type, string requested, string? completed, int? age = 70, string? team = "North")
        => new(id, "P" + id, type, team, age, D(requested), completed is null ? null : D(completed));

    private static WaitingListOptions Options(params (WaitType Type, Timescale Target)[] targets)
        => new(targets.ToDictionary(t => t.Type, t => t.Target), DayCountConvention.CalendarDays, BankHolidayCalendar.EnglandAndWales, new[] { 0.25m, 0.9m });

    private static WaitRecord[] Sample() => new[]
    {
        // Completed OT waits of 3, 5, 10 and 20 days: median 7.5 (the DHSC worked example).
        W("1", WaitType.OccupationalTherapy, "2025-06-01", "2025-06-04"),
        W("2", WaitType.OccupationalTherapy, "2025-06-01", "2025-06-06", 40),
        W("3", WaitType.OccupationalTherapy, "2025-06-01", "2025-06-11", 40, "South"),
        W("4", WaitType.OccupationalTherapy, "2025-06-01", "2025-06-21"),
        // Current OT waits on 31 March 2026: 30 and 100 days.
        W("5", WaitType.OccupationalTherapy, "2026-03-01", null),
        W("6", WaitType.OccupationalTherapy, "2025-12-21", null, null, null),
        // Completed before the period: left out.
        W("7", WaitType.OccupationalTherapy, "2025-01-01", "2025-02-01"),
        // Requested after the as-at date: left out.
        W("8", WaitType.OccupationalTherapy, "2026-04-02", null),
        // Carers' assessments: same-day (0 days) and 35 days.
        W("9", WaitType.CarersAssessment, "2025-05-01", "2025-05-01"),
        W("10", WaitType.CarersAssessment, "2025-05-01", "2025-06-05", 17),
    };

    [Fact]
    public void Hand_worked_waiting_list()
    {
        var report = WaitingListCalculator.Calculate(Sample(), Year, AsAt, Options((WaitType.OccupationalTherapy, new Timescale(12, TimescaleUnit.Weeks, DayCountConvention.CalendarDays))));
        var ot = report.Overall.Single(g => g.WaitType == WaitType.OccupationalTherapy);
        Assert.Equal(4, ot.CompletedWaits.Count);
        Assert.Equal(7.5m, ot.CompletedWaits.Median);
        Assert.Equal(3, ot.CompletedWaits.Minimum);
        Assert.Equal(20, ot.CompletedWaits.Maximum);
        // p25: h = 0.75 -> 3 + 0.75*2 = 4.5; p90: h = 2.7 -> 10 + 0.7*10 = 17.
        Assert.Equal(new[] { 4.5m, 17m }, ot.CompletedWaits.Percentiles.Select(p => p.Value));
        Assert.Equal(4, ot.CompletedWaits.WithinTarget);
        Assert.Equal(100m, ot.CompletedWaits.PercentWithinTarget);
        Assert.Equal(2, ot.CurrentWaits.Count);
        Assert.Equal(65m, ot.CurrentWaits.Median);
        Assert.Equal(1, ot.CurrentWaits.WithinTarget); // 100 days > 84
        var carers = report.Overall.Single(g => g.WaitType == WaitType.CarersAssessment);
        Assert.Equal(17.5m, carers.CompletedWaits.Median);
        Assert.Null(carers.CompletedWaits.WithinTarget);
        Assert.Contains(report.Exclusions, e => e.Reason == "requested after the as-at date" && e.Count == 1);
        Assert.Contains(report.Exclusions, e => e.Reason == "completed outside the period" && e.Count == 1);
        Assert.Contains(report.Exclusions, e => e.Reason.StartsWith("age unknown or under 18", StringComparison.Ordinal) && e.Count == 2);
    }

    [Fact]
    public void Groups_by_team_and_age_band()
    {
        var report = WaitingListCalculator.Calculate(Sample(), Year, AsAt, Options());
        var south = report.Groups.Single(g => g.WaitType == WaitType.OccupationalTherapy && g.Team == "South");
        Assert.Equal(1, south.CompletedWaits.Count);
        var young = report.Groups.Single(g => g.WaitType == WaitType.OccupationalTherapy && g.AgeBand == AgeBand.Age18To64);
        Assert.Equal(new decimal?(7.5m), young.CompletedWaits.Median);
        Assert.Equal(2, young.CompletedWaits.Count);
        var old = report.Groups.Single(g => g.WaitType == WaitType.OccupationalTherapy && g.AgeBand == AgeBand.Age65AndOver);
        Assert.Equal(3, old.CompletedWaits.Count + old.CurrentWaits.Count);
        Assert.DoesNotContain(report.Groups, g => g.WaitType == WaitType.CarersAssessment && g.AgeBand == AgeBand.Age18To64 && g.CompletedWaits.Count == 2);
        Assert.Contains("PERCENTILE_CONT", report.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Working_day_waits_and_targets()
    {
        var waits = new[] { W("1", WaitType.FinancialAssessment, "2025-04-17", "2025-05-20"), W("2", WaitType.FinancialAssessment, "2025-04-17", "2025-05-21") };
        var options = new WaitingListOptions(new Dictionary<WaitType, Timescale> { [WaitType.FinancialAssessment] = Timescale.WorkingDays(20) }, DayCountConvention.WorkingDays, BankHolidayCalendar.EnglandAndWales, null);
        var fa = WaitingListCalculator.Calculate(waits, Year, AsAt, options).Overall.Single();
        Assert.Equal(20, fa.CompletedWaits.Minimum);
        Assert.Equal(21, fa.CompletedWaits.Maximum);
        Assert.Equal(1, fa.CompletedWaits.WithinTarget);
    }

    [Fact]
    public void Option_errors_name_the_field()
    {
        var ex = Assert.Throws<DomainValidationException>(() => new WaitingListOptions(null, DayCountConvention.WorkingDays, null, new[] { 1.5m }));
        Assert.Contains(ex.Errors, e => e.Field == "percentiles[0]" && e.Rule == "range");
        Assert.Contains(ex.Errors, e => e.Field == "calendar" && e.Rule == "required-for-working-days");
        var ex2 = Assert.Throws<DomainValidationException>(() => new WaitingListOptions(null, null!, null, null));
        Assert.Contains(ex2.Errors, e => e.Field == "waitDayCount");
    }

    [Theory]
    [InlineData("", "P", "assessment", 30, "2026-01-01", null, "requestId", "required")]
    [InlineData("R", " ", "assessment", 30, "2026-01-01", null, "personId", "required")]
    [InlineData("R", "P", null, 30, "2026-01-01", null, "waitType", "required")]
    [InlineData("R", "P", "assessment", 131, "2026-01-01", null, "ageAtRequest", "range")]
    [InlineData("R", "P", "assessment", -1, "2026-01-01", null, "ageAtRequest", "range")]
    [InlineData("R", "P", "assessment", 30, "2026-01-01", "2025-12-31", "completed", "on-or-after-requested")]
    public void WaitRecord_errors_name_the_field(string id, string person, string? type, int age, string requested, string? completed, string field, string rule)
    {
        var ex = Assert.Throws<DomainValidationException>(() => new WaitRecord(id, person, type is null ? null! : WaitType.FromCode(type), null, age, D(requested), completed is null ? null : D(completed)));
        Assert.Contains(ex.Errors, e => e.Field == field && e.Rule == rule);
    }

    [Fact]
    public void Blank_risk_flag_names_the_field()
    {
        var ex = Assert.Throws<DomainValidationException>(() => new WaitRecord("R", "P", WaitType.Assessment, null, 30, D("2026-01-01"), null, new[] { "lives-alone", "" }));
        Assert.Contains(ex.Errors, e => e.Field == "riskFlags[1]");
    }

    [Fact]
    public void Statistics_helper()
    {
        var s = WaitingListCalculator.Statistics(new[] { 20, 3, 10, 5 }, new[] { 0.5m });
        Assert.Equal(7.5m, s.Median);
        Assert.Equal(4, s.Count);
    }

    private static Arbitrary<WaitRecord[]> Waits()
        => Gen.ArrayOf(
            from type in Gen.Elements(WaitType.Items.ToArray())
            from req in Gen.Choose(0, 700)
            from len in Gen.Choose(-200, 400)
            from age in Gen.Choose(10, 100)
            from team in Gen.Elements("North", "South", "East")
            from i in Gen.Choose(0, int.MaxValue)
            select new WaitRecord("R" + i, "P" + i, type, team, age, D("2024-06-01").PlusDays(req), len < 0 ? null : D("2024-06-01").PlusDays(req + len))).ToArbitrary();

    [Property(MaxTest = 100)]
    public Property Results_do_not_depend_on_input_order()
        => Prop.ForAll(Waits(), waits =>
        {
            var a = WaitingListCalculator.Calculate(waits, Year, AsAt, Options());
            var b = WaitingListCalculator.Calculate(waits.Reverse(), Year, AsAt, Options());
            return a.Groups.Count == b.Groups.Count && a.Groups.Zip(b.Groups, (x, y) =>
                x.WaitType == y.WaitType && x.Team == y.Team && x.AgeBand == y.AgeBand &&
                x.CurrentWaits.Count == y.CurrentWaits.Count && x.CurrentWaits.Median == y.CurrentWaits.Median &&
                x.CompletedWaits.Count == y.CompletedWaits.Count && x.CompletedWaits.Median == y.CompletedWaits.Median).All(t => t);
        });

    [Property(MaxTest = 100)]
    public Property Medians_lie_between_min_and_max()
        => Prop.ForAll(Waits(), waits =>
            WaitingListCalculator.Calculate(waits, Year, AsAt, Options()).Groups
                .SelectMany(g => new[] { g.CurrentWaits, g.CompletedWaits })
                .Where(s => s.Count > 0)
                .All(s => s.Median >= s.Minimum && s.Median <= s.Maximum));
}
