using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.Parameters;

namespace Knowsley.CareDomain.Serialization;

/// <summary>Writes a <see cref="ParameterValue"/> as a JSON number, <c>true</c>/<c>false</c> or a string, as in parameter files.</summary>
/// <threadsafety>This type is stateless and safe to share between threads.</threadsafety>
public sealed class ParameterValueJsonConverter : JsonConverter<ParameterValue>
{
    /// <inheritdoc />
    public override ParameterValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetDecimal(out var number):
                return ParameterValue.OfNumber(number);
            case JsonTokenType.True:
            case JsonTokenType.False:
                return ParameterValue.OfFlag(reader.GetBoolean());
            case JsonTokenType.String when !string.IsNullOrWhiteSpace(reader.GetString()):
                return ParameterValue.OfCode(reader.GetString()!);
            default:
                throw new JsonException($"Expected a parameter value (an exact number, true/false or a code), not {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ParameterValue value, JsonSerializerOptions options)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        WriteValue(writer, value);
    }

    internal static void WriteValue(Utf8JsonWriter writer, ParameterValue value)
    {
        switch (value.Kind)
        {
            case ParameterValueKind.Number:
                writer.WriteNumberValue(value.AsNumber);
                break;
            case ParameterValueKind.Flag:
                writer.WriteBooleanValue(value.AsFlag);
                break;
            default:
                writer.WriteStringValue(value.AsCode);
                break;
        }
    }
}
