using System;

namespace Knowsley.CareDomain.Internal;

/// <summary>Argument checks that always name the offending parameter.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? argument, string paramName)
        where T : class
        => argument ?? throw new ArgumentNullException(paramName);

    internal static string CheckNotBlank(string? argument, string paramName)
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }

        if (argument.Trim().Length == 0)
        {
            throw new ArgumentException("Value must not be empty or white space.", paramName);
        }

        return argument;
    }

    internal static void CheckArgumentRange(string paramName, long value, long minInclusive, long maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                $"Value should be in range [{minInclusive}-{maxInclusive}].");
        }
    }

    internal static void CheckArgument(bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
