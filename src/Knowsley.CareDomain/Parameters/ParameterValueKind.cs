namespace Knowsley.CareDomain.Parameters;

/// <summary>What kind of value a <see cref="ParameterValue"/> holds.</summary>
public enum ParameterValueKind
{
    /// <summary>An exact decimal number (money, percentages, counts and other numbers).</summary>
    Number = 0,

    /// <summary>A policy switch, true or false.</summary>
    Flag = 1,

    /// <summary>A code naming a policy choice.</summary>
    Code = 2,
}
