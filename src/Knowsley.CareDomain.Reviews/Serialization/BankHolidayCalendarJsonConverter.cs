using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.Reviews.Calendar;
using NodaTime.Text;

namespace Knowsley.CareDomain.Reviews.Serialization;

/// <summary>Writes and reads a <see cref="BankHolidayCalendar"/> in the file format of <see cref="BankHolidayCalendar.FromJson"/>
/// (<c>calendar</c>, <c>coverageFrom</c>, <c>coverageTo</c>, <c>citation</c>, <c>holidays</c>); the shipped
/// <see cref="BankHolidayCalendar.EnglandAndWales"/> is written as its name, <c>"england-and-wales"</c>, and that name reads back as it.</summary>
/// <threadsafety>Stateless; safe to share between threads.</threadsafety>
internal sealed class BankHolidayCalendarJsonConverter : JsonConverter<BankHolidayCalendar>
{
    internal const string ShippedName = "england-and-wales";

    public override BankHolidayCalendar Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var name = reader.GetString();
                return name == ShippedName
                    ? BankHolidayCalendar.EnglandAndWales
                    : throw new JsonException($"'{name}' is not a shipped calendar: use \"{ShippedName}\" or a calendar object (calendar, coverageFrom, coverageTo, citation, holidays).");
            case JsonTokenType.StartObject:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    return BankHolidayCalendar.FromJson(document.RootElement.GetRawText(), "calendar");
                }

            default:
                throw new JsonException($"Expected \"{ShippedName}\" or a calendar object, not {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, BankHolidayCalendar value, JsonSerializerOptions options)
    {
        if (ReferenceEquals(value, BankHolidayCalendar.EnglandAndWales))
        {
            writer.WriteStringValue(ShippedName);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("calendar", value.Name);
        writer.WriteString("coverageFrom", LocalDatePattern.Iso.Format(value.Coverage.Start));
        writer.WriteString("coverageTo", LocalDatePattern.Iso.Format(value.Coverage.End));
        writer.WritePropertyName("citation");
        JsonSerializer.Serialize(writer, value.Citation, options);
        writer.WritePropertyName("holidays");
        writer.WriteStartArray();
        foreach (var holiday in value.Holidays)
        {
            writer.WriteStartObject();
            writer.WriteString("date", LocalDatePattern.Iso.Format(holiday.Date));
            writer.WriteString("name", holiday.Name);
            if (holiday.Note is not null)
            {
                writer.WriteString("note", holiday.Note);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
