using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Testing;

namespace Knowsley.CareDomain.Cli.Tests;

/// <summary>Runs the <c>care</c> tool in-process with captured output and a fixed clock.</summary>
internal static class CliRunner
{
    internal static readonly Instant FixedNow = Instant.FromUtc(2026, 3, 31, 9, 0);

    internal static CliResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var services = CliServices.ForWriters(output, error, new FakeClock(FixedNow));
        var exitCode = CareApp.Run(args, services);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The path of a file under the repository's <c>docs/examples</c> folder.</summary>
    internal static string Example(string name)
    {
        var root = typeof(CliRunner).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
        return Path.Combine(root, "docs", "examples", name);
    }
}

/// <summary>What a run printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error);
