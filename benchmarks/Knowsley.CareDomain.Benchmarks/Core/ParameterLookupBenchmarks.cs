using BenchmarkDotNet.Attributes;
using Knowsley.CareDomain.Parameters;
using NodaTime;

namespace Knowsley.CareDomain.Benchmarks.Core;

/// <summary>Dated parameter lookups (binary search) and loading the embedded parameter file.</summary>
[MemoryDiagnoser]
public class ParameterLookupBenchmarks
{
    private const int Count = 1_000_000;
    private Parameter allowance = null!;
    private LocalDate[] dates = null!;

    [GlobalSetup]
    public void Setup()
    {
        allowance = ParameterSet.FromEmbeddedResources(typeof(ParameterLookupBenchmarks).Assembly)["bench.allowance"];
        dates = new LocalDate[Count];
        var start = new LocalDate(2015, 4, 6);
        for (var i = 0; i < Count; i++)
        {
            dates[i] = start.PlusDays(i % 4000);
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public Money MoneyOn()
    {
        var total = Money.Zero;
        foreach (var date in dates)
        {
            total += allowance.MoneyOn(date);
        }

        return total;
    }

    [Benchmark]
    public ParameterSet LoadEmbedded() => ParameterSet.FromEmbeddedResources(typeof(ParameterLookupBenchmarks).Assembly);
}
