using System;
using System.Collections.Generic;
using System.Text.Json;
using Knowsley.CareDomain.Validation;

namespace Knowsley.CareDomain.Reviews.Serialization;

/// <summary>Turns the exceptions of reading JSON into <see cref="ValidationError"/>s that name the field
/// (<c>$</c> for the whole document, as in <c>EligibilityAssessmentJson</c>).</summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
internal static class JsonReadErrors
{
    /// <summary>The field of the whole document.</summary>
    internal const string Root = "$";

    /// <summary>Whether an exception is one that reading JSON into a domain type can throw for bad input.</summary>
    internal static bool IsReadError(Exception ex) => ex is JsonException or DomainValidationException or ArgumentException;

    /// <summary>The problems an exception reports, with fields under <paramref name="parent"/>.</summary>
    internal static IEnumerable<ValidationError> From(Exception ex, string parent)
    {
        switch (ex)
        {
            case DomainValidationException validation:
                foreach (var e in validation.Errors)
                {
                    yield return new ValidationError(OrRoot(Combine(parent, e.Field)), e.Rule, e.Message);
                }

                break;
            case JsonException json:
                yield return new ValidationError(OrRoot(Combine(parent, FieldOf(json.Path))), "json", json.Message);
                break;
            case ArgumentException argument:
                // A constructor's own argument check (for example a bank holiday without a name): its parameter is the field.
                yield return new ValidationError(OrRoot(Combine(parent, CamelCase(argument.ParamName))), "required", argument.Message);
                break;
            default:
                throw new InvalidOperationException("Not a JSON read error.", ex);
        }
    }

    /// <summary>The field of a JSON path: <c>$.reviews[0].reason</c> is <c>reviews[0].reason</c>, <c>$[2].date</c> is <c>[2].date</c>.</summary>
    internal static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        var field = path!.StartsWith("$.", StringComparison.Ordinal) ? path.Substring(2) : path.TrimStart('$');
        var parts = field.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = CamelCase(parts[i]);
        }

        return string.Join(".", parts);
    }

    /// <summary>Joins a parent path and a field: <c>[2]</c> and <c>reviews[0].date</c> give <c>[2].reviews[0].date</c>.</summary>
    internal static string Combine(string parent, string field)
    {
        if (string.IsNullOrEmpty(parent) || parent == Root)
        {
            return field;
        }

        if (string.IsNullOrEmpty(field) || field == Root)
        {
            return parent;
        }

        return field.StartsWith("[", StringComparison.Ordinal) ? parent + field : parent + "." + field;
    }

    private static string OrRoot(string field) => field.Length == 0 || field == Root ? Root : field;

    private static string CamelCase(string? name)
        => string.IsNullOrEmpty(name) ? string.Empty : char.ToLowerInvariant(name![0]) + name.Substring(1);
}
