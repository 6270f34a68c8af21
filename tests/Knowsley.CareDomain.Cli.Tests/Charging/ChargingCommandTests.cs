using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Knowsley.CareDomain.Cli.Tests.Charging;

public sealed class ChargingCommandTests
{
    [Fact]
    public void Charge_prints_the_statement_with_the_weekly_charge_and_citations()
    {
        var result = CliRunner.Run("charge", CliRunner.Example("charging-assessment.json"));
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Your weekly charge is £153.12.", result.Out, StringComparison.Ordinal);
        Assert.Contains("Tariff income", result.Out, StringComparison.Ordinal);
        Assert.Contains("[SI 2014/2672 reg. 25]", result.Out, StringComparison.Ordinal);
        Assert.Contains("Weekly cost of the care arranged", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Charge_json_gives_the_figures_by_heading()
    {
        var result = CliRunner.Run("charge", CliRunner.Example("charging-assessment.json"), "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("153.12", root.GetProperty("weeklyCharge").GetString());
        Assert.Equal("185.00", root.GetProperty("costOfCare").GetString());
        Assert.Equal("21.00", root.GetProperty("tariffIncome").GetString());
        Assert.Equal("214.35", root.GetProperty("amountsByHeading").GetProperty("minimum-income-guarantee").GetString());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("explanation").ValueKind);
    }

    [Fact]
    public void Charge_markdown_is_a_markdown_statement()
    {
        var result = CliRunner.Run("charge", CliRunner.Example("charging-assessment.json"), "--markdown");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("**Your weekly charge is £153.12.**", result.Out, StringComparison.Ordinal);
        Assert.Contains("### Financial assessment EXAMPLE-001", result.Out, StringComparison.Ordinal);
        Assert.Contains("*SI 2014/2672 reg. 25*", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Charge_with_invalid_input_names_each_field_and_exits_2()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bad-assessment-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{\"id\":\"X\",\"kind\":\"non-residential\",\"assessmentDate\":\"2023-06-05\",\"weeklyCostOfCare\":\"-1.00\"}");
        try
        {
            var result = CliRunner.Run("charge", file);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("person", result.Error, StringComparison.Ordinal);
            Assert.Contains("weeklyCostOfCare", result.Error, StringComparison.Ordinal);
            Assert.Equal(string.Empty, result.Out);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Charge_with_a_missing_file_is_a_clear_error()
    {
        var result = CliRunner.Run("charge", Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("missing-", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("charging-caseload.jsonl", 5, 2, 3)]
    [InlineData("charging-caseload.csv", 4, 3, 1)]
    public void Recalc_loses_no_row(string example, int read, int written, int rejected)
    {
        var output = Path.Combine(Path.GetTempPath(), $"recalc-out-{Guid.NewGuid():N}.csv");
        var errors = Path.Combine(Path.GetTempPath(), $"recalc-errors-{Guid.NewGuid():N}.csv");
        try
        {
            var result = CliRunner.Run("recalc", CliRunner.Example(example), "--from", "2022-23", "--to", "2023-24", "--out", output, "--errors", errors);
            Assert.Equal(3, result.ExitCode);
            Assert.Contains($"rows read {read} = rows written {written} + rows rejected {rejected}", result.Out, StringComparison.Ordinal);
            var results = File.ReadAllLines(output);
            Assert.Equal("row,id,old_charge,new_charge,difference,moved", results[0]);
            Assert.Equal(written, results.Length - 1);
            var errorRows = File.ReadAllLines(errors).Skip(1).Select(l => l.Split(',')[0]).Distinct().Count();
            Assert.Equal(rejected, errorRows);
            var resultRows = results.Skip(1).Select(l => l.Split(',')[0]);
            var errorRowNumbers = File.ReadAllLines(errors).Skip(1).Select(l => l.Split(',')[0]);
            Assert.Empty(resultRows.Intersect(errorRowNumbers));
        }
        finally
        {
            File.Delete(output);
            File.Delete(errors);
        }
    }

    [Fact]
    public void Recalc_reports_old_and_new_charge_and_the_headings_that_moved()
    {
        var output = Path.Combine(Path.GetTempPath(), $"recalc-out-{Guid.NewGuid():N}.csv");
        var errors = Path.Combine(Path.GetTempPath(), $"recalc-errors-{Guid.NewGuid():N}.csv");
        try
        {
            CliRunner.Run("recalc", CliRunner.Example("charging-caseload.jsonl"), "--from", "2022-23", "--to", "2023-24", "--out", output, "--errors", errors);
            var first = File.ReadAllLines(output)[1].Split(',');
            Assert.Equal("EXAMPLE-001", first[1]);
            Assert.Equal(decimal.Parse(first[3], System.Globalization.CultureInfo.InvariantCulture) - decimal.Parse(first[2], System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(first[4], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains("minimum-income-guarantee", first[5], StringComparison.Ordinal);
            var errorLines = File.ReadAllLines(errors);
            Assert.Contains(errorLines, l => l.StartsWith("3,income[0].type,", StringComparison.Ordinal));
            Assert.Contains(errorLines, l => l.StartsWith("4,weeklyCostOfCare,", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(output);
            File.Delete(errors);
        }
    }

    [Fact]
    public void Recalc_rejects_a_malformed_rate_year_naming_the_option()
    {
        var output = Path.Combine(Path.GetTempPath(), $"recalc-out-{Guid.NewGuid():N}.csv");
        var errors = Path.Combine(Path.GetTempPath(), $"recalc-errors-{Guid.NewGuid():N}.csv");
        try
        {
            var result = CliRunner.Run("recalc", CliRunner.Example("charging-caseload.jsonl"), "--from", "2022", "--to", "2023-24", "--out", output, "--errors", errors);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--from", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(output);
            File.Delete(errors);
        }
    }
}
