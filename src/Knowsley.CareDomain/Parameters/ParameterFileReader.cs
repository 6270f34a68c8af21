using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Knowsley.CareDomain.Validation;
using NodaTime;
using NodaTime.Text;

namespace Knowsley.CareDomain.Parameters;

/// <summary>Reads the parameter file format strictly, collecting every problem with its path.</summary>
internal static class ParameterFileReader
{
    private static readonly string[] FileProperties = { "$schema", "description", "parameters" };
    private static readonly string[] ParameterProperties = { "unit", "description", "frequency", "entries" };
    private static readonly string[] EntryProperties = { "from", "value", "citation", "note" };
    private static readonly string[] CitationProperties = { "instrument", "provision", "title", "url" };

    internal static string ParameterPath(string name) => $"parameters['{name}']";

    internal static IReadOnlyList<Parameter> Read(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1}" : "unknown position";
            throw new ParameterFileException(source, new[] { new ValidationError("$", "json", $"not valid JSON at {where}: {ex.Message}") }, ex);
        }

        using (document)
        {
            var errors = new ValidationErrors();
            var result = new List<Parameter>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add("$", "json-object", "a parameter file is a JSON object with a 'parameters' object");
                throw new ParameterFileException(source, errors);
            }

            CheckProperties(root, "$", FileProperties, errors);
            if (!root.TryGetProperty("parameters", out var parametersElement) || parametersElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add("parameters", "required", "a 'parameters' object mapping names to parameters is required");
                throw new ParameterFileException(source, errors);
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in parametersElement.EnumerateObject())
            {
                var path = ParameterPath(property.Name);
                if (!names.Add(property.Name))
                {
                    errors.Add(path, "unique-name", $"parameter '{property.Name}' appears more than once in the file");
                    continue;
                }

                var parameter = ReadParameter(property.Name, property.Value, path, errors);
                if (parameter is not null)
                {
                    result.Add(parameter);
                }
            }

            if (errors.HasErrors)
            {
                throw new ParameterFileException(source, errors);
            }

            return result;
        }
    }

    private static Parameter? ReadParameter(string name, JsonElement element, string path, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(path, "name-required", "a parameter name must not be empty");
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, "json-object", "a parameter is a JSON object with 'unit' and 'entries'");
            return null;
        }

        var before = errors.Count;
        CheckProperties(element, path, ParameterProperties, errors);
        var unitCode = ReadString(element, "unit", path, errors, required: true);
        ParameterUnit? unit = null;
        if (unitCode is not null && !ParameterUnit.TryFromCode(unitCode, out unit))
        {
            errors.Add(FieldPath.Member(path, "unit"), "known-unit", ParameterUnit.UnknownCodeMessage(unitCode));
        }

        var description = ReadString(element, "description", path, errors, required: false) ?? string.Empty;
        var frequencyCode = ReadString(element, "frequency", path, errors, required: false);
        Frequency? frequency = null;
        if (frequencyCode is not null && !Frequency.TryFromCode(frequencyCode, out frequency))
        {
            errors.Add(FieldPath.Member(path, "frequency"), "known-frequency", Frequency.UnknownCodeMessage(frequencyCode));
        }

        var entries = new List<ParameterEntry>();
        if (!element.TryGetProperty("entries", out var entriesElement) || entriesElement.ValueKind != JsonValueKind.Array)
        {
            errors.Add(FieldPath.Member(path, "entries"), "required", "an 'entries' array is required");
        }
        else
        {
            var index = 0;
            foreach (var entryElement in entriesElement.EnumerateArray())
            {
                var entry = ReadEntry(entryElement, FieldPath.Index(FieldPath.Member(path, "entries"), index), unit, errors);
                if (entry is not null)
                {
                    entries.Add(entry);
                }

                index++;
            }
        }

        if (errors.Count != before || unit is null)
        {
            return null;
        }

        try
        {
            return new Parameter(name, unit, description, entries, frequency);
        }
        catch (DomainValidationException ex)
        {
            errors.AddNested(path, ex.Errors);
            return null;
        }
    }

    private static ParameterEntry? ReadEntry(JsonElement element, string path, ParameterUnit? unit, ValidationErrors errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, "json-object", "an entry is a JSON object with 'from', 'value' and 'citation'");
            return null;
        }

        var before = errors.Count;
        CheckProperties(element, path, EntryProperties, errors);
        LocalDate? from = null;
        var fromText = ReadString(element, "from", path, errors, required: true);
        if (fromText is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(fromText);
            if (parsed.Success)
            {
                from = parsed.Value;
            }
            else
            {
                errors.Add(FieldPath.Member(path, "from"), "iso-date", $"'{fromText}' is not a date in the form 2025-04-07");
            }
        }

        var note = ReadString(element, "note", path, errors, required: false);
        var value = ReadValue(element, FieldPath.Member(path, "value"), unit, errors);
        Citation? citation = null;
        if (!element.TryGetProperty("citation", out var citationElement))
        {
            errors.Add(FieldPath.Member(path, "citation"), "citation-required", "every entry must cite the instrument and provision that set it");
        }
        else
        {
            citation = ReadCitation(citationElement, FieldPath.Member(path, "citation"), errors);
        }

        if (errors.Count != before || from is null || citation is null)
        {
            return null;
        }

        return new ParameterEntry(from.Value, value, citation, note);
    }

    private static ParameterValue? ReadValue(JsonElement entry, string path, ParameterUnit? unit, ValidationErrors errors)
    {
        if (!entry.TryGetProperty("value", out var element))
        {
            errors.Add(path, "required", "'value' is required (use null, with a note, for a figure that is not known)");
            return null;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Number when element.TryGetDecimal(out var number):
                return ParameterValue.OfNumber(number);
            case JsonValueKind.Number:
                errors.Add(path, "exact-number", $"{element.GetRawText()} cannot be held exactly as a decimal");
                return null;
            case JsonValueKind.True:
            case JsonValueKind.False:
                return ParameterValue.OfFlag(element.GetBoolean());
            case JsonValueKind.String when unit is null || unit.Kind == ParameterValueKind.Code:
                var code = element.GetString();
                if (string.IsNullOrWhiteSpace(code))
                {
                    errors.Add(path, "code-required", "a code value must not be empty");
                    return null;
                }

                return ParameterValue.OfCode(code!);
            case JsonValueKind.String:
                errors.Add(path, "unit", $"unit '{unit.Code}' takes a JSON {(unit.Kind == ParameterValueKind.Flag ? "true or false" : "number")}, not the string {element.GetRawText()}");
                return null;
            default:
                errors.Add(path, "value-type", $"a value is a number, true/false, a code string or null, not {element.ValueKind.ToString().ToLowerInvariant()}");
                return null;
        }
    }

    private static Citation? ReadCitation(JsonElement element, string path, ValidationErrors errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, "json-object", "a citation is a JSON object with 'instrument' and 'provision'");
            return null;
        }

        CheckProperties(element, path, CitationProperties, errors);
        var instrument = ReadString(element, "instrument", path, errors, required: true);
        var provision = ReadString(element, "provision", path, errors, required: true);
        var title = ReadString(element, "title", path, errors, required: false);
        var url = ReadString(element, "url", path, errors, required: false);
        return instrument is null || provision is null ? null : new Citation(instrument, provision, title, url);
    }

    private static string? ReadString(JsonElement element, string property, string path, ValidationErrors errors, bool required)
    {
        var fieldPath = FieldPath.Member(path, property);
        if (!element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                errors.Add(fieldPath, "required", $"'{property}' is required");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(fieldPath, "string", $"'{property}' must be a string");
            return null;
        }

        var text = value.GetString();
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(fieldPath, "required", $"'{property}' must not be empty");
            }

            return null;
        }

        return text;
    }

    private static void CheckProperties(JsonElement element, string path, string[] allowed, ValidationErrors errors)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                errors.Add(
                    FieldPath.Member(path, property.Name),
                    "known-property",
                    string.Format(CultureInfo.InvariantCulture, "unknown property '{0}'; expected one of: {1}", property.Name, string.Join(", ", allowed)));
            }
        }
    }
}
