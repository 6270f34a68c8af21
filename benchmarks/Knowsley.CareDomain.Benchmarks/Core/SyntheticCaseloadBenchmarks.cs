using BenchmarkDotNet.Attributes;
using Knowsley.CareDomain.Synthetic;

namespace Knowsley.CareDomain.Benchmarks.Core;

/// <summary>Generating the synthetic caseload: the default Knowsley-sized one and a 100,000-person one.</summary>
[MemoryDiagnoser]
public class SyntheticCaseloadBenchmarks
{
    [Params(3_960, 100_000)]
    public int People { get; set; }

    [Benchmark]
    public int Generate() => SyntheticCaseloadGenerator.Generate(new SyntheticCaseloadOptions(People)).People.Count;
}
