using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.CodeLists;
using Knowsley.CareDomain.Reviews.WaitingLists;
using Knowsley.CareDomain.Reviews.WaitingWell;
using Knowsley.CareDomain.Validation;

namespace Knowsley.CareDomain.Reviews.Serialization;

/// <summary>Writes and reads a <see cref="WaitingWellRule"/> as its factory's parameter, rating, reason and wait type:
/// <c>{ "riskFlag": "carer-breakdown", "rating": "red", "reason": "Carer breakdown" }</c>.</summary>
/// <remarks>A rule holds its condition as code, so it has no constructor to bind; reading goes through the same factories
/// (<see cref="WaitingWellRule.WhenRiskFlag"/>, <see cref="WaitingWellRule.WhenDaysWaitingAtLeast"/>,
/// <see cref="WaitingWellRule.WhenPercentOfTargetAtLeast"/>) and reports every problem as a
/// <see cref="DomainValidationException"/> naming the field.</remarks>
/// <threadsafety>Stateless; safe to share between threads.</threadsafety>
internal sealed class WaitingWellRuleJsonConverter : JsonConverter<WaitingWellRule>
{
    private const string RiskFlag = "riskFlag";
    private const string DaysWaitingAtLeast = "daysWaitingAtLeast";
    private const string PercentOfTargetAtLeast = "percentOfTargetAtLeast";
    private const string Rating = "rating";
    private const string Reason = "reason";
    private const string WaitTypeField = "waitType";
    private static readonly string[] Fields = { RiskFlag, DaysWaitingAtLeast, PercentOfTargetAtLeast, Rating, Reason, WaitTypeField };

    public override WaitingWellRule Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var errors = new ValidationErrors();
        var rule = ReadRule(document.RootElement, JsonReadErrors.Root, errors);
        errors.ThrowIfAny();
        return rule!;
    }

    public override void Write(Utf8JsonWriter writer, WaitingWellRule value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.RiskFlag is not null)
        {
            writer.WriteString(RiskFlag, value.RiskFlag);
        }
        else if (value.DaysWaitingAtLeast is not null)
        {
            writer.WriteNumber(DaysWaitingAtLeast, value.DaysWaitingAtLeast.Value);
        }
        else
        {
            writer.WriteNumber(PercentOfTargetAtLeast, value.PercentOfTargetAtLeast!.Value);
        }

        writer.WriteString(Rating, value.Rating.Code);
        writer.WriteString(Reason, value.Reason);
        if (value.WaitType is not null)
        {
            writer.WriteString(WaitTypeField, value.WaitType.Code);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads a rule, adding each problem under <paramref name="field"/>; <see langword="null"/> when there was one.</summary>
    internal static WaitingWellRule? ReadRule(JsonElement element, string field, ValidationErrors errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(field, "json", $"a waiting-well rule must be a JSON object, not {element.ValueKind}");
            return null;
        }

        var before = errors.Count;
        foreach (var property in element.EnumerateObject())
        {
            if (!Fields.Contains(property.Name, StringComparer.Ordinal))
            {
                errors.Add(JsonReadErrors.Combine(field, property.Name), "unknown-field", $"'{property.Name}' is not a field of a waiting-well rule (expected {string.Join(", ", Fields)})");
            }
        }

        var conditions = Fields.Take(3).Where(f => element.TryGetProperty(f, out var v) && v.ValueKind != JsonValueKind.Null).ToArray();
        if (conditions.Length != 1)
        {
            errors.Add(JsonReadErrors.Combine(field, RiskFlag), "one-condition", conditions.Length == 0
                ? "a waiting-well rule needs one condition: riskFlag, daysWaitingAtLeast or percentOfTargetAtLeast"
                : $"a waiting-well rule has one condition, not {string.Join(" and ", conditions)}");
        }

        var rating = Code<RagRating>(element, Rating, field, errors, required: true);
        var waitType = Code<WaitType>(element, WaitTypeField, field, errors, required: false);
        var reason = Text(element, Reason, field, errors);
        string? flag = null;
        int days = 0;
        decimal percent = 0m;
        switch (conditions.Length == 1 ? conditions[0] : null)
        {
            case RiskFlag:
                flag = Text(element, RiskFlag, field, errors);
                break;
            case DaysWaitingAtLeast:
                var d = element.GetProperty(DaysWaitingAtLeast);
                if (d.ValueKind != JsonValueKind.Number || !d.TryGetInt32(out days) || days < 0)
                {
                    errors.Add(JsonReadErrors.Combine(field, DaysWaitingAtLeast), "non-negative", "the days waiting must be a whole number, 0 or more");
                }

                break;
            case PercentOfTargetAtLeast:
                var p = element.GetProperty(PercentOfTargetAtLeast);
                if (p.ValueKind != JsonValueKind.Number || !p.TryGetDecimal(out percent) || percent < 0m)
                {
                    errors.Add(JsonReadErrors.Combine(field, PercentOfTargetAtLeast), "non-negative", "the percentage of the target must be a number, 0 or more");
                }

                break;
        }

        if (errors.Count > before)
        {
            return null;
        }

        return conditions[0] switch
        {
            RiskFlag => WaitingWellRule.WhenRiskFlag(flag!, rating!, reason!, waitType),
            DaysWaitingAtLeast => WaitingWellRule.WhenDaysWaitingAtLeast(days, rating!, reason!, waitType),
            _ => WaitingWellRule.WhenPercentOfTargetAtLeast(percent, rating!, reason!, waitType),
        };
    }

    private static TItem? Code<TItem>(JsonElement element, string name, string field, ValidationErrors errors, bool required)
        where TItem : CodeListItem<TItem>
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            errors.Require(!required, JsonReadErrors.Combine(field, name), "required", $"a waiting-well rule needs a {name}");
            return null;
        }

        var code = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        if (value.ValueKind == JsonValueKind.String && CodeListItem<TItem>.TryFromCode(code, out var item))
        {
            return item;
        }

        errors.Add(JsonReadErrors.Combine(field, name), "code", CodeListItem<TItem>.UnknownCodeMessage(code));
        return null;
    }

    private static string? Text(JsonElement element, string name, string field, ValidationErrors errors)
    {
        var text = element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        errors.Require(!string.IsNullOrWhiteSpace(text), JsonReadErrors.Combine(field, name), "required", $"a waiting-well rule needs a {name} as non-blank text");
        return text;
    }
}
