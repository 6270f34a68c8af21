using System;
using System.Collections.Generic;
using System.Text.Json;
using Knowsley.CareDomain.Reviews.Events;
using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Reviews.WaitingLists;
using Knowsley.CareDomain.Reviews.WaitingWell;
using Knowsley.CareDomain.Serialization;
using Knowsley.CareDomain.Validation;

namespace Knowsley.CareDomain.Reviews.Serialization;

/// <summary>
/// Reads and writes the Reviews input types as JSON with <see cref="CareDomainJson.Options"/>: camel-case property
/// names, dates as <c>"2025-04-01"</c>, code lists by code (<c>"care-and-support-plan"</c>). Every value goes through
/// its type's validating constructor (Care Act 2014 s.27 plans in <see cref="ReviewCase"/>, waits in <see cref="WaitRecord"/>).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="ReviewCase"/>, <see cref="CompletedReview"/>, <see cref="ReviewEvent"/>, <see cref="WaitRecord"/>,
/// <see cref="Calendar.Timescale"/>, <see cref="ReviewSchedulePolicy"/>, <see cref="Calendar.BankHoliday"/>,
/// <see cref="Calendar.BankHolidayCalendar"/>, <see cref="WaitingWellRule"/> and <see cref="WaitingWellRuleSet"/> also
/// round-trip through <see cref="CareDomainJson.Serialize{T}"/> and <see cref="CareDomainJson.Deserialize{T}"/>; this
/// class adds one thing: any problem, whether malformed JSON, an unknown code or field, a missing required field or an
/// invalid value, is reported as a <see cref="DomainValidationException"/> naming the field (for example
/// <c>[2].reviews[0].date</c> for the third case of a list), with every problem of every item of a list.
/// </para>
/// <para>Derived values (<see cref="ReviewCase.EarliestStart"/>, <see cref="WaitRecord.AgeBand"/>) are not written.</para>
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class ReviewJson
{
    private static readonly Lazy<JsonSerializerOptions> IndentedOptions = new(() =>
    {
        var options = CareDomainJson.CreateOptions(indented: true);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    });

    /// <summary>Reads one value of a Reviews input type from JSON.</summary>
    /// <typeparam name="T">The type, for example <see cref="ReviewCase"/> or <see cref="ReviewSchedulePolicy"/>.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DomainValidationException">The JSON is malformed or the value is invalid; each error names the field.</exception>
    public static T Read<T>(string json)
        where T : class
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json, CareDomainJson.Options)
                ?? throw new DomainValidationException(JsonReadErrors.Root, "required", $"expected a {typeof(T).Name}, not null");
        }
        catch (Exception ex) when (ex is not DomainValidationException && JsonReadErrors.IsReadError(ex))
        {
            throw new DomainValidationException(JsonReadErrors.From(ex, JsonReadErrors.Root));
        }
    }

    /// <summary>Reads a JSON array of values of a Reviews input type, reporting the problems of every item.</summary>
    /// <typeparam name="T">The item type, for example <see cref="ReviewCase"/>, <see cref="WaitRecord"/> or <see cref="ReviewEvent"/>.</typeparam>
    /// <param name="json">The JSON text: an array.</param>
    /// <returns>The items, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DomainValidationException">The JSON is malformed or not an array, or items are invalid; each
    /// error names the item and field (<c>[2].reviews[0].date</c>).</exception>
    public static IReadOnlyList<T> ReadList<T>(string json)
        where T : class
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new DomainValidationException(JsonReadErrors.From(ex, JsonReadErrors.Root));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new DomainValidationException(JsonReadErrors.Root, "json", $"expected a JSON array of {typeof(T).Name}, not {document.RootElement.ValueKind}");
            }

            var items = new List<T>();
            var errors = new List<ValidationError>();
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var field = FieldPath.Index(string.Empty, index++);
                try
                {
                    var item = element.Deserialize<T>(CareDomainJson.Options);
                    if (item is null)
                    {
                        errors.Add(new ValidationError(field, "required", $"expected a {typeof(T).Name}, not null"));
                    }
                    else
                    {
                        items.Add(item);
                    }
                }
                catch (Exception ex) when (JsonReadErrors.IsReadError(ex))
                {
                    errors.AddRange(JsonReadErrors.From(ex, field));
                }
            }

            if (errors.Count > 0)
            {
                throw new DomainValidationException(errors);
            }

            return items;
        }
    }

    /// <summary>Reads a JSON array of review cases (plans under review, Care Act 2014 s.27).</summary>
    /// <param name="json">The JSON text: an array of cases.</param>
    /// <returns>The cases, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DomainValidationException">The JSON is malformed or cases are invalid; each error names the case and field.</exception>
    public static IReadOnlyList<ReviewCase> ReadCases(string json) => ReadList<ReviewCase>(json);

    /// <summary>Reads a JSON array of waits.</summary>
    /// <param name="json">The JSON text: an array of waits.</param>
    /// <returns>The waits, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DomainValidationException">The JSON is malformed or waits are invalid; each error names the wait and field.</exception>
    public static IReadOnlyList<WaitRecord> ReadWaits(string json) => ReadList<WaitRecord>(json);

    /// <summary>Writes a value (an input or a result, with its explanation) as indented JSON.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, IndentedOptions.Value);
}
