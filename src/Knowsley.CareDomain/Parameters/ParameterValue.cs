using System;
using System.Globalization;
using Knowsley.CareDomain.Internal;

namespace Knowsley.CareDomain.Parameters;

/// <summary>The value of one entry of a dated parameter: an exact number, a flag or a code.</summary>
/// <threadsafety>This type is an immutable value type and safe to share between threads.</threadsafety>
public readonly struct ParameterValue : IEquatable<ParameterValue>
{
    private readonly decimal number;
    private readonly bool flag;
    private readonly string? code;

    private ParameterValue(ParameterValueKind kind, decimal number, bool flag, string? code)
    {
        Kind = kind;
        this.number = number;
        this.flag = flag;
        this.code = code;
    }

    /// <summary>Gets what kind of value this is.</summary>
    public ParameterValueKind Kind { get; }

    /// <summary>Gets the number.</summary>
    /// <exception cref="InvalidOperationException">The value is not a number.</exception>
    public decimal AsNumber => Kind == ParameterValueKind.Number ? number : throw WrongKind(ParameterValueKind.Number);

    /// <summary>Gets the flag.</summary>
    /// <exception cref="InvalidOperationException">The value is not a flag.</exception>
    public bool AsFlag => Kind == ParameterValueKind.Flag ? flag : throw WrongKind(ParameterValueKind.Flag);

    /// <summary>Gets the code.</summary>
    /// <exception cref="InvalidOperationException">The value is not a code.</exception>
    public string AsCode => Kind == ParameterValueKind.Code ? code! : throw WrongKind(ParameterValueKind.Code);

    /// <summary>Creates a number value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static ParameterValue OfNumber(decimal value) => new(ParameterValueKind.Number, value, false, null);

    /// <summary>Creates a money value (a number of pounds).</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The value.</returns>
    public static ParameterValue OfMoney(Money value) => OfNumber(value.Pounds);

    /// <summary>Creates a flag value.</summary>
    /// <param name="value">The flag.</param>
    /// <returns>The value.</returns>
    public static ParameterValue OfFlag(bool value) => new(ParameterValueKind.Flag, 0m, value, null);

    /// <summary>Creates a code value.</summary>
    /// <param name="value">The code.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty.</exception>
    public static ParameterValue OfCode(string value) => new(ParameterValueKind.Code, 0m, false, Preconditions.CheckNotBlank(value, nameof(value)));

    /// <inheritdoc />
    public bool Equals(ParameterValue other)
        => Kind == other.Kind && number == other.number && flag == other.flag && string.Equals(code, other.code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ParameterValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Kind switch
    {
        ParameterValueKind.Number => number.GetHashCode(),
        ParameterValueKind.Flag => flag.GetHashCode(),
        _ => StringComparer.Ordinal.GetHashCode(code ?? string.Empty),
    };

    /// <summary>Formats the value: the number in invariant form, <c>true</c>/<c>false</c>, or the code.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        ParameterValueKind.Number => number.ToString(CultureInfo.InvariantCulture),
        ParameterValueKind.Flag => flag ? "true" : "false",
        _ => code ?? string.Empty,
    };

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><c>true</c> when equal.</returns>
    public static bool operator ==(ParameterValue left, ParameterValue right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><c>true</c> when not equal.</returns>
    public static bool operator !=(ParameterValue left, ParameterValue right) => !left.Equals(right);

    private InvalidOperationException WrongKind(ParameterValueKind wanted)
        => new($"This parameter value is a {Kind}, not a {wanted}.");
}
