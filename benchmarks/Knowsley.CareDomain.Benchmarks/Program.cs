using BenchmarkDotNet.Running;

namespace Knowsley.CareDomain.Benchmarks;

/// <summary>
/// Runs the benchmarks. Examples:
/// <c>dotnet run -c Release --project benchmarks/Knowsley.CareDomain.Benchmarks -- --filter '*' --job short</c>;
/// <c>... -- --list flat</c> to see them. Results go to <c>docs/benchmarks.md</c> with the machine and command.
/// </summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
