using BenchmarkDotNet.Attributes;

namespace Knowsley.CareDomain.Benchmarks.Core;

/// <summary>Exact money arithmetic and weekly-equivalent conversion over a million amounts.</summary>
[MemoryDiagnoser]
public class MoneyBenchmarks
{
    private const int Count = 1_000_000;
    private Money[] amounts = null!;

    [GlobalSetup]
    public void Setup()
    {
        amounts = new Money[Count];
        for (var i = 0; i < Count; i++)
        {
            amounts[i] = Money.FromPence((i * 7919L) % 500_000);
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public Money Sum()
    {
        var total = Money.Zero;
        foreach (var amount in amounts)
        {
            total += amount;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public Money MonthlyToWeekly()
    {
        var total = Money.Zero;
        foreach (var amount in amounts)
        {
            total += Frequency.CalendarMonthly.ToWeekly(amount);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public Money PercentageUplift()
    {
        var total = Money.Zero;
        foreach (var amount in amounts)
        {
            total += amount.Multiply(1.25m, MoneyRounding.HalfUp);
        }

        return total;
    }
}
