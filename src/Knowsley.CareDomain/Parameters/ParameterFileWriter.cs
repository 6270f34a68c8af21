using System.IO;
using System.Text;
using System.Text.Json;
using Knowsley.CareDomain.Serialization;

namespace Knowsley.CareDomain.Parameters;

/// <summary>Writes the parameter file format that <see cref="ParameterFileReader"/> reads.</summary>
internal static class ParameterFileWriter
{
    internal static string Write(ParameterSet set)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("parameters");
            foreach (var parameter in set.Parameters)
            {
                writer.WriteStartObject(parameter.Name);
                writer.WriteString("unit", parameter.Unit.Code);
                if (parameter.Description.Length > 0)
                {
                    writer.WriteString("description", parameter.Description);
                }

                if (parameter.Frequency is not null)
                {
                    writer.WriteString("frequency", parameter.Frequency.Code);
                }

                writer.WriteStartArray("entries");
                foreach (var entry in parameter.Entries)
                {
                    WriteEntry(writer, entry);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteEntry(Utf8JsonWriter writer, ParameterEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteString("from", Parameter.Format(entry.EffectiveFrom));
        writer.WritePropertyName("value");
        if (entry.Value is not { } value)
        {
            writer.WriteNullValue();
        }
        else
        {
            ParameterValueJsonConverter.WriteValue(writer, value);
        }

        writer.WriteStartObject("citation");
        writer.WriteString("instrument", entry.Citation.Instrument);
        writer.WriteString("provision", entry.Citation.Provision);
        if (entry.Citation.Title is not null)
        {
            writer.WriteString("title", entry.Citation.Title);
        }

        if (entry.Citation.Url is not null)
        {
            writer.WriteString("url", entry.Citation.Url);
        }

        writer.WriteEndObject();
        if (entry.Note is not null)
        {
            writer.WriteString("note", entry.Note);
        }

        writer.WriteEndObject();
    }
}
