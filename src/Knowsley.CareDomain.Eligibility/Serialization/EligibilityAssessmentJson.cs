using System;
using System.Collections.Generic;
using System.Text.Json;
using Knowsley.CareDomain.Eligibility.Adults;
using Knowsley.CareDomain.Eligibility.Carers;
using Knowsley.CareDomain.Eligibility.Determination;
using Knowsley.CareDomain.Serialization;
using Knowsley.CareDomain.Validation;

namespace Knowsley.CareDomain.Eligibility.Serialization;

/// <summary>
/// Reads and writes eligibility assessments as JSON (the input format of <c>care eligibility</c>, described in
/// <c>docs/eligibility.md</c>): an object whose <c>subject</c> is <c>adult</c> or <c>carer</c>, with the fields of
/// <see cref="AdultEligibilityAssessment"/> or <see cref="CarerEligibilityAssessment"/> in camel case and code lists by code.
/// </summary>
/// <remarks>Any problem, whether malformed JSON, an unknown code or field, a missing field or an invalid value, is reported
/// as a <see cref="DomainValidationException"/> naming the field (for example <c>findings[0].outcome</c>).</remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class EligibilityAssessmentJson
{
    /// <summary>Reads an adult's or a carer's assessment from JSON, choosing the type by its <c>subject</c> field.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DomainValidationException">The JSON is malformed or the assessment is invalid.</exception>
    public static EligibilityAssessment Read(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        string? subject;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new DomainValidationException("$", "json", "the input must be a JSON object");
            }

            subject = document.RootElement.TryGetProperty("subject", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        }
        catch (JsonException ex)
        {
            throw new DomainValidationException(new[] { new ValidationError(FieldOf(ex.Path), "json", ex.Message) });
        }

        if (subject == EligibilitySubject.Adult.Code)
        {
            return Deserialize<AdultEligibilityAssessment>(json);
        }

        if (subject == EligibilitySubject.Carer.Code)
        {
            return Deserialize<CarerEligibilityAssessment>(json);
        }

        throw new DomainValidationException("subject", "required", EligibilitySubject.UnknownCodeMessage(subject));
    }

    /// <summary>Writes an assessment as indented JSON, <c>subject</c> included.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string Write(EligibilityAssessment assessment)
    {
        if (assessment is null)
        {
            throw new ArgumentNullException(nameof(assessment));
        }

        return JsonSerializer.Serialize(assessment, assessment.GetType(), CareDomainJson.CreateOptions(indented: true));
    }

    private static T Deserialize<T>(string json)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, CareDomainJson.Options)
                ?? throw new DomainValidationException("$", "required", "the assessment is empty");
        }
        catch (JsonException ex)
        {
            throw new DomainValidationException(new[] { new ValidationError(FieldOf(ex.Path), "json", ex.Message) });
        }
    }

    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "$";
        }

        var field = path!.StartsWith("$.", StringComparison.Ordinal) ? path.Substring(2) : path.TrimStart('$');
        var parts = new List<string>();
        foreach (var part in field.Split('.'))
        {
            parts.Add(part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part.Substring(1));
        }

        return string.Join(".", parts);
    }
}
