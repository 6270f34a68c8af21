using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Knowsley.CareDomain.Tests;

public sealed class MoneyProperties
{
    // Realistic range: up to £10 billion either way.
    private const long Limit = 1_000_000_000_000L;

    private static Arbitrary<Money> Amounts()
        => Gen.Choose(-1_000_000, 1_000_000)
            .SelectMany(high => Gen.Choose(0, 1_000_000), (high, low) => Money.FromPence((high * 1_000_000L) + low))
            .Where(m => m.Pence > -Limit && m.Pence < Limit)
            .ToArbitrary();

    [Property]
    public Property Addition_and_subtraction_are_inverse()
        => Prop.ForAll(Amounts(), Amounts(), (a, b) => (a + b) - b == a && (a - b) + b == a);

    [Property]
    public Property Addition_is_commutative_and_associative()
        => Prop.ForAll(Amounts(), Amounts(), Amounts(), (a, b, c) => a + b == b + a && (a + b) + c == a + (b + c));

    [Property]
    public Property Format_then_parse_is_identity()
        => Prop.ForAll(Amounts(), a => Money.Parse(a.ToString()) == a && Money.Parse(a.ToString("D", null)) == a);

    [Property]
    public Property Rounding_modes_bracket_the_exact_value()
        => Prop.ForAll(Amounts(), Gen.Choose(1, 1000).ToArbitrary(), (a, divisor) =>
        {
            var exact = a.Pounds / divisor;
            var down = a.Divide(divisor, MoneyRounding.Floor).Pounds;
            var up = a.Divide(divisor, MoneyRounding.Ceiling).Pounds;
            var nearest = a.Divide(divisor, MoneyRounding.HalfUp).Pounds;
            return down <= exact && exact <= up && up - down <= 0.01m && (nearest == down || nearest == up);
        });

    [Property]
    public Property Realistic_sums_do_not_overflow()
        => Prop.ForAll(Amounts(), Gen.Choose(1, 100_000).ToArbitrary(), (a, count) =>
        {
            var total = Money.Zero;
            for (var i = 0; i < count; i++)
            {
                total += a;
            }

            return total == a * count && total.Pounds == a.Pounds * count;
        });

    [Property]
    public Property MultiplyThenDivide_agrees_with_exact_decimal_rounding_in_every_mode()
        => Prop.ForAll(
            Amounts(),
            Gen.Choose(-60, 60).SelectMany(n => Gen.Choose(-60, 60).Where(d => d != 0), (n, d) => (Numerator: n, Denominator: d)).ToArbitrary(),
            Gen.Elements(MoneyRounding.HalfUp, MoneyRounding.HalfEven, MoneyRounding.Down, MoneyRounding.Up, MoneyRounding.Floor, MoneyRounding.Ceiling).ToArbitrary(),
            (a, ratio, rounding) =>
            {
                var (numerator, denominator) = ratio;
                var exactPounds = a.Pounds * numerator / denominator;
                var expected = Money.FromPounds(exactPounds, rounding);
                return a.MultiplyThenDivide(numerator, denominator, rounding) == expected;
            });

    [Theory]
    [InlineData(5L, 10L, MoneyRounding.HalfEven, 0L)]
    [InlineData(15L, 10L, MoneyRounding.HalfEven, 2L)]
    [InlineData(25L, 10L, MoneyRounding.HalfEven, 2L)]
    [InlineData(-25L, 10L, MoneyRounding.HalfEven, -2L)]
    [InlineData(-15L, 10L, MoneyRounding.HalfUp, -2L)]
    [InlineData(-11L, 10L, MoneyRounding.Floor, -2L)]
    [InlineData(-19L, 10L, MoneyRounding.Ceiling, -1L)]
    [InlineData(19L, -10L, MoneyRounding.Down, -1L)]
    public void Whole_number_division_rounds_ties_and_signs_correctly(long pence, long denominator, MoneyRounding rounding, long expected)
        => Assert.Equal(expected, Money.FromPence(pence).MultiplyThenDivide(1, denominator, rounding).Pence);
}
