using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Knowsley.CareDomain.Internal;

namespace Knowsley.CareDomain;

/// <summary>
/// An exact amount of money in pounds sterling, held as a whole number of pence.
/// </summary>
/// <remarks>
/// <para>
/// There is no floating point anywhere in this type. Addition, subtraction, negation and multiplication by a
/// whole number are exact. Anything that can produce a fraction of a penny (multiplying by a rate, dividing,
/// converting a monthly amount to a weekly one) takes a <see cref="MoneyRounding"/> so that the rounding is
/// always visible at the call site. Arithmetic that would overflow throws <see cref="OverflowException"/>;
/// the range is ±£92 million million, far beyond any realistic amount.
/// </para>
/// <para>
/// <see cref="ToString()"/> always formats in the en-GB style whatever the machine's culture:
/// <c>£1,234.56</c> and <c>-£3.10</c>. <see cref="Parse(string)"/> reads the same forms back, with or without
/// the pound sign and thousands separators.
/// </para>
/// <para>Equality and ordering compare the number of pence.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type. See the thread safety section of the user guide for further information.</threadsafety>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable, IFormattable
{
    private const decimal PenceInPound = 100m;

    private readonly long pence;

    private Money(long pence) => this.pence = pence;

    /// <summary>Gets no money: £0.00.</summary>
    public static Money Zero => default;

    /// <summary>Gets the amount as a whole number of pence.</summary>
    /// <value>The amount in pence; negative for a negative amount.</value>
    public long Pence => pence;

    /// <summary>Gets the amount in pounds, exactly, with at most two decimal places.</summary>
    public decimal Pounds => pence / PenceInPound;

    /// <summary>Gets a value indicating whether the amount is exactly zero.</summary>
    public bool IsZero => pence == 0;

    /// <summary>Gets a value indicating whether the amount is below zero.</summary>
    public bool IsNegative => pence < 0;

    /// <summary>Gets a value indicating whether the amount is above zero.</summary>
    public bool IsPositive => pence > 0;

    /// <summary>Creates an amount from a whole number of pence.</summary>
    /// <param name="pence">The amount in pence.</param>
    /// <returns>The amount.</returns>
    public static Money FromPence(long pence) => new(pence);

    /// <summary>Creates an amount from pounds that are already exact to the penny.</summary>
    /// <param name="pounds">The amount in pounds, with at most two decimal places.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="pounds"/> has a fraction of a penny; use
    /// <see cref="FromPounds(decimal, MoneyRounding)"/> to say how to round it.</exception>
    /// <exception cref="OverflowException"><paramref name="pounds"/> is outside the range of this type.</exception>
    public static Money FromPounds(decimal pounds)
    {
        var scaled = pounds * PenceInPound;
        if (scaled != decimal.Truncate(scaled))
        {
            throw new ArgumentException(
                $"{pounds.ToString(CultureInfo.InvariantCulture)} has a fraction of a penny; say how to round it with FromPounds(value, MoneyRounding).",
                nameof(pounds));
        }

        return new Money(decimal.ToInt64(scaled));
    }

    /// <summary>Creates an amount from pounds, rounding any fraction of a penny as stated.</summary>
    /// <param name="pounds">The amount in pounds.</param>
    /// <param name="rounding">How to bring a fraction of a penny to a whole penny.</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="OverflowException"><paramref name="pounds"/> is outside the range of this type.</exception>
    public static Money FromPounds(decimal pounds, MoneyRounding rounding)
        => new(RoundToWholePence(pounds * PenceInPound, rounding));

    /// <summary>Adds two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The exact sum.</returns>
    public static Money operator +(Money left, Money right) => new(checked(left.pence + right.pence));

    /// <summary>Subtracts one amount from another.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The exact difference.</returns>
    public static Money operator -(Money left, Money right) => new(checked(left.pence - right.pence));

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount with its sign reversed.</returns>
    public static Money operator -(Money value) => new(checked(-value.pence));

    /// <summary>Multiplies an amount by a whole number, exactly.</summary>
    /// <param name="value">The amount.</param>
    /// <param name="multiplier">The whole-number multiplier.</param>
    /// <returns>The exact product.</returns>
    public static Money operator *(Money value, long multiplier) => new(checked(value.pence * multiplier));

    /// <summary>Multiplies an amount by a whole number, exactly.</summary>
    /// <param name="multiplier">The whole-number multiplier.</param>
    /// <param name="value">The amount.</param>
    /// <returns>The exact product.</returns>
    public static Money operator *(long multiplier, Money value) => new(checked(value.pence * multiplier));

    /// <summary>Compares two amounts for equality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><c>true</c> when both are the same number of pence.</returns>
    public static bool operator ==(Money left, Money right) => left.pence == right.pence;

    /// <summary>Compares two amounts for inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><c>true</c> when the amounts differ.</returns>
    public static bool operator !=(Money left, Money right) => left.pence != right.pence;

    /// <summary>Tests whether one amount is less than another.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><c>true</c> when <paramref name="left"/> is less.</returns>
    public static bool operator <(Money left, Money right) => left.pence < right.pence;

    /// <summary>Tests whether one amount is greater than another.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><c>true</c> when <paramref name="left"/> is greater.</returns>
    public static bool operator >(Money left, Money right) => left.pence > right.pence;

    /// <summary>Tests whether one amount is less than or equal to another.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><c>true</c> when <paramref name="left"/> is less or equal.</returns>
    public static bool operator <=(Money left, Money right) => left.pence <= right.pence;

    /// <summary>Tests whether one amount is greater than or equal to another.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><c>true</c> when <paramref name="left"/> is greater or equal.</returns>
    public static bool operator >=(Money left, Money right) => left.pence >= right.pence;

    /// <summary>Returns the larger of two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The larger amount.</returns>
    public static Money Max(Money left, Money right) => left.pence >= right.pence ? left : right;

    /// <summary>Returns the smaller of two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The smaller amount.</returns>
    public static Money Min(Money left, Money right) => left.pence <= right.pence ? left : right;

    /// <summary>Adds up a sequence of amounts exactly.</summary>
    /// <param name="amounts">The amounts.</param>
    /// <returns>The sum; <see cref="Zero"/> for an empty sequence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        Preconditions.CheckNotNull(amounts, nameof(amounts));
        long total = 0;
        foreach (var amount in amounts)
        {
            total = checked(total + amount.pence);
        }

        return new Money(total);
    }

    /// <summary>Gets this amount, or zero if it is negative.</summary>
    /// <returns>The amount floored at zero.</returns>
    public Money AtLeastZero() => pence < 0 ? Zero : this;

    /// <summary>Multiplies by a rate and rounds the result to a whole penny.</summary>
    /// <param name="factor">The multiplier, for example 1.25 for a 25% uplift.</param>
    /// <param name="rounding">How to round a fraction of a penny.</param>
    /// <returns>The rounded product.</returns>
    /// <exception cref="OverflowException">The result is outside the range of this type.</exception>
    public Money Multiply(decimal factor, MoneyRounding rounding)
        => new(RoundToWholePence(pence * factor, rounding));

    /// <summary>Divides by a number and rounds the result to a whole penny.</summary>
    /// <param name="divisor">The divisor; must not be zero.</param>
    /// <param name="rounding">How to round a fraction of a penny.</param>
    /// <returns>The rounded quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public Money Divide(decimal divisor, MoneyRounding rounding)
        => new(RoundToWholePence(pence / divisor, rounding));

    /// <summary>
    /// Multiplies by <paramref name="numerator"/> and divides by <paramref name="denominator"/> with a single
    /// rounding at the end, for conversions such as monthly × 12 ÷ 52.
    /// </summary>
    /// <param name="numerator">The multiplier.</param>
    /// <param name="denominator">The divisor; must not be zero.</param>
    /// <param name="rounding">How to round a fraction of a penny.</param>
    /// <returns>The rounded result.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero.</exception>
    /// <exception cref="OverflowException">The intermediate product is outside the range of a 64-bit number of pence.</exception>
    /// <remarks>Computed in whole-number arithmetic: exact, and fast enough for bulk recalculation.</remarks>
    public Money MultiplyThenDivide(long numerator, long denominator, MoneyRounding rounding)
    {
        if (denominator == 0)
        {
            throw new DivideByZeroException();
        }

        return new Money(DivideRounded(checked(pence * numerator), denominator, rounding));
    }

    /// <summary>Compares this amount with another.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Negative, zero or positive as this amount is less, equal or greater.</returns>
    public int CompareTo(Money other) => pence.CompareTo(other.pence);

    /// <summary>Compares this amount with another object, which must be a <see cref="Money"/>.</summary>
    /// <param name="obj">The other object; null sorts first.</param>
    /// <returns>Negative, zero or positive as this amount is less, equal or greater.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Money"/>.</exception>
    public int CompareTo(object? obj)
    {
        if (obj is null)
        {
            return 1;
        }

        if (obj is Money other)
        {
            return CompareTo(other);
        }

        throw new ArgumentException("Object must be of type Money.", nameof(obj));
    }

    /// <summary>Compares this amount with another for equality.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns><c>true</c> when both are the same number of pence.</returns>
    public bool Equals(Money other) => pence == other.pence;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => pence.GetHashCode();

    /// <summary>Formats the amount in the en-GB style, for example <c>£1,234.56</c> or <c>-£3.10</c>.</summary>
    /// <returns>The formatted amount, independent of the machine's culture.</returns>
    public override string ToString() => Format(includeSymbol: true, groupThousands: true);

    /// <summary>Formats the amount.</summary>
    /// <param name="format">
    /// <c>null</c>, <c>""</c> or <c>"G"</c> for <c>£1,234.56</c>; <c>"N"</c> for <c>1,234.56</c>; <c>"D"</c> for the plain
    /// decimal <c>1234.56</c> used in JSON and CSV.
    /// </param>
    /// <param name="formatProvider">Ignored: the format is always en-GB so that statements read the same everywhere.</param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats listed.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" => Format(includeSymbol: true, groupThousands: true),
        "N" => Format(includeSymbol: false, groupThousands: true),
        "D" => Format(includeSymbol: false, groupThousands: false),
        _ => throw new FormatException($"Unknown Money format '{format}'. Use G, N or D."),
    };

    /// <summary>Parses an amount written as <c>£1,234.56</c>, <c>-£3.10</c>, <c>1234.5</c> or <c>1234</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an amount of money to the penny.</exception>
    public static Money Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        if (!TryParse(text, out var result))
        {
            throw new FormatException(
                $"'{text}' is not an amount of money: expected pounds with at most two decimal places, such as £1,234.56 or -3.10.");
        }

        return result;
    }

    /// <summary>Tries to parse an amount; see <see cref="Parse(string)"/> for the accepted forms.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The amount, or zero when parsing fails.</param>
    /// <returns><c>true</c> when <paramref name="text"/> is a valid amount.</returns>
    public static bool TryParse(string? text, out Money result)
    {
        result = Zero;
        if (text is null)
        {
            return false;
        }

        var s = text.Trim();
        var negative = false;
        if (s.StartsWith("-", StringComparison.Ordinal) || s.StartsWith("\u2212", StringComparison.Ordinal))
        {
            negative = true;
            s = s.Substring(1);
        }

        if (s.StartsWith("£", StringComparison.Ordinal))
        {
            s = s.Substring(1);
        }

        if (!negative && (s.StartsWith("-", StringComparison.Ordinal) || s.StartsWith("\u2212", StringComparison.Ordinal)))
        {
            negative = true;
            s = s.Substring(1);
        }

        var point = s.IndexOf('.');
        var whole = point < 0 ? s : s.Substring(0, point);
        var fraction = point < 0 ? string.Empty : s.Substring(point + 1);
        if (point >= 0 && (fraction.Length == 0 || fraction.Length > 2))
        {
            return false;
        }

        if (!TryParseWholePounds(whole, out var pounds) || !AllDigits(fraction))
        {
            return false;
        }

        long fractionPence = fraction.Length switch
        {
            0 => 0,
            1 => (fraction[0] - '0') * 10,
            _ => ((fraction[0] - '0') * 10) + (fraction[1] - '0'),
        };

        try
        {
            var total = checked((pounds * 100) + fractionPence);
            result = new Money(negative ? -total : total);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    internal static long RoundToWholePence(decimal pence, MoneyRounding rounding)
    {
        var rounded = rounding switch
        {
            MoneyRounding.HalfUp => Math.Round(pence, 0, MidpointRounding.AwayFromZero),
            MoneyRounding.HalfEven => Math.Round(pence, 0, MidpointRounding.ToEven),
            MoneyRounding.Down => decimal.Truncate(pence),
            MoneyRounding.Up => pence < 0 ? decimal.Floor(pence) : decimal.Ceiling(pence),
            MoneyRounding.Floor => decimal.Floor(pence),
            MoneyRounding.Ceiling => decimal.Ceiling(pence),
            _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Unknown rounding mode."),
        };
        return decimal.ToInt64(rounded);
    }

    internal static long DivideRounded(long dividend, long divisor, MoneyRounding rounding)
    {
        if (divisor < 0)
        {
            dividend = checked(-dividend);
            divisor = checked(-divisor);
        }

        var quotient = dividend / divisor;
        var remainder = dividend % divisor;
        if (remainder == 0)
        {
            return quotient;
        }

        var sign = dividend < 0 ? -1L : 1L;
        var magnitude = Math.Abs(remainder);
        var versusHalf = magnitude.CompareTo(divisor - magnitude);
        return rounding switch
        {
            MoneyRounding.Down => quotient,
            MoneyRounding.Up => quotient + sign,
            MoneyRounding.Floor => sign < 0 ? quotient - 1 : quotient,
            MoneyRounding.Ceiling => sign > 0 ? quotient + 1 : quotient,
            MoneyRounding.HalfUp => versusHalf >= 0 ? quotient + sign : quotient,
            MoneyRounding.HalfEven => versusHalf > 0 || (versusHalf == 0 && quotient % 2 != 0) ? quotient + sign : quotient,
            _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Unknown rounding mode."),
        };
    }

    private static bool TryParseWholePounds(string whole, out long pounds)
    {
        pounds = 0;
        if (whole.Length == 0)
        {
            return false;
        }

        string digits;
        if (whole.IndexOf(',') >= 0)
        {
            var groups = whole.Split(',');
            if (groups[0].Length is 0 or > 3)
            {
                return false;
            }

            for (var i = 1; i < groups.Length; i++)
            {
                if (groups[i].Length != 3)
                {
                    return false;
                }
            }

            digits = string.Concat(groups);
        }
        else
        {
            digits = whole;
        }

        return AllDigits(digits)
            && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out pounds);
    }

    private static bool AllDigits(string s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private string Format(bool includeSymbol, bool groupThousands)
    {
        var magnitude = pence == long.MinValue ? (ulong)long.MaxValue + 1 : (ulong)Math.Abs(pence);
        var pounds = magnitude / 100;
        var penceOnly = magnitude % 100;
        var builder = new StringBuilder(24);
        if (pence < 0)
        {
            builder.Append('-');
        }

        if (includeSymbol)
        {
            builder.Append('£');
        }

        var digits = pounds.ToString(CultureInfo.InvariantCulture);
        if (groupThousands)
        {
            var firstGroup = digits.Length % 3;
            if (firstGroup == 0)
            {
                firstGroup = 3;
            }

            builder.Append(digits, 0, firstGroup);
            for (var i = firstGroup; i < digits.Length; i += 3)
            {
                builder.Append(',').Append(digits, i, 3);
            }
        }
        else
        {
            builder.Append(digits);
        }

        builder.Append('.').Append(penceOnly.ToString("00", CultureInfo.InvariantCulture));
        return builder.ToString();
    }
}
