using System;
using System.Linq;
using Knowsley.CareDomain.Reviews.Calendar;
using Knowsley.CareDomain.Reviews.Events;
using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Reviews.Serialization;
using Knowsley.CareDomain.Reviews.WaitingLists;
using Knowsley.CareDomain.Reviews.WaitingWell;
using Knowsley.CareDomain.Serialization;
using Knowsley.CareDomain.Validation;

namespace Knowsley.CareDomain.Reviews.Tests.Serialization;

// Every problem in JSON input is a DomainValidationException naming the field, as for FinancialAssessmentJson.Read.
public sealed class ReviewJsonErrorTests
{
    private const string GoodCase = """{ "caseId": "C-1", "personId": "P-1", "reviewType": "care-and-support-plan", "planSignedOff": "2025-04-01", "reviews": [ { "date": "2025-05-20", "reason": "planned" } ] }""";

    private static ValidationError Single(Func<object> read)
        => Assert.Single(Assert.Throws<DomainValidationException>(read).Errors);

    private static string Cases(params string[] cases) => "[" + string.Join(",", cases) + "]";

    private static string Replace(string json, string old, string replacement)
    {
        Assert.Contains(old, json, StringComparison.Ordinal);
        return json.Replace(old, replacement, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_a_json_error()
    {
        var e = Single(() => ReviewJson.ReadCases("[ { \"caseId\": "));
        Assert.Equal("json", e.Rule);
        Assert.Equal("json", Single(() => ReviewJson.Read<ReviewCase>("{ \"caseId\": \"C-1\",, }")).Rule);
    }

    [Fact]
    public void A_list_that_is_not_an_array_is_named()
    {
        var e = Single(() => ReviewJson.ReadCases(GoodCase));
        Assert.Equal("json", e.Rule);
        Assert.Contains("array", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_review_type_code_names_the_case_and_field_and_lists_the_codes()
    {
        var e = Single(() => ReviewJson.ReadCases(Cases(GoodCase, Replace(GoodCase, "\"care-and-support-plan\"", "\"annual-review\""))));
        Assert.Equal("[1].reviewType", e.Field);
        Assert.Equal("json", e.Rule);
        Assert.Contains("annual-review", e.Message, StringComparison.Ordinal);
        Assert.Contains("care-and-support-plan, carers-support-plan, direct-payment", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_review_reason_code_names_the_review()
    {
        var e = Single(() => ReviewJson.Read<ReviewCase>(Replace(GoodCase, "\"planned\"", "\"scheduled\"")));
        Assert.Equal("reviews[0].reason", e.Field);
        Assert.Contains("planned, unplanned", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_before_plan_start_names_the_case_and_review_through_the_validating_constructor()
    {
        var json = Cases(GoodCase, Replace(GoodCase, "2025-05-20", "2025-03-01"));
        var e = Single(() => ReviewJson.ReadCases(json));
        Assert.Equal("[1].reviews[0].date", e.Field);
        Assert.Equal("on-or-after-start", e.Rule);

        // The core reader goes through the same constructor: the same rule, with the field relative to the case.
        var direct = Assert.Throws<DomainValidationException>(() => CareDomainJson.Deserialize<ReviewCase>(Replace(GoodCase, "2025-05-20", "2025-03-01")));
        Assert.Equal("reviews[0].date", Assert.Single(direct.Errors).Field);
    }

    [Fact]
    public void Every_problem_of_every_case_is_reported()
    {
        var json = Cases(
            Replace(GoodCase, "\"caseId\": \"C-1\"", "\"caseId\": \" \""),
            GoodCase,
            Replace(Replace(GoodCase, "\"planSignedOff\": \"2025-04-01\"", "\"serviceStarted\": \"2025-04-01\""), "\"care-and-support-plan\"", "\"direct-payment\""),
            Replace(GoodCase, "\"reviewType\": \"care-and-support-plan\", \"planSignedOff\": \"2025-04-01\"", "\"reviewType\": \"direct-payment\", \"planSignedOff\": \"2025-04-01\", \"ended\": \"2025-01-01\""));
        var ex = Assert.Throws<DomainValidationException>(() => ReviewJson.ReadCases(json));
        Assert.Equal(new[] { "[0].caseId", "[3].serviceStarted", "[3].ended" }, ex.Errors.Select(e => e.Field));
        Assert.Equal(new[] { "required", "first-payment-required", "on-or-after-start" }, ex.Errors.Select(e => e.Rule));
    }

    [Fact]
    public void An_unknown_field_is_named()
    {
        var e = Single(() => ReviewJson.ReadCases(Cases(Replace(GoodCase, "\"planSignedOff\"", "\"planSignedOn\""))));
        Assert.Equal("[0].planSignedOn", e.Field);
        Assert.Contains("planSignedOn", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_date_is_named()
    {
        var e = Single(() => ReviewJson.ReadCases(Cases(GoodCase, GoodCase, Replace(GoodCase, "2025-04-01", "2025-02-30"))));
        Assert.Equal("[2].planSignedOff", e.Field);
        Assert.Equal("json", e.Rule);
    }

    [Fact]
    public void A_review_without_its_date_is_rejected_rather_than_read_as_year_one()
    {
        var e = Single(() => ReviewJson.Read<ReviewCase>(Replace(GoodCase, "\"date\": \"2025-05-20\", ", string.Empty)));
        Assert.Equal("reviews[0]", e.Field);
        Assert.Contains("'date'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_timescale_names_the_length()
    {
        var e = Single(() => ReviewJson.Read<Timescale>("""{ "length": -1, "unit": "days", "convention": "calendar-days" }"""));
        Assert.Equal("length", e.Field);
        Assert.Equal("non-negative", e.Rule);
        Assert.Equal("length", Assert.Single(Assert.Throws<DomainValidationException>(() => CareDomainJson.Deserialize<Timescale>("""{ "length": -1, "unit": "days", "convention": "calendar-days" }""")).Errors).Field);
    }

    [Fact]
    public void A_timescale_without_its_length_or_with_working_weeks_is_named()
    {
        Assert.Contains("'length'", Single(() => ReviewJson.Read<Timescale>("""{ "unit": "days", "convention": "calendar-days" }""")).Message, StringComparison.Ordinal);
        var e = Single(() => ReviewJson.Read<Timescale>("""{ "length": 4, "unit": "weeks", "convention": "working-days" }"""));
        Assert.Equal("unit", e.Field);
        Assert.Equal("working-days-in-days", e.Rule);
    }

    [Fact]
    public void A_policy_must_state_every_choice()
    {
        Assert.Contains("'dueSoonDays'", Single(() => ReviewJson.Read<ReviewSchedulePolicy>("""{ "firstReviewStartEvent": "plan-signed-off", "nextReviewAnchor": "last-completed-review", "unplannedReviewResetsClock": true }""")).Message, StringComparison.Ordinal);
        var e = Single(() => ReviewJson.Read<ReviewSchedulePolicy>("""{ "nextReviewAnchor": "last-completed-review", "unplannedReviewResetsClock": true, "dueSoonDays": 28, "firstReviewStartEvent": null }"""));
        Assert.Equal("firstReviewStartEvent", e.Field);
        var negative = Single(() => ReviewJson.Read<ReviewSchedulePolicy>("""{ "firstReviewStartEvent": "plan-signed-off", "nextReviewAnchor": "last-completed-review", "unplannedReviewResetsClock": true, "dueSoonDays": -1 }"""));
        Assert.Equal("dueSoonDays", negative.Field);
    }

    [Fact]
    public void Wait_errors_name_the_wait_and_field()
    {
        const string good = """{ "requestId": "R-1", "personId": "P-1", "waitType": "assessment", "ageAtRequest": 70, "requested": "2025-06-02", "completed": "2025-07-01" }""";
        var ex = Assert.Throws<DomainValidationException>(() => ReviewJson.ReadWaits(Cases(good, Replace(good, "70", "131"), Replace(good, "2025-07-01", "2025-06-01"), Replace(good, "\"assessment\"", "\"ot\""))));
        Assert.Equal(new[] { "[1].ageAtRequest", "[2].completed", "[3].waitType" }, ex.Errors.Select(e => e.Field));
        Assert.Contains("'requested'", Single(() => ReviewJson.ReadWaits(Cases(Replace(good, "\"requested\": \"2025-06-02\", ", string.Empty)))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_without_a_kind_or_a_bank_holiday_without_a_name_is_named()
    {
        var e = Single(() => ReviewJson.ReadList<ReviewEvent>("""[ { "kind": "plan-ended", "caseId": "C", "personId": "P", "date": "2025-01-01" }, { "caseId": "C", "personId": "P", "date": "2025-01-01" } ]"""));
        Assert.Equal("[1].kind", e.Field);
        Assert.Equal("name", Single(() => ReviewJson.Read<BankHoliday>("""{ "date": "2025-12-25", "name": " " }""")).Field);
    }

    [Fact]
    public void Rule_problems_are_named()
    {
        var ex = Assert.Throws<DomainValidationException>(() => ReviewJson.Read<WaitingWellRuleSet>("""
            { "rules": [
                { "riskFlag": "lives-alone", "rating": "purple", "reason": "Alone" },
                { "riskFlag": "x", "daysWaitingAtLeast": 3, "rating": "red", "reason": "Both" },
                { "daysWaitingAtLeast": -3, "rating": "red", "reason": "Negative" },
                { "percentOfTargetAtLeast": 50, "rating": "amber", "reason": " ", "colour": "amber" } ],
              "targets": { "ot": { "length": 12, "unit": "weeks", "convention": "calendar-days" },
                           "financial-assessment": { "length": -20, "unit": "days", "convention": "working-days" } },
              "calendar": "scotland" }
            """));
        Assert.Equal(
            new[] { "rules[0].rating", "rules[1].riskFlag", "rules[2].daysWaitingAtLeast", "rules[3].colour", "rules[3].reason", "targets.ot", "targets.financial-assessment.length", "calendar" },
            ex.Errors.Select(e => e.Field));
        Assert.Contains("red, amber, green", ex.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_set_without_rules_is_named()
    {
        Assert.Equal("rules", Single(() => ReviewJson.Read<WaitingWellRuleSet>("{ }")).Field);
        Assert.Equal("rules", Single(() => ReviewJson.Read<WaitingWellRuleSet>("{ \"rules\": [] }")).Field);
    }

    [Fact]
    public void A_calendar_with_a_holiday_outside_its_coverage_is_named()
    {
        var e = Single(() => ReviewJson.Read<WaitingListOptions>("""
            { "waitDayCount": "working-days", "calendar": { "calendar": "local", "coverageFrom": "2025-01-01", "coverageTo": "2025-12-31",
              "citation": { "instrument": "Council", "provision": "closure days" }, "holidays": [ { "date": "2026-01-01", "name": "New Year's Day" } ] } }
            """));
        Assert.Equal("calendar.holidays[0].date", e.Field);
        Assert.Equal("within-coverage", e.Rule);
    }

    [Fact]
    public void Waiting_list_options_need_a_calendar_for_working_days()
    {
        var e = Single(() => ReviewJson.Read<WaitingListOptions>("""{ "waitDayCount": "working-days", "percentiles": [0.9] }"""));
        Assert.Equal("calendar", e.Field);
        Assert.Equal("percentiles[0]", Single(() => ReviewJson.Read<WaitingListOptions>("""{ "waitDayCount": "calendar-days", "percentiles": [90] }""")).Field);
    }
}
