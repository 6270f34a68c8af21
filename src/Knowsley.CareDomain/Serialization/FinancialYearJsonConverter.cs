using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Knowsley.CareDomain.Serialization;

/// <summary>Writes and reads <see cref="FinancialYear"/> as <c>"2025-26"</c>.</summary>
/// <threadsafety>This type is stateless and safe to share between threads.</threadsafety>
public sealed class FinancialYearJsonConverter : JsonConverter<FinancialYear>
{
    /// <inheritdoc />
    public override FinancialYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String
            ? reader.GetString()
            : throw new JsonException($"Expected a financial year such as \"2025-26\", not {reader.TokenType}.");
        return FinancialYear.TryParse(text, out var year)
            ? year
            : throw new JsonException($"'{text}' is not a financial year such as \"2025-26\".");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, FinancialYear value, JsonSerializerOptions options)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        writer.WriteStringValue(value.ToString());
    }
}
