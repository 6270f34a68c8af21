using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.Reviews.Calendar;
using Knowsley.CareDomain.Reviews.WaitingLists;
using Knowsley.CareDomain.Reviews.WaitingWell;
using Knowsley.CareDomain.Validation;

namespace Knowsley.CareDomain.Reviews.Serialization;

/// <summary>Writes and reads a <see cref="WaitingWellRuleSet"/>: <c>rules</c> (see <see cref="WaitingWellRuleJsonConverter"/>),
/// <c>targets</c> keyed by wait type code, and <c>calendar</c> (see <see cref="BankHolidayCalendarJsonConverter"/>).</summary>
/// <remarks>Reading reports every problem as one <see cref="DomainValidationException"/> naming the field
/// (<c>rules[1].rating</c>, <c>targets.occupational-therapy.length</c>, <c>calendar.holidays[0].date</c>).</remarks>
/// <threadsafety>Stateless; safe to share between threads.</threadsafety>
internal sealed class WaitingWellRuleSetJsonConverter : JsonConverter<WaitingWellRuleSet>
{
    private static readonly string[] Fields = { "rules", "targets", "calendar" };

    public override WaitingWellRuleSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new DomainValidationException(JsonReadErrors.Root, "json", $"a waiting-well rule set must be a JSON object, not {root.ValueKind}");
        }

        var errors = new ValidationErrors();
        JsonParts.RejectUnknownFields(root, Fields, "a waiting-well rule set", errors);

        var rules = new List<WaitingWellRule>();
        if (root.TryGetProperty("rules", out var ruleArray) && ruleArray.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var element in ruleArray.EnumerateArray())
            {
                var rule = WaitingWellRuleJsonConverter.ReadRule(element, FieldPath.Index("rules", i++), errors);
                if (rule is not null)
                {
                    rules.Add(rule);
                }
            }
        }
        else
        {
            errors.Add("rules", "required", "a waiting-well rule set needs a 'rules' array with at least one rule");
        }

        var targets = JsonParts.ReadTargets(root, errors, options);
        BankHolidayCalendar? calendar = null;
        if (root.TryGetProperty("calendar", out var calendarElement) && calendarElement.ValueKind != JsonValueKind.Null)
        {
            calendar = JsonParts.ReadNested<BankHolidayCalendar>(calendarElement, "calendar", errors, options);
        }

        errors.ThrowIfAny();
        return new WaitingWellRuleSet(rules, targets, calendar);
    }

    public override void Write(Utf8JsonWriter writer, WaitingWellRuleSet value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("rules");
        JsonSerializer.Serialize(writer, value.Rules, options);
        JsonParts.WriteTargets(writer, value.Targets, options);
        if (value.Calendar is not null)
        {
            writer.WritePropertyName("calendar");
            JsonSerializer.Serialize(writer, value.Calendar, options);
        }

        writer.WriteEndObject();
    }
}
