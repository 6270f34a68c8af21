using System;

namespace Knowsley.CareDomain.Cli.Tests;

public sealed class CareAppTests
{
    [Fact]
    public void Version_prints_the_package_version()
    {
        var result = CliRunner.Run("--version");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("0.1.0", result.Out.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var result = CliRunner.Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("demo", result.Out, StringComparison.Ordinal);
        Assert.Contains("rules as code", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_command_fails()
    {
        var result = CliRunner.Run("frobnicate");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
    }
}
