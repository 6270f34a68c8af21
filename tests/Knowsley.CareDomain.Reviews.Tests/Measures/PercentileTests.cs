using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Knowsley.CareDomain.Reviews.Measures;

namespace Knowsley.CareDomain.Reviews.Tests.Measures;

public sealed class PercentileTests
{
    [Fact]
    public void Dhsc_example_median_of_an_even_count_is_interpolated()
        => Assert.Equal(7.5m, Percentile.Median(new[] { 20, 3, 10, 5 })); // reviews-and-timeliness.md 7.2

    [Theory]
    // Hand-worked: sorted 1,2,4,7,11 (n=5). p=0.25: h=1 -> 2. p=0.9: h=3.6 -> 7 + 0.6*4 = 9.4. p=0.1: h=0.4 -> 1.4.
    [InlineData(0.25, 2.0)]
    [InlineData(0.9, 9.4)]
    [InlineData(0.1, 1.4)]
    [InlineData(0.5, 4.0)]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 11.0)]
    // p=0.75 on 1,2,4,7,11: h=3 -> 7; p=0.7: h=2.8 -> 4 + 0.8*3 = 6.4.
    [InlineData(0.75, 7.0)]
    [InlineData(0.7, 6.4)]
    public void Hand_worked_percentiles(double p, double expected)
        => Assert.Equal((decimal)expected, Percentile.Continuous(new[] { 1, 2, 4, 7, 11 }, (decimal)p));

    [Fact]
    public void Interpolation_is_exact_decimal()
    {
        // 0.1 and 0.3 have no exact double; in decimal the interpolation is exact.
        Assert.Equal(1m, Percentile.Continuous(new[] { 0, 10 }, 0.1m));
        Assert.Equal(3.3m, Percentile.Continuous(new[] { 0, 11 }, 0.3m));
    }

    [Fact]
    public void Single_value()
        => Assert.Equal(42m, Percentile.Median(new[] { 42 }));

    [Fact]
    public void Empty_and_out_of_range_fail()
    {
        Assert.Throws<ArgumentException>(() => Percentile.Median(Array.Empty<int>()));
        Assert.Throws<ArgumentException>(() => Percentile.Continuous(new[] { 1 }, 1.5m));
        Assert.Throws<ArgumentException>(() => Percentile.Continuous(new[] { 1 }, -0.1m));
    }

    [Property]
    public Property Median_lies_between_min_and_max()
        => Prop.ForAll(Gen.NonEmptyListOf(Gen.Choose(0, 2000)).ToArbitrary(), values =>
        {
            var m = Percentile.Median(values);
            return m >= values.Min() && m <= values.Max();
        });

    [Property]
    public Property Median_does_not_depend_on_order()
        => Prop.ForAll(Gen.NonEmptyListOf(Gen.Choose(0, 2000)).ToArbitrary(), values =>
            Percentile.Median(values) == Percentile.Median(Enumerable.Reverse(values)) && Percentile.Median(values) == Percentile.Median(values.OrderBy(v => v % 7)));

    [Property]
    public Property Percentiles_are_monotone_in_p()
        => Prop.ForAll(Gen.NonEmptyListOf(Gen.Choose(0, 2000)).ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (values, a, b) =>
        {
            var sorted = values.OrderBy(v => v).ToArray();
            var (lo, hi) = a <= b ? (a, b) : (b, a);
            return Percentile.Continuous(sorted, lo / 100m) <= Percentile.Continuous(sorted, hi / 100m);
        });
}
