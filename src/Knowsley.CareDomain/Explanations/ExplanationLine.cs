using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Knowsley.CareDomain.Internal;

namespace Knowsley.CareDomain.Explanations;

/// <summary>
/// One line of an explanation: what it is (<see cref="Label"/>), its amount or other value, the rule or figure it
/// comes from (<see cref="Citation"/>), an optional note, and the lines that make it up (<see cref="Children"/>).
/// </summary>
/// <remarks>
/// A line has an <see cref="Amount"/> when it is money and a <see cref="Value"/> when it is anything else
/// (a count, a percentage, a decision such as "Eligible"); it may have neither when it only groups children.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ExplanationLine
{
    /// <summary>Initializes an explanation line.</summary>
    /// <param name="label">What the line is, for example "Tariff income".</param>
    /// <param name="amount">The amount, when the line is money.</param>
    /// <param name="value">The value, when the line is not money.</param>
    /// <param name="citation">The rule or figure the line comes from.</param>
    /// <param name="note">A note for the reader, for example why an item was refused.</param>
    /// <param name="children">The lines that make this one up, in order.</param>
    /// <exception cref="ArgumentException"><paramref name="label"/> is empty.</exception>
    public ExplanationLine(
        string label,
        Money? amount = null,
        string? value = null,
        Citation? citation = null,
        string? note = null,
        IReadOnlyList<ExplanationLine>? children = null)
    {
        Label = Preconditions.CheckNotBlank(label, nameof(label));
        Amount = amount;
        Value = value;
        Citation = citation;
        Note = note;
        Children = children?.ToArray() ?? Array.Empty<ExplanationLine>();
    }

    /// <summary>Gets what the line is.</summary>
    public string Label { get; }

    /// <summary>Gets the amount, when the line is money.</summary>
    public Money? Amount { get; }

    /// <summary>Gets the value, when the line is not money.</summary>
    public string? Value { get; }

    /// <summary>Gets the rule or figure the line comes from.</summary>
    public Citation? Citation { get; }

    /// <summary>Gets a note for the reader.</summary>
    public string? Note { get; }

    /// <summary>Gets the lines that make this one up, in order.</summary>
    public IReadOnlyList<ExplanationLine> Children { get; }

    /// <summary>Gets the amount or value as text: the amount in en-GB form, else the value, else empty.</summary>
    [JsonIgnore]
    public string DisplayValue => Amount?.ToString() ?? Value ?? string.Empty;
}
