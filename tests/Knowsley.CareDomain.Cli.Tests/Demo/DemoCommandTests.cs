using System;
using System.Text.Json;

namespace Knowsley.CareDomain.Cli.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_prints_the_caseload_summary()
    {
        var result = CliRunner.Run("demo", "--people", "400", "--seed", "11");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Contains("Synthetic caseload", result.Out, StringComparison.Ordinal);
        Assert.Contains("In long term support", result.Out, StringComparison.Ordinal);
        Assert.Contains("Long term support: Community", result.Out, StringComparison.Ordinal);
        Assert.Contains("Seed 11; as at 2024-03-31", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_is_deterministic()
        => Assert.Equal(CliRunner.Run("demo", "--people", "300").Out, CliRunner.Run("demo", "--people", "300").Out);

    [Fact]
    public void Demo_json_is_machine_readable()
    {
        var result = CliRunner.Run("demo", "--people", "396", "--json", "--as-at", "2025-03-31");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var caseload = json.RootElement.GetProperty("caseload");
        Assert.Equal(396, caseload.GetProperty("people").GetInt32());
        Assert.Equal(370, caseload.GetProperty("longTermSupport").GetInt32());
        Assert.Equal(26, caseload.GetProperty("shortTermSupport").GetInt32());
        Assert.Equal("2025-03-31", caseload.GetProperty("asAt").GetString());
        Assert.Equal(JsonValueKind.String, caseload.GetProperty("weeklyIncome").GetProperty("median").ValueKind);
    }

    [Theory]
    [InlineData("--people", "0", "--people must be between 1 and 10,000,000")]
    [InlineData("--people", "many", "many")]
    [InlineData("--as-at", "31/03/2024", "--as-at must be a date")]
    public void Bad_options_are_named(string option, string value, string message)
    {
        var result = CliRunner.Run("demo", option, value);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }
}
