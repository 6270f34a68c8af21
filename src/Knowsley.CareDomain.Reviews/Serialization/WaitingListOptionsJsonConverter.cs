using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.Reviews.Calendar;
using Knowsley.CareDomain.Reviews.WaitingLists;
using Knowsley.CareDomain.Validation;

namespace Knowsley.CareDomain.Reviews.Serialization;

/// <summary>Writes and reads <see cref="WaitingListOptions"/>: <c>targets</c> keyed by wait type code, <c>waitDayCount</c>,
/// <c>calendar</c> (see <see cref="BankHolidayCalendarJsonConverter"/>) and <c>percentiles</c>; reading goes through the
/// validating constructor and reports every problem as one <see cref="DomainValidationException"/> naming the field.</summary>
/// <threadsafety>Stateless; safe to share between threads.</threadsafety>
internal sealed class WaitingListOptionsJsonConverter : JsonConverter<WaitingListOptions>
{
    private static readonly string[] Fields = { "targets", "waitDayCount", "calendar", "percentiles" };

    public override WaitingListOptions Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new DomainValidationException(JsonReadErrors.Root, "json", $"waiting-list options must be a JSON object, not {root.ValueKind}");
        }

        var errors = new ValidationErrors();
        JsonParts.RejectUnknownFields(root, Fields, "waiting-list options", errors);
        var targets = JsonParts.ReadTargets(root, errors, options);
        DayCountConvention? waitDayCount = null;
        if (root.TryGetProperty("waitDayCount", out var count) && count.ValueKind != JsonValueKind.Null)
        {
            waitDayCount = JsonParts.ReadNested<DayCountConvention>(count, "waitDayCount", errors, options);
        }

        BankHolidayCalendar? calendar = null;
        if (root.TryGetProperty("calendar", out var calendarElement) && calendarElement.ValueKind != JsonValueKind.Null)
        {
            calendar = JsonParts.ReadNested<BankHolidayCalendar>(calendarElement, "calendar", errors, options);
        }

        decimal[]? percentiles = null;
        if (root.TryGetProperty("percentiles", out var percentileArray) && percentileArray.ValueKind != JsonValueKind.Null)
        {
            percentiles = JsonParts.ReadNested<decimal[]>(percentileArray, "percentiles", errors, options);
        }

        errors.ThrowIfAny();
        return new WaitingListOptions(targets, waitDayCount!, calendar, percentiles);
    }

    public override void Write(Utf8JsonWriter writer, WaitingListOptions value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonParts.WriteTargets(writer, value.Targets, options);
        writer.WriteString("waitDayCount", value.WaitDayCount.Code);
        if (value.Calendar is not null)
        {
            writer.WritePropertyName("calendar");
            JsonSerializer.Serialize(writer, value.Calendar, options);
        }

        writer.WritePropertyName("percentiles");
        JsonSerializer.Serialize(writer, value.Percentiles, options);
        writer.WriteEndObject();
    }
}
