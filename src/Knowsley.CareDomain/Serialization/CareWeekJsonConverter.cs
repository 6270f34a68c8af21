using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;

namespace Knowsley.CareDomain.Serialization;

/// <summary>Writes and reads a <see cref="CareWeek"/> as its first day, <c>"2025-04-07"</c>.</summary>
/// <threadsafety>This type is stateless and safe to share between threads.</threadsafety>
public sealed class CareWeekJsonConverter : JsonConverter<CareWeek>
{
    /// <inheritdoc />
    public override CareWeek Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String
            ? reader.GetString()
            : throw new JsonException($"Expected the first day of a care week such as \"2025-04-07\", not {reader.TokenType}.");
        var parsed = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        return parsed.Success
            ? new CareWeek(parsed.Value)
            : throw new JsonException($"'{text}' is not a date such as \"2025-04-07\".");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CareWeek value, JsonSerializerOptions options)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        writer.WriteStringValue(LocalDatePattern.Iso.Format(value.Start));
    }
}
