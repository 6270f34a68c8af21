using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Knowsley.CareDomain.Reviews.Calendar;
using Knowsley.CareDomain.Reviews.WaitingLists;
using Knowsley.CareDomain.Reviews.WaitingWell;
using Knowsley.CareDomain.Validation;
using static Knowsley.CareDomain.Reviews.Tests.TestDates;

namespace Knowsley.CareDomain.Reviews.Tests.WaitingWell;

public sealed class WaitingWellPrioritiserTests
{
    private static readonly WaitingWellRuleSet Rules = new(
        new[]
        {
            WaitingWellRule.WhenRiskFlag("carer-breakdown", RagRating.Red, "Carer at risk of breakdown"),
            WaitingWellRule.WhenPercentOfTargetAtLeast(100m, RagRating.Red, "Past the target"),
            WaitingWellRule.WhenPercentOfTargetAtLeast(75m, RagRating.Amber, "Three quarters of the target"),
            WaitingWellRule.WhenDaysWaitingAtLeast(60, RagRating.Amber, "Waiting 60 days or more", WaitType.Assessment),
            WaitingWellRule.WhenRiskFlag("lives-alone", RagRating.Amber, "Lives alone"),
        },
        new Dictionary<WaitType, Timescale> { [WaitType.OccupationalTherapy] = new Timescale(12, TimescaleUnit.Weeks, DayCountConvention.CalendarDays) });

    private static WaitRecord W(string id, WaitType type, string requested, params string[] flags)
        => new(id, "P" + id, type, "North", 70, D(requested), null, flags);

    [Fact]
    public void Ratings_reasons_and_allocation_order()
    {
        var waits = new[]
        {
            W("a", WaitType.OccupationalTherapy, "2026-03-01"), // 30 days of 84: green
            W("b", WaitType.OccupationalTherapy, "2025-12-01"), // 120 days: red, past the target
            W("c", WaitType.OccupationalTherapy, "2026-01-01", "lives-alone"), // 89 days: red (target) + amber flag
            W("d", WaitType.Assessment, "2026-01-15"), // 75 days, no target: amber by days
            W("e", WaitType.CarersAssessment, "2026-03-20", "CARER-BREAKDOWN"), // red by flag (case-insensitive)
            W("f", WaitType.OccupationalTherapy, "2026-01-10"), // 80 days = 95% of target: amber
            new WaitRecord("g", "Pg", WaitType.Assessment, null, 80, D("2026-01-01"), D("2026-02-01")), // not waiting
        };
        var list = WaitingWellPrioritiser.Prioritise(waits, D("2026-03-31"), Rules);
        Assert.Equal(new[] { "b", "c", "e", "f", "d", "a" }, list.Select(a => a.Wait.RequestId));
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6 }, list.Select(a => a.AllocationOrder));
        var c = list.Single(a => a.Wait.RequestId == "c");
        Assert.Equal(RagRating.Red, c.Rating);
        Assert.Equal(new[] { "Past the target", "Three quarters of the target", "Lives alone" }, c.Reasons);
        Assert.Equal(new[] { "no rule applied" }, list.Single(a => a.Wait.RequestId == "a").Reasons);
        Assert.Equal(RagRating.Green, list.Last().Rating);
    }

    [Fact]
    public void Empty_rule_set_names_the_field()
    {
        var ex = Assert.Throws<DomainValidationException>(() => new WaitingWellRuleSet(Array.Empty<WaitingWellRule>()));
        Assert.Equal("rules", ex.Errors[0].Field);
    }

    [Fact]
    public void Rule_arguments_are_checked()
    {
        Assert.Throws<ArgumentException>(() => WaitingWellRule.WhenRiskFlag(" ", RagRating.Red, "x"));
        Assert.Throws<ArgumentException>(() => WaitingWellRule.WhenRiskFlag("f", RagRating.Red, " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => WaitingWellRule.WhenDaysWaitingAtLeast(-1, RagRating.Red, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => WaitingWellRule.WhenPercentOfTargetAtLeast(-1m, RagRating.Red, "x"));
        Assert.Equal("Red when risk flag 'f': x", WaitingWellRule.WhenRiskFlag("f", RagRating.Red, "x").ToString());
    }

    [Property(MaxTest = 100)]
    public Property Order_does_not_depend_on_input_order()
        => Prop.ForAll(
            Gen.ArrayOf(from type in Gen.Elements(WaitType.Items.ToArray())
                        from req in Gen.Choose(0, 300)
                        from flag in Gen.Elements("", "lives-alone", "carer-breakdown")
                        from i in Gen.Choose(0, 1_000_000)
                        select new WaitRecord("R" + i, "P" + i, type, null, 70, D("2025-06-01").PlusDays(req), null, flag.Length == 0 ? null : new[] { flag })).ToArbitrary(),
            waits =>
            {
                var distinct = waits.GroupBy(w => w.RequestId).Select(g => g.First()).ToArray();
                var a = WaitingWellPrioritiser.Prioritise(distinct, D("2026-03-31"), Rules).Select(x => x.Wait.RequestId);
                var b = WaitingWellPrioritiser.Prioritise(distinct.Reverse(), D("2026-03-31"), Rules).Select(x => x.Wait.RequestId);
                return a.SequenceEqual(b);
            });
}
