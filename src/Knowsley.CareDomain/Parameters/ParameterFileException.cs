using System;
using System.Collections.Generic;
using System.Linq;
using Knowsley.CareDomain.Validation;

namespace Knowsley.CareDomain.Parameters;

/// <summary>
/// Thrown when a parameter file cannot be loaded: lists every problem with the file, the parameter and the entry.
/// </summary>
public sealed class ParameterFileException : Exception
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="source">The file or resource name.</param>
    /// <param name="errors">The problems; each field path names the parameter and entry.</param>
    /// <param name="innerException">The underlying error, for a file that is not JSON at all.</param>
    public ParameterFileException(string source, IEnumerable<ValidationError> errors, Exception? innerException = null)
        : this(source, errors?.ToArray() ?? throw new ArgumentNullException(nameof(errors)), innerException)
    {
    }

    private ParameterFileException(string source, ValidationError[] errors, Exception? innerException)
        : base($"Parameter file '{source}' is not valid: " + string.Join("; ", errors.Select(e => e.ToString())), innerException)
    {
        Source = source;
        Errors = errors;
    }

    /// <summary>Gets the file or resource name.</summary>
    public new string Source { get; }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }
}
