using System;
using System.Linq;

namespace Knowsley.CareDomain.Synthetic.Tests;

public sealed class MoneyQuantilesTests
{
    [Fact]
    public void Nearest_rank_quantiles_of_one_to_ten_pounds()
    {
        var amounts = Enumerable.Range(1, 10).Select(p => Money.FromPounds(p)).Reverse().ToArray();
        var q = MoneyQuantiles.Of(amounts);
        Assert.Equal(10, q.Count);
        Assert.Equal(Money.FromPounds(1m), q.Minimum);
        Assert.Equal(Money.FromPounds(1m), q.Percentile10);
        Assert.Equal(Money.FromPounds(5m), q.Median);
        Assert.Equal(Money.FromPounds(9m), q.Percentile90);
        Assert.Equal(Money.FromPounds(10m), q.Maximum);
    }

    [Fact]
    public void Empty_gives_zeroes()
        => Assert.Equal(0, MoneyQuantiles.Of(Array.Empty<Money>()).Count);
}
