using System;
using Knowsley.CareDomain.Internal;

namespace Knowsley.CareDomain.Validation;

/// <summary>One problem with an input: the field it is in, the rule it breaks, and a readable message.</summary>
/// <remarks>
/// <see cref="Field"/> is a path into the input as a caller wrote it, for example <c>income[2].amount</c>, so that a
/// form or a bulk error report can point at the exact cell.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ValidationError : IEquatable<ValidationError>
{
    /// <summary>Initializes a validation error.</summary>
    /// <param name="field">The path of the field, for example <c>income[2].amount</c>.</param>
    /// <param name="rule">The rule broken, as a short stable name, for example <c>non-negative</c>.</param>
    /// <param name="message">A readable message for a person.</param>
    /// <exception cref="ArgumentException">A value is empty.</exception>
    public ValidationError(string field, string rule, string message)
    {
        Field = Preconditions.CheckNotBlank(field, nameof(field));
        Rule = Preconditions.CheckNotBlank(rule, nameof(rule));
        Message = Preconditions.CheckNotBlank(message, nameof(message));
    }

    /// <summary>Gets the path of the field, for example <c>income[2].amount</c>.</summary>
    public string Field { get; }

    /// <summary>Gets the short stable name of the rule broken, for example <c>non-negative</c>.</summary>
    public string Rule { get; }

    /// <summary>Gets the readable message.</summary>
    public string Message { get; }

    /// <summary>Returns a copy of this error with its field placed under a parent path.</summary>
    /// <param name="parent">The parent path, for example <c>people[4]</c>.</param>
    /// <returns>The error with field <c>people[4].income[2].amount</c>.</returns>
    public ValidationError UnderParent(string parent) => new(FieldPath.Member(parent, Field), Rule, Message);

    /// <summary>Formats as <c>income[2].amount: must not be negative [non-negative]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Field}: {Message} [{Rule}]";

    /// <inheritdoc />
    public bool Equals(ValidationError? other)
        => other is not null
            && string.Equals(Field, other.Field, StringComparison.Ordinal)
            && string.Equals(Rule, other.Rule, StringComparison.Ordinal)
            && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValidationError);

    /// <inheritdoc />
    public override int GetHashCode()
        => unchecked((StringComparer.Ordinal.GetHashCode(Field) * 397) ^ StringComparer.Ordinal.GetHashCode(Rule));
}
