using System;
using System.Collections.Generic;
using System.Linq;
using Knowsley.CareDomain.Reviews.Calendar;
using Knowsley.CareDomain.Reviews.Events;
using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Reviews.Serialization;
using Knowsley.CareDomain.Reviews.WaitingLists;
using Knowsley.CareDomain.Reviews.WaitingWell;
using Knowsley.CareDomain.Serialization;
using NodaTime;
using static Knowsley.CareDomain.Reviews.Tests.TestDates;

namespace Knowsley.CareDomain.Reviews.Tests.Serialization;

public sealed class ReviewJsonRoundTripTests
{
    [Fact]
    public void A_case_is_written_in_camel_case_with_codes_and_iso_dates_and_without_derived_values()
    {
        var c = new ReviewCase("C-1", "P-1", ReviewType.DirectPayment, D("2025-04-01"), D("2025-04-14"), null, "North",
            new[] { new CompletedReview(D("2025-10-10"), ReviewReason.Planned) });
        var json = CareDomainJson.Serialize(c);
        Assert.Equal("""{"caseId":"C-1","personId":"P-1","reviewType":"direct-payment","planSignedOff":"2025-04-01","serviceStarted":"2025-04-14","team":"North","reviews":[{"date":"2025-10-10","reason":"planned"}]}""", json);
        Assert.True(JsonSamples.Same(c, CareDomainJson.Deserialize<ReviewCase>(json)));
        Assert.True(JsonSamples.Same(c, ReviewJson.Read<ReviewCase>(json)));
    }

    [Fact]
    public void A_wait_is_written_without_its_age_band()
    {
        var w = new WaitRecord("R-1", "P-1", WaitType.OccupationalTherapy, "OT", 70, D("2025-06-02"), D("2025-07-30"), new[] { "lives-alone" });
        var json = CareDomainJson.Serialize(w);
        Assert.Equal("""{"requestId":"R-1","personId":"P-1","waitType":"occupational-therapy","team":"OT","ageAtRequest":70,"requested":"2025-06-02","completed":"2025-07-30","riskFlags":["lives-alone"]}""", json);
        Assert.True(JsonSamples.Same(w, CareDomainJson.Deserialize<WaitRecord>(json)));
    }

    [Fact]
    public void Events_round_trip_with_every_optional_field_and_without()
    {
        var full = new ReviewEvent(7, ReviewEventKind.RequestReceived, "R-1", "P-1", D("2025-05-01"), ReviewType.CarersSupportPlan, ReviewReason.Unplanned, WaitType.CarersAssessment, "East", 44, new[] { "carer-breakdown" });
        var bare = new ReviewEvent(8, ReviewEventKind.PlanEnded, "C-1", "P-1", D("2025-05-02"));
        var back = ReviewJson.ReadList<ReviewEvent>(CareDomainJson.Serialize(new[] { full, bare }));
        Assert.Equal(CareDomainJson.Serialize(new[] { full, bare }), CareDomainJson.Serialize(back));
        Assert.Equal(ReviewEventKind.RequestReceived, back[0].Kind);
        Assert.Equal(WaitType.CarersAssessment, back[0].WaitType);
        Assert.Equal(44, back[0].Age);
        Assert.Equal(new[] { "carer-breakdown" }, back[0].RiskFlags);
        Assert.Null(back[1].ReviewType);
        Assert.Empty(back[1].RiskFlags);
        Assert.Contains("\"kind\":\"plan-ended\"", CareDomainJson.Serialize(bare), StringComparison.Ordinal);
    }

    [Fact]
    public void Timescales_round_trip_with_unit_convention_and_citation()
    {
        foreach (var t in new[]
        {
            new Timescale(8, TimescaleUnit.Weeks, DayCountConvention.CalendarDays, new Citation("CSSG", "ch. 13", "Care and Support Statutory Guidance", "https://www.gov.uk/government/publications/care-act-statutory-guidance")),
            Timescale.WorkingDays(20),
            new Timescale(0, TimescaleUnit.Years, DayCountConvention.CalendarDays),
        })
        {
            var back = CareDomainJson.Deserialize<Timescale>(CareDomainJson.Serialize(t));
            Assert.Equal(t.Length, back.Length);
            Assert.Equal(t.Unit, back.Unit);
            Assert.Equal(t.Convention, back.Convention);
            Assert.Equal(t.Citation, back.Citation);
        }

        Assert.Equal("""{"length":20,"unit":"days","convention":"working-days"}""", CareDomainJson.Serialize(Timescale.WorkingDays(20)));
    }

    [Fact]
    public void Timescale_parameters_round_trip_with_their_citation()
    {
        var t = Timescale.FromParameter(ReviewParameters.Statutory, "reviews.direct-payment.first-review-due", D("2025-04-01"));
        var back = ReviewJson.Read<Timescale>(ReviewJson.Write(t));
        Assert.Equal(t.ToString(), back.ToString());
        Assert.Equal(t.Citation, back.Citation);
    }

    [Fact]
    public void Policies_round_trip()
    {
        foreach (var p in new[]
        {
            new ReviewSchedulePolicy(FirstReviewStartEvent.PlanSignedOff, NextReviewAnchor.LastCompletedReview, true, 28),
            new ReviewSchedulePolicy(FirstReviewStartEvent.ServiceStarted, NextReviewAnchor.PreviousDueDate, false, 0),
        })
        {
            var json = CareDomainJson.Serialize(p);
            var back = CareDomainJson.Deserialize<ReviewSchedulePolicy>(json);
            Assert.Equal(p.FirstReviewStartEvent, back.FirstReviewStartEvent);
            Assert.Equal(p.NextReviewAnchor, back.NextReviewAnchor);
            Assert.Equal(p.UnplannedReviewResetsClock, back.UnplannedReviewResetsClock);
            Assert.Equal(p.DueSoonDays, back.DueSoonDays);
            Assert.Equal(json, CareDomainJson.Serialize(back));
        }

        Assert.Equal("""{"firstReviewStartEvent":"plan-signed-off","nextReviewAnchor":"last-completed-review","unplannedReviewResetsClock":true,"dueSoonDays":28}""",
            CareDomainJson.Serialize(new ReviewSchedulePolicy(FirstReviewStartEvent.PlanSignedOff, NextReviewAnchor.LastCompletedReview, true, 28)));
    }

    [Fact]
    public void Bank_holidays_round_trip_with_and_without_a_note()
    {
        var holidays = BankHolidayCalendar.EnglandAndWales.Holidays;
        var back = ReviewJson.ReadList<BankHoliday>(CareDomainJson.Serialize(holidays));
        Assert.Equal(holidays.Select(h => (h.Date, h.Name, h.Note)), back.Select(h => (h.Date, h.Name, h.Note)));
        Assert.Contains(back, h => h.Note is not null);
        Assert.Contains(back, h => h.Note is null);
    }

    [Fact]
    public void The_shipped_calendar_is_written_by_name_and_reads_back_as_itself()
    {
        Assert.Equal("\"england-and-wales\"", CareDomainJson.Serialize(BankHolidayCalendar.EnglandAndWales));
        Assert.Same(BankHolidayCalendar.EnglandAndWales, CareDomainJson.Deserialize<BankHolidayCalendar>("\"england-and-wales\""));
    }

    [Fact]
    public void An_extended_calendar_is_written_in_the_calendar_file_format_and_reads_back_equal()
    {
        var calendar = BankHolidayCalendar.EnglandAndWales.WithHolidays(new[] { new BankHoliday(D("2025-12-24"), "Council closure day", "Local") });
        var json = CareDomainJson.Serialize(calendar);
        Assert.Contains("\"coverageFrom\":\"2015-01-01\"", json, StringComparison.Ordinal);
        var back = CareDomainJson.Deserialize<BankHolidayCalendar>(json);
        Assert.Equal(calendar.Name, back.Name);
        Assert.Equal(calendar.Coverage, back.Coverage);
        Assert.Equal(calendar.Citation, back.Citation);
        Assert.Equal(calendar.Holidays.Select(h => (h.Date, h.Name, h.Note)), back.Holidays.Select(h => (h.Date, h.Name, h.Note)));
        Assert.Equal(json, CareDomainJson.Serialize(back));
    }

    [Fact]
    public void Waiting_well_rules_round_trip_through_their_factories()
    {
        var rules = new[]
        {
            WaitingWellRule.WhenRiskFlag("carer-breakdown", RagRating.Red, "Carer at risk of breakdown"),
            WaitingWellRule.WhenDaysWaitingAtLeast(90, RagRating.Amber, "Waiting 90 days", WaitType.Assessment),
            WaitingWellRule.WhenPercentOfTargetAtLeast(75.5m, RagRating.Amber, "Three quarters of the target"),
        };
        var json = CareDomainJson.Serialize(rules);
        Assert.Contains("""{"riskFlag":"carer-breakdown","rating":"red","reason":"Carer at risk of breakdown"}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"daysWaitingAtLeast":90,"rating":"amber","reason":"Waiting 90 days","waitType":"assessment"}""", json, StringComparison.Ordinal);
        var back = CareDomainJson.Deserialize<WaitingWellRule[]>(json);
        Assert.Equal(rules.Select(r => r.ToString()), back.Select(r => r.ToString()));
        Assert.Equal(rules.Select(r => r.WaitType), back.Select(r => r.WaitType));
        Assert.Equal(json, CareDomainJson.Serialize(back));
    }

    [Fact]
    public void A_rule_set_round_trips_and_prioritises_the_same()
    {
        var ruleSet = new WaitingWellRuleSet(
            new[]
            {
                WaitingWellRule.WhenRiskFlag("carer-breakdown", RagRating.Red, "Carer at risk of breakdown"),
                WaitingWellRule.WhenPercentOfTargetAtLeast(100, RagRating.Red, "Past the target"),
                WaitingWellRule.WhenDaysWaitingAtLeast(28, RagRating.Amber, "Waiting 4 weeks"),
            },
            new Dictionary<WaitType, Timescale> { [WaitType.OccupationalTherapy] = new Timescale(12, TimescaleUnit.Weeks, DayCountConvention.CalendarDays), [WaitType.FinancialAssessment] = Timescale.WorkingDays(20) },
            BankHolidayCalendar.EnglandAndWales);
        var json = ReviewJson.Write(ruleSet);
        Assert.Contains("\"occupational-therapy\": {", json, StringComparison.Ordinal);
        Assert.Contains("\"calendar\": \"england-and-wales\"", json, StringComparison.Ordinal);
        var back = ReviewJson.Read<WaitingWellRuleSet>(json);
        Assert.Equal(json, ReviewJson.Write(back));
        Assert.Same(BankHolidayCalendar.EnglandAndWales, back.Calendar);

        var asAt = D("2026-03-31");
        var waits = new[]
        {
            new WaitRecord("R1", "P1", WaitType.OccupationalTherapy, null, 80, D("2025-12-01"), null),
            new WaitRecord("R2", "P2", WaitType.FinancialAssessment, null, 50, D("2026-03-02"), null),
            new WaitRecord("R3", "P3", WaitType.Assessment, null, 30, D("2026-03-20"), null, new[] { "Carer-Breakdown" }),
            new WaitRecord("R4", "P4", WaitType.Assessment, null, 30, D("2026-03-25"), null),
        };
        string Order(WaitingWellRuleSet set) => string.Join(";", WaitingWellPrioritiser.Prioritise(waits, asAt, set).Select(a => $"{a.Wait.RequestId}:{a.Rating.Code}:{string.Join("+", a.Reasons)}"));
        Assert.Equal(Order(ruleSet), Order(back));
    }

    [Fact]
    public void Waiting_list_options_round_trip()
    {
        var options = new WaitingListOptions(
            new Dictionary<WaitType, Timescale> { [WaitType.FinancialAssessment] = Timescale.WorkingDays(20) },
            DayCountConvention.WorkingDays, BankHolidayCalendar.EnglandAndWales, new[] { 0.25m, 0.9m });
        var json = CareDomainJson.Serialize(options);
        Assert.Equal("""{"targets":{"financial-assessment":{"length":20,"unit":"days","convention":"working-days"}},"waitDayCount":"working-days","calendar":"england-and-wales","percentiles":[0.25,0.9]}""", json);
        var back = ReviewJson.Read<WaitingListOptions>(json);
        Assert.Equal(json, CareDomainJson.Serialize(back));
        Assert.Equal(options.Percentiles, back.Percentiles);
    }
}
