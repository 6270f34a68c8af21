using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.Parameters;

namespace Knowsley.CareDomain.Serialization;

/// <summary>
/// Writes and reads a whole <see cref="ParameterSet"/> in the parameter file format (<c>docs/parameters.md</c>),
/// with the same strict validation as <see cref="ParameterSet.FromJson"/>.
/// </summary>
/// <threadsafety>This type is stateless and safe to share between threads.</threadsafety>
public sealed class ParameterSetJsonConverter : JsonConverter<ParameterSet>
{
    /// <inheritdoc />
    public override ParameterSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        try
        {
            return ParameterSet.FromJson(document.RootElement.GetRawText(), "JSON value");
        }
        catch (ParameterFileException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ParameterSet value, JsonSerializerOptions options)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        using var document = JsonDocument.Parse(value.ToJson());
        document.RootElement.WriteTo(writer);
    }
}
