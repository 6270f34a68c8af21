using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Knowsley.CareDomain.Explanations;
using Knowsley.CareDomain.Reviews.Calendar;
using Knowsley.CareDomain.Reviews.Dols;
using Knowsley.CareDomain.Reviews.Events;
using Knowsley.CareDomain.Reviews.Measures;
using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Reviews.Serialization;
using Knowsley.CareDomain.Reviews.WaitingLists;
using Knowsley.CareDomain.Reviews.WaitingWell;
using Knowsley.CareDomain.Serialization;
using NodaTime;
using static Knowsley.CareDomain.Reviews.Tests.TestDates;

namespace Knowsley.CareDomain.Reviews.Tests.Serialization;

// Results are output only: each serializes without exceptions or cycles, in camel case, with its explanation in the
// core Explanation shape (which reads back to the same text).
public sealed class ResultJsonTests
{
    private static readonly LocalDate AsAt = D("2026-03-31");
    private static readonly DateInterval Year = new(D("2025-04-01"), D("2026-03-31"));
    private static readonly ReviewScheduler Scheduler = new(ReviewParameters.Statutory, new ReviewSchedulePolicy(FirstReviewStartEvent.PlanSignedOff, NextReviewAnchor.LastCompletedReview, true, 28));

    private static readonly ReviewCase[] Cases =
    {
        new("C-1", "P-1", ReviewType.CareAndSupportPlan, D("2024-03-01"), D("2024-03-04"), null, "North", new[] { new CompletedReview(D("2024-05-20"), ReviewReason.Planned), new CompletedReview(D("2025-05-19"), ReviewReason.Planned) }),
        new("C-2", "P-2", ReviewType.CareAndSupportPlan, D("2024-01-10"), D("2024-01-10"), null, "South", new[] { new CompletedReview(D("2024-03-01"), ReviewReason.Planned) }),
        new("C-3", "P-3", ReviewType.DirectPayment, null, D("2025-06-02"), null, null, Array.Empty<CompletedReview>()),
        new("C-4", "P-4", ReviewType.CarersSupportPlan, D("2025-04-10"), D("2025-05-01"), D("2026-01-31"), "North", new[] { new CompletedReview(D("2025-06-01"), ReviewReason.Unplanned) }),
    };

    private static readonly WaitRecord[] Waits =
    {
        new("R-1", "P-1", WaitType.Assessment, "North", 70, D("2025-05-01"), D("2025-05-21")),
        new("R-2", "P-2", WaitType.Assessment, "South", 40, D("2026-01-05"), null, new[] { "lives-alone" }),
        new("R-3", "P-3", WaitType.OccupationalTherapy, "North", 82, D("2025-10-01"), null, new[] { "carer-breakdown" }),
        new("R-4", "P-4", WaitType.OccupationalTherapy, null, null, D("2025-11-01"), D("2026-02-01")),
    };

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static void AssertProperties(JsonElement element, params string[] names)
    {
        foreach (var name in names)
        {
            Assert.True(element.TryGetProperty(name, out _), $"'{name}' missing from {element.GetRawText()}");
        }
    }

    private static void AssertExplanation(JsonElement element, Explanation explanation)
    {
        var json = element.GetProperty("explanation");
        AssertProperties(json, "title", "lines");
        Assert.NotEqual(0, json.GetProperty("lines").GetArrayLength());
        Assert.Equal(explanation.ToText(), CareDomainJson.Deserialize<Explanation>(json.GetRawText()).ToText());
    }

    [Fact]
    public void ReviewDue_is_written_with_dates_status_code_and_explanation()
    {
        var due = Scheduler.Assess(Cases[0], AsAt);
        var json = Parse(CareDomainJson.Serialize(due));
        AssertProperties(json, "caseId", "personId", "reviewType", "team", "asAt", "dueDate", "lastReview", "status", "daysOverdue", "explanation");
        Assert.Equal("care-and-support-plan", json.GetProperty("reviewType").GetString());
        Assert.Equal(due.Status.Code, json.GetProperty("status").GetString());
        Assert.Equal("2026-05-19", json.GetProperty("dueDate").GetString());
        AssertExplanation(json, due.Explanation);
    }

    [Fact]
    public void Overdue_lists_and_timelines_serialize()
    {
        var overdue = Parse(CareDomainJson.Serialize(ReviewCompliance.Overdue(Cases, Scheduler, AsAt)));
        Assert.Equal(JsonValueKind.Array, overdue.ValueKind);
        Assert.Contains(overdue.EnumerateArray(), d => d.GetProperty("status").GetString() == "overdue");

        var timeline = Parse(CareDomainJson.Serialize(Scheduler.Timeline(Cases[0], AsAt)));
        AssertProperties(timeline[0], "dueDate", "isFirstReview", "completedOn", "completedOnTime");
    }

    [Fact]
    public void MeasureResult_is_written_with_counts_percent_exclusions_method_citation_and_explanation()
    {
        var measures = new[]
        {
            ReviewCompliance.AnnualReviewCompletion(Cases, Scheduler, Year, AsAt),
            ReviewCompliance.PlanToServiceTimeliness(Cases, Year, AsAt, Timescale.CalendarDays(28)),
        };
        foreach (var m in measures)
        {
            var json = Parse(CareDomainJson.Serialize(m));
            AssertProperties(json, "measure", "numerator", "denominator", "exclusions", "method", "explanation");
            Assert.Equal(m.Denominator, json.GetProperty("denominator").GetInt32());
            Assert.Equal(m.Percent is not null, json.TryGetProperty("percent", out _));
            AssertExplanation(json, m.Explanation);
        }

        var withExclusions = Parse(CareDomainJson.Serialize(measures[1]));
        AssertProperties(withExclusions.GetProperty("exclusions")[0], "reason", "count");

        var coverage = ReviewCompliance.LongTermSupportReviewCoverage(Cases, new FinancialYear(2025));
        var coverageJson = Parse(CareDomainJson.Serialize(coverage));
        AssertProperties(coverageJson, "reviewed", "planned", "unplanned");
        AssertProperties(coverageJson.GetProperty("reviewed"), "citation");
        AssertExplanation(coverageJson.GetProperty("reviewed"), coverage.Reviewed.Explanation);
    }

    [Fact]
    public void WaitingListReport_groups_and_statistics_serialize_once_each()
    {
        var options = new WaitingListOptions(new Dictionary<WaitType, Timescale> { [WaitType.OccupationalTherapy] = new Timescale(12, TimescaleUnit.Weeks, DayCountConvention.CalendarDays) }, DayCountConvention.CalendarDays, null, new[] { 0.9m });
        var report = WaitingListCalculator.Calculate(Waits, Year, AsAt, options);
        var json = Parse(ReviewJson.Write(report));
        AssertProperties(json, "asAt", "period", "groups", "exclusions", "method", "citation", "explanation");
        Assert.False(json.TryGetProperty("overall", out _));
        AssertProperties(json.GetProperty("period"), "start", "end");
        Assert.Equal(report.Groups.Count, json.GetProperty("groups").GetArrayLength());
        var ot = json.GetProperty("groups").EnumerateArray().First(g => g.GetProperty("waitType").GetString() == "occupational-therapy" && g.GetProperty("isOverall").GetBoolean());
        AssertProperties(ot, "currentWaits", "completedWaits");
        var completed = ot.GetProperty("completedWaits");
        AssertProperties(completed, "count", "minimum", "maximum", "median", "percentiles", "target", "withinTarget", "percentWithinTarget");
        AssertProperties(completed.GetProperty("percentiles")[0], "fraction", "value");
        Assert.Equal("weeks", completed.GetProperty("target").GetProperty("unit").GetString());
        Assert.Contains(json.GetProperty("groups").EnumerateArray(), g => g.TryGetProperty("ageBand", out var band) && band.GetString() == "65+");
        AssertExplanation(json, report.Explanation);
    }

    [Fact]
    public void WaitingWellAssessments_serialize_with_the_wait_rating_and_reasons()
    {
        var ruleSet = new WaitingWellRuleSet(new[] { WaitingWellRule.WhenRiskFlag("carer-breakdown", RagRating.Red, "Carer at risk of breakdown"), WaitingWellRule.WhenDaysWaitingAtLeast(60, RagRating.Amber, "Waiting 60 days") });
        var json = Parse(CareDomainJson.Serialize(WaitingWellPrioritiser.Prioritise(Waits, AsAt, ruleSet)));
        var first = json[0];
        AssertProperties(first, "wait", "daysWaiting", "rating", "reasons", "allocationOrder");
        Assert.Equal("red", first.GetProperty("rating").GetString());
        Assert.Equal("R-3", first.GetProperty("wait").GetProperty("requestId").GetString());
        Assert.Equal("Carer at risk of breakdown", first.GetProperty("reasons")[0].GetString());
    }

    [Fact]
    public void DolsExpiry_serializes_with_its_dates_and_explanation()
    {
        var urgent = DolsAuthorisations.UrgentAuthorisationExpiry(D("2010-02-22"), false, DolsDayCounting.GrantDayExcluded, ReviewParameters.Statutory);
        var json = Parse(CareDomainJson.Serialize(urgent));
        AssertProperties(json, "given", "lastDayInForce", "explanation");
        Assert.Equal("2010-03-01", json.GetProperty("lastDayInForce").GetString());
        AssertExplanation(json, urgent.Explanation);

        var standard = DolsAuthorisations.StandardAuthorisationExpiry(D("2025-04-01"), null, DolsDayCounting.GrantDayIncluded, ReviewParameters.Statutory);
        AssertProperties(Parse(CareDomainJson.Serialize(standard)), "given", "lastDayInForce", "renewalWindowOpens", "explanation");
    }

    [Fact]
    public void An_event_log_serializes_with_its_cases_waits_and_rejections()
    {
        var log = ReviewEventLog.Build(new[]
        {
            new ReviewEvent(2, ReviewEventKind.PlanSignedOff, "C-1", "P-1", D("2025-04-01"), ReviewType.CareAndSupportPlan),
            new ReviewEvent(3, ReviewEventKind.RequestReceived, "R-1", "P-1", D("2025-04-02"), waitType: WaitType.Assessment),
            new ReviewEvent(4, ReviewEventKind.ReviewCompleted, "C-9", "P-9", D("2025-04-03"), reason: ReviewReason.Planned),
        });
        var json = Parse(CareDomainJson.Serialize(log));
        AssertProperties(json, "cases", "waits", "rejected", "rowsRead", "rowsRejected", "rowsAccepted");
        Assert.Equal("C-1", json.GetProperty("cases")[0].GetProperty("caseId").GetString());
        AssertProperties(json.GetProperty("rejected")[0], "row", "field", "reason");
    }
}
