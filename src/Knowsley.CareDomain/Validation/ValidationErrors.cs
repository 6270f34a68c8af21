using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Knowsley.CareDomain.Validation;

/// <summary>
/// Collects validation problems while checking an input, then throws them together
/// (<see cref="ThrowIfAny"/>). A working buffer, not a domain type.
/// </summary>
/// <threadsafety>Not thread-safe: use one instance per validation.</threadsafety>
public sealed class ValidationErrors : IReadOnlyList<ValidationError>
{
    private readonly List<ValidationError> errors = new();

    /// <summary>Gets the number of problems collected.</summary>
    public int Count => errors.Count;

    /// <summary>Gets a value indicating whether any problem has been collected.</summary>
    public bool HasErrors => errors.Count > 0;

    /// <summary>Gets a problem by position.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <returns>The problem.</returns>
    public ValidationError this[int index] => errors[index];

    /// <summary>Adds a problem.</summary>
    /// <param name="field">The path of the field.</param>
    /// <param name="rule">The rule broken.</param>
    /// <param name="message">A readable message.</param>
    public void Add(string field, string rule, string message) => errors.Add(new ValidationError(field, rule, message));

    /// <summary>Adds a problem when a condition that should hold does not.</summary>
    /// <param name="condition">The condition that must be true.</param>
    /// <param name="field">The path of the field.</param>
    /// <param name="rule">The rule broken.</param>
    /// <param name="message">A readable message.</param>
    /// <returns><paramref name="condition"/>.</returns>
    public bool Require(bool condition, string field, string rule, string message)
    {
        if (!condition)
        {
            Add(field, rule, message);
        }

        return condition;
    }

    /// <summary>Adds a problem when an amount is negative (rule <c>non-negative</c>).</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="field">The path of the field.</param>
    /// <returns><c>true</c> when the amount is zero or more.</returns>
    public bool RequireNonNegative(Money amount, string field)
        => Require(!amount.IsNegative, field, "non-negative", $"must not be negative (was {amount})");

    /// <summary>Adds a problem when a value is null (rule <c>required</c>).</summary>
    /// <param name="value">The value.</param>
    /// <param name="field">The path of the field.</param>
    /// <returns><c>true</c> when the value is present.</returns>
    public bool RequirePresent(object? value, string field)
        => Require(value is not null, field, "required", "is required");

    /// <summary>Adds problems collected elsewhere, placing their fields under a parent path.</summary>
    /// <param name="parent">The parent path, for example <c>income[2]</c>.</param>
    /// <param name="nested">The problems found in the nested object.</param>
    public void AddNested(string parent, IEnumerable<ValidationError> nested)
    {
        if (nested is null)
        {
            throw new ArgumentNullException(nameof(nested));
        }

        errors.AddRange(nested.Select(e => e.UnderParent(parent)));
    }

    /// <summary>Throws a <see cref="DomainValidationException"/> listing every problem, if there is any.</summary>
    /// <exception cref="DomainValidationException">At least one problem was collected.</exception>
    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }

    /// <inheritdoc />
    public IEnumerator<ValidationError> GetEnumerator() => errors.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
