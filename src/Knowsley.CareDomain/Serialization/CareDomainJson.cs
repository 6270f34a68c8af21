using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.Internal;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Knowsley.CareDomain.Serialization;

/// <summary>
/// System.Text.Json settings for every Knowsley.CareDomain type: <see cref="Money"/> as a decimal string,
/// NodaTime values in ISO form, code lists by code, enums as camel-case strings, property names in camel case.
/// </summary>
/// <remarks>
/// Use <see cref="Options"/> directly, or <see cref="Configure"/> to add the same converters to options of your own.
/// Module packages register nothing extra: their types serialize with these options.
/// </remarks>
/// <threadsafety>This type is stateless; <see cref="Options"/> is read-only and safe to share between threads.</threadsafety>
public static class CareDomainJson
{
    private static readonly Lazy<JsonSerializerOptions> Shared = new(() =>
    {
        var options = CreateOptions();
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    });

    /// <summary>Gets shared, read-only options (compact output).</summary>
    public static JsonSerializerOptions Options => Shared.Value;

    /// <summary>Creates new options with every converter configured, to be adjusted by the caller.</summary>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The options.</returns>
    public static JsonSerializerOptions CreateOptions(bool indented = false)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            ReadCommentHandling = JsonCommentHandling.Skip,
            NumberHandling = JsonNumberHandling.Strict,
        };
        Configure(options);
        return options;
    }

    /// <summary>Adds the Knowsley.CareDomain converters to existing options.</summary>
    /// <param name="options">The options to configure.</param>
    /// <returns>The same options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options, nameof(options));
        options.Converters.Add(new MoneyJsonConverter());
        options.Converters.Add(new FinancialYearJsonConverter());
        options.Converters.Add(new CareWeekJsonConverter());
        options.Converters.Add(new CodeListJsonConverterFactory());
        options.Converters.Add(new ParameterValueJsonConverter());
        options.Converters.Add(new ParameterSetJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }

    /// <summary>Serializes a value with <see cref="Options"/>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Deserializes a value with <see cref="Options"/>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The text is not valid for <typeparamref name="T"/>; the message says where.</exception>
    public static T Deserialize<T>(string json)
        => JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Expected a {typeof(T).Name}, not null.");
}
