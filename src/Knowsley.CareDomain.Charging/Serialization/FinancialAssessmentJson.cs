using System.Collections.Generic;
using System.Text.Json;
using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Serialization;
using Knowsley.CareDomain.Validation;

namespace Knowsley.CareDomain.Charging.Serialization;

/// <summary>Reads and writes <see cref="FinancialAssessment"/> JSON (the input format of <c>care charge</c>).</summary>
/// <remarks>Any problem, whether malformed JSON, an unknown code, a missing field or an invalid value, is reported as
/// a <see cref="DomainValidationException"/> naming the field (for example <c>income[0].type</c>).</remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class FinancialAssessmentJson
{
    /// <summary>The field named by an error that concerns the whole document (malformed or empty JSON).</summary>
    private const string WholeDocument = "$";

    /// <summary>Reads an assessment from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="DomainValidationException">The JSON is malformed or the assessment is invalid.</exception>
    public static FinancialAssessment Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<FinancialAssessment>(json, CareDomainJson.Options)
                ?? throw new DomainValidationException(WholeDocument, "required", "the assessment is empty");
        }
        catch (JsonException ex)
        {
            throw new DomainValidationException(new[] { new ValidationError(FieldOf(ex.Path), "json", ex.Message) });
        }
    }

    /// <summary>Writes an assessment as indented JSON.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(FinancialAssessment assessment)
        => JsonSerializer.Serialize(assessment, CareDomainJson.CreateOptions(indented: true));

    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return WholeDocument;
        }

        var field = path!.StartsWith("$.", System.StringComparison.Ordinal) ? path.Substring(2) : path.TrimStart('$');
        var parts = new List<string>();
        foreach (var part in field.Split('.'))
        {
            parts.Add(part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part.Substring(1));
        }

        return string.Join(".", parts);
    }
}
