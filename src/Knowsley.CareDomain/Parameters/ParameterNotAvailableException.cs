using System;
using NodaTime;

namespace Knowsley.CareDomain.Parameters;

/// <summary>
/// Thrown when a parameter has no value for a date: the date is before its first entry, the figure in force is
/// marked not known, or the parameter set has no parameter of that name.
/// </summary>
public sealed class ParameterNotAvailableException : Exception
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="parameterName">The parameter asked for.</param>
    /// <param name="date">The date asked for, if a date was involved.</param>
    /// <param name="message">Why there is no value.</param>
    public ParameterNotAvailableException(string parameterName, LocalDate? date, string message)
        : base(message)
    {
        ParameterName = parameterName;
        Date = date;
    }

    /// <summary>Gets the name of the parameter asked for.</summary>
    public string ParameterName { get; }

    /// <summary>Gets the date asked for, if any.</summary>
    public LocalDate? Date { get; }
}
