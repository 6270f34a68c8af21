using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Knowsley.CareDomain.Synthetic.Tests;

public sealed class SyntheticRandomTests
{
    [Fact]
    public void Sequence_is_fixed_for_a_seed()
    {
        // SplitMix64 reference values for seed 0 (Vigna's splitmix64.c).
        var random = new SyntheticRandom(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, random.NextUInt64());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.NextUInt64());
    }

    [Property]
    public Property Next_stays_in_range()
        => Prop.ForAll(ArbMap.Default.ArbFor<ulong>(), Gen.Choose(-1000, 1000).ToArbitrary(), Gen.Choose(1, 1000).ToArbitrary(), (seed, min, width) =>
        {
            var value = new SyntheticRandom(seed).Next(min, min + width);
            return value >= min && value < min + width;
        });

    [Property]
    public Property NextMoney_stays_in_range()
        => Prop.ForAll(ArbMap.Default.ArbFor<ulong>(), Gen.Choose(0, 1_000_000).ToArbitrary(), Gen.Choose(0, 1_000_000).ToArbitrary(), (seed, a, b) =>
        {
            var min = Money.FromPence(Math.Min(a, b));
            var max = Money.FromPence(Math.Max(a, b));
            var value = new SyntheticRandom(seed).NextMoney(min, max);
            return value >= min && value <= max;
        });

    [Fact]
    public void Weighted_picks_follow_the_weights()
    {
        var random = new SyntheticRandom(42);
        var picks = Enumerable.Range(0, 10_000).Select(_ => random.PickWeighted(new[] { ("a", 1), ("b", 3), ("c", 0) })).ToArray();
        Assert.DoesNotContain("c", picks);
        Assert.InRange(picks.Count(p => p == "b"), 7_200, 7_800);
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        var random = new SyntheticRandom(1);
        Assert.Equal("maxExclusive", Assert.Throws<ArgumentOutOfRangeException>(() => random.Next(5, 5)).ParamName);
        Assert.Equal("items", Assert.Throws<ArgumentException>(() => random.Pick(Array.Empty<int>())).ParamName);
        Assert.Equal("weighted", Assert.Throws<ArgumentException>(() => random.PickWeighted(new[] { ("a", 0) })).ParamName);
        Assert.Equal("max", Assert.Throws<ArgumentOutOfRangeException>(() => random.NextMoney(Money.FromPence(2), Money.FromPence(1))).ParamName);
    }
}
