using System;
using System.Collections.Generic;
using System.Linq;
using Knowsley.CareDomain.Internal;

namespace Knowsley.CareDomain.Validation;

/// <summary>
/// Thrown when an input cannot become a domain object: lists every problem found, each with its field path,
/// the rule broken and a readable message.
/// </summary>
/// <remarks>
/// Constructors and factories of domain types validate all their inputs before throwing, so one exception
/// reports every problem at once rather than the first.
/// </remarks>
public sealed class DomainValidationException : Exception
{
    /// <summary>Initializes the exception with the problems found.</summary>
    /// <param name="errors">The problems; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public DomainValidationException(IEnumerable<ValidationError> errors)
        : this(Materialize(errors))
    {
    }

    /// <summary>Initializes the exception with one problem.</summary>
    /// <param name="field">The path of the field.</param>
    /// <param name="rule">The rule broken.</param>
    /// <param name="message">A readable message.</param>
    public DomainValidationException(string field, string rule, string message)
        : this(new[] { new ValidationError(field, rule, message) })
    {
    }

    private DomainValidationException(ValidationError[] errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>Gets every problem found, in the order found.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    private static ValidationError[] Materialize(IEnumerable<ValidationError> errors)
    {
        var array = Preconditions.CheckNotNull(errors, nameof(errors)).ToArray();
        Preconditions.CheckArgument(array.Length > 0, nameof(errors), "At least one validation error is required.");
        return array;
    }

    private static string BuildMessage(IReadOnlyList<ValidationError> errors)
    {
        var head = errors.Count == 1 ? "1 problem" : $"{errors.Count} problems";
        return $"The input is not valid ({head}): " + string.Join("; ", errors.Select(e => e.ToString()));
    }
}
