namespace Knowsley.CareDomain;

/// <summary>
/// How an amount that falls between two whole pence is brought to a whole penny.
/// </summary>
/// <remarks>
/// Every operation on <see cref="Money"/> that can produce a fraction of a penny takes one of these
/// explicitly: there is no default rounding anywhere in the library. The social security convention,
/// "a fraction of a penny of one half or more counts as a penny and less than one half is ignored"
/// (for example SI 1992/1815 reg. 2(2)), is <see cref="HalfUp"/>.
/// </remarks>
public enum MoneyRounding
{
    /// <summary>To the nearest penny; exactly half a penny goes away from zero (0.5p to 1p, -0.5p to -1p).</summary>
    HalfUp = 0,

    /// <summary>To the nearest penny; exactly half a penny goes to the even penny (banker's rounding).</summary>
    HalfEven = 1,

    /// <summary>Towards zero: any fraction of a penny is dropped.</summary>
    Down = 2,

    /// <summary>Away from zero: any fraction of a penny counts as a whole penny.</summary>
    Up = 3,

    /// <summary>Towards negative infinity.</summary>
    Floor = 4,

    /// <summary>Towards positive infinity.</summary>
    Ceiling = 5,
}
