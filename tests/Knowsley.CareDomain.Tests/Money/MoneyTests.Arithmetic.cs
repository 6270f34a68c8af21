using System;

namespace Knowsley.CareDomain.Tests;

public sealed class MoneyArithmeticTests
{
    [Fact]
    public void FromPounds_keeps_pence_exactly()
    {
        Assert.Equal(123456L, Money.FromPounds(1234.56m).Pence);
        Assert.Equal(-310L, Money.FromPounds(-3.10m).Pence);
        Assert.Equal(1234.56m, Money.FromPounds(1234.56m).Pounds);
    }

    [Fact]
    public void FromPounds_rejects_a_fraction_of_a_penny_and_names_the_parameter()
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.FromPounds(1.005m));
        Assert.Equal("pounds", ex.ParamName);
        Assert.Contains("fraction of a penny", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.005", MoneyRounding.HalfUp, 101)]
    [InlineData("1.005", MoneyRounding.HalfEven, 100)]
    [InlineData("1.015", MoneyRounding.HalfEven, 102)]
    [InlineData("1.009", MoneyRounding.Down, 100)]
    [InlineData("1.001", MoneyRounding.Up, 101)]
    [InlineData("-1.005", MoneyRounding.HalfUp, -101)]
    [InlineData("-1.001", MoneyRounding.Up, -101)]
    [InlineData("-1.001", MoneyRounding.Down, -100)]
    [InlineData("-1.001", MoneyRounding.Floor, -101)]
    [InlineData("-1.009", MoneyRounding.Ceiling, -100)]
    [InlineData("1.004", MoneyRounding.HalfUp, 100)]
    public void FromPounds_rounds_as_told(string pounds, MoneyRounding rounding, long expectedPence)
        => Assert.Equal(expectedPence, Money.FromPounds(decimal.Parse(pounds, System.Globalization.CultureInfo.InvariantCulture), rounding).Pence);

    [Fact]
    public void Addition_subtraction_and_negation_are_exact()
    {
        var a = Money.FromPounds(0.10m);
        var b = Money.FromPounds(0.20m);
        Assert.Equal(Money.FromPounds(0.30m), a + b);
        Assert.Equal(Money.FromPounds(-0.10m), a - b);
        Assert.Equal(Money.FromPounds(-0.10m), -a);
        Assert.Equal(Money.FromPounds(0.70m), a * 7);
        Assert.Equal(Money.FromPounds(0.70m), 7 * a);
    }

    [Fact]
    public void Multiply_by_a_rate_rounds_once()
    {
        // A 25% MIG buffer on £228.70 is £285.875, which rounds half up to £285.88.
        Assert.Equal(Money.FromPounds(285.88m), Money.FromPounds(228.70m).Multiply(1.25m, MoneyRounding.HalfUp));
        Assert.Equal(Money.FromPounds(285.87m), Money.FromPounds(228.70m).Multiply(1.25m, MoneyRounding.Down));
    }

    [Fact]
    public void Divide_rounds_as_told_and_rejects_zero()
    {
        Assert.Equal(Money.FromPounds(33.33m), Money.FromPounds(100m).Divide(3m, MoneyRounding.HalfUp));
        Assert.Equal(Money.FromPounds(33.34m), Money.FromPounds(100m).Divide(3m, MoneyRounding.Up));
        Assert.Throws<DivideByZeroException>(() => Money.FromPounds(100m).Divide(0m, MoneyRounding.HalfUp));
    }

    [Fact]
    public void MultiplyThenDivide_rounds_only_at_the_end()
    {
        // £1,000 a month is £1,000 x 12 / 52 = £230.769... a week, £230.77.
        Assert.Equal(Money.FromPounds(230.77m), Money.FromPounds(1000m).MultiplyThenDivide(12, 52, MoneyRounding.HalfUp));
        Assert.Equal(Money.FromPounds(12m), Money.FromPounds(52m).MultiplyThenDivide(12, 52, MoneyRounding.HalfUp));
        Assert.Throws<DivideByZeroException>(() => Money.FromPounds(1m).MultiplyThenDivide(1, 0, MoneyRounding.HalfUp));
    }

    [Fact]
    public void Comparison_min_max_sum_and_floor_at_zero()
    {
        var small = Money.FromPounds(1m);
        var large = Money.FromPounds(2m);
        var same = Money.FromPounds(1m);
        Assert.True(small < large && large > small && small <= same && same >= small && small != large && small == same);
        Assert.Equal(large, Money.Max(small, large));
        Assert.Equal(small, Money.Min(small, large));
        Assert.Equal(Money.FromPounds(3m), Money.Sum(new[] { small, large }));
        Assert.Equal(Money.Zero, Money.Sum(Array.Empty<Money>()));
        Assert.Equal(Money.Zero, (-large).AtLeastZero());
        Assert.Equal(large, large.AtLeastZero());
        Assert.True(Money.Zero.IsZero && (-small).IsNegative && small.IsPositive);
        Assert.Equal(-1, small.CompareTo(large));
        Assert.Equal(1, small.CompareTo(null));
        Assert.Throws<ArgumentException>(() => small.CompareTo("£1.00"));
    }

    [Fact]
    public void Overflow_throws_rather_than_wrapping()
    {
        var huge = Money.FromPence(long.MaxValue);
        Assert.Throws<OverflowException>(() => huge + Money.FromPence(1));
        Assert.Throws<OverflowException>(() => huge * 2);
        Assert.Throws<OverflowException>(() => -Money.FromPence(long.MinValue));
    }
}
