using System;
using System.Collections.Generic;
using System.Text.Json;
using Knowsley.CareDomain.Reviews.Calendar;
using Knowsley.CareDomain.Reviews.WaitingLists;
using Knowsley.CareDomain.Validation;

namespace Knowsley.CareDomain.Reviews.Serialization;

/// <summary>Pieces shared by the Reviews JSON converters: targets keyed by wait type code, and nested values whose problems are collected under a field.</summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
internal static class JsonParts
{
    /// <summary>Reads the optional <c>targets</c> object of <paramref name="root"/>: wait type code to <see cref="Timescale"/>.</summary>
    internal static Dictionary<WaitType, Timescale> ReadTargets(JsonElement root, ValidationErrors errors, JsonSerializerOptions options)
    {
        var targets = new Dictionary<WaitType, Timescale>();
        if (!root.TryGetProperty("targets", out var targetObject) || targetObject.ValueKind == JsonValueKind.Null)
        {
            return targets;
        }

        if (targetObject.ValueKind != JsonValueKind.Object)
        {
            errors.Add("targets", "json", "the targets must be an object keyed by wait type code");
            return targets;
        }

        foreach (var target in targetObject.EnumerateObject())
        {
            var field = FieldPath.Member("targets", target.Name);
            if (!WaitType.TryFromCode(target.Name, out var waitType))
            {
                errors.Add(field, "code", WaitType.UnknownCodeMessage(target.Name));
                continue;
            }

            var timescale = ReadNested<Timescale>(target.Value, field, errors, options);
            if (timescale is not null)
            {
                targets[waitType] = timescale;
            }
        }

        return targets;
    }

    /// <summary>Writes <c>targets</c> keyed by wait type code, in the wait types' declaration order; nothing when there are none.</summary>
    internal static void WriteTargets(Utf8JsonWriter writer, IReadOnlyDictionary<WaitType, Timescale> targets, JsonSerializerOptions options)
    {
        if (targets.Count == 0)
        {
            return;
        }

        writer.WritePropertyName("targets");
        writer.WriteStartObject();
        foreach (var waitType in WaitType.Items)
        {
            if (targets.TryGetValue(waitType, out var timescale))
            {
                writer.WritePropertyName(waitType.Code);
                JsonSerializer.Serialize(writer, timescale, options);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Deserializes a nested value, adding its problems under <paramref name="field"/>; <see langword="null"/> when there were any.</summary>
    internal static T? ReadNested<T>(JsonElement element, string field, ValidationErrors errors, JsonSerializerOptions options)
        where T : class
    {
        try
        {
            var value = element.Deserialize<T>(options);
            if (value is null)
            {
                errors.Add(field, "required", $"expected a {typeof(T).Name}, not null");
            }

            return value;
        }
        catch (Exception ex) when (JsonReadErrors.IsReadError(ex))
        {
            foreach (var error in JsonReadErrors.From(ex, field))
            {
                errors.Add(error.Field, error.Rule, error.Message);
            }

            return null;
        }
    }

    /// <summary>Adds an error for each property of <paramref name="root"/> not in <paramref name="fields"/>.</summary>
    internal static void RejectUnknownFields(JsonElement root, string[] fields, string typeName, ValidationErrors errors)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (Array.IndexOf(fields, property.Name) < 0)
            {
                errors.Add(property.Name, "unknown-field", $"'{property.Name}' is not a field of {typeName} (expected {string.Join(", ", fields)})");
            }
        }
    }
}
