using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Knowsley.CareDomain.Serialization;

/// <summary>
/// Writes <see cref="Money"/> as a decimal string of pounds (<c>"1234.56"</c>) so no reader turns it into a
/// floating-point number; reads that string, the <c>£1,234.56</c> form, or an exact JSON number.
/// </summary>
/// <threadsafety>This type is stateless and safe to share between threads.</threadsafety>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc />
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var text = reader.GetString();
                if (Money.TryParse(text, out var money))
                {
                    return money;
                }

                throw new JsonException($"'{text}' is not an amount of money: expected pounds with at most two decimal places, such as \"1234.56\".");
            case JsonTokenType.Number when reader.TryGetDecimal(out var pounds):
                try
                {
                    return Money.FromPounds(pounds);
                }
                catch (ArgumentException ex)
                {
                    throw new JsonException(ex.Message, ex);
                }

            default:
                throw new JsonException($"Expected an amount of money as a string such as \"1234.56\", not {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        writer.WriteStringValue(value.ToString("D", CultureInfo.InvariantCulture));
    }
}
