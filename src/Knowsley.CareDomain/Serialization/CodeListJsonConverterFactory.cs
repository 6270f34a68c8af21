using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Serialization;

/// <summary>
/// Writes and reads any <see cref="CodeListItem{TItem}"/> (SmartEnum) as its code, for example <c>"monthly"</c>;
/// an unknown code fails with a message listing the valid codes.
/// </summary>
/// <threadsafety>This type is stateless and safe to share between threads.</threadsafety>
public sealed class CodeListJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) => FindCodeListType(typeToConvert) is not null;

    /// <inheritdoc />
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var converterType = typeof(CodeListConverter<>).MakeGenericType(typeToConvert);
        return (JsonConverter?)Activator.CreateInstance(converterType);
    }

    private static Type? FindCodeListType(Type? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(CodeListItem<>))
            {
                return current;
            }
        }

        return null;
    }

    private sealed class CodeListConverter<TItem> : JsonConverter<TItem>
        where TItem : CodeListItem<TItem>
    {
        public override TItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"Expected a {typeof(TItem).Name} code as a string, not {reader.TokenType}.");
            }

            var code = reader.GetString();
            return CodeListItem<TItem>.TryFromCode(code, out var item)
                ? item
                : throw new JsonException(CodeListItem<TItem>.UnknownCodeMessage(code));
        }

        public override void Write(Utf8JsonWriter writer, TItem value, JsonSerializerOptions options)
            => writer.WriteStringValue(value.Code);
    }
}
