using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Knowsley.CareDomain.Cli.Tests.Reviews;

public sealed class ReviewsCommandTests
{
    [Fact]
    public void Example_file_prints_counts_overdue_list_measures_and_waits()
    {
        var errors = Path.Combine(Path.GetTempPath(), $"review-errors-{Guid.NewGuid():N}.csv");
        try
        {
            var result = CliRunner.Run("reviews", CliRunner.Example("review-events.csv"), "--as-at", "2026-03-31", "--errors", errors);
            Assert.Equal(3, result.ExitCode); // the example has two deliberately bad rows
            Assert.Contains("rows read 39 = rows accepted 37 + rows rejected 2", result.Out, StringComparison.Ordinal);
            Assert.Contains("Overdue reviews (5)", result.Out, StringComparison.Ordinal);
            Assert.Contains("C-002", result.Out, StringComparison.Ordinal);
            Assert.Contains("Annual reviews completed on time", result.Out, StringComparison.Ordinal);
            Assert.Contains("OT assessment", result.Out, StringComparison.Ordinal);
            var lines = File.ReadAllLines(errors);
            Assert.Equal("row,field,reason", lines[0]);
            Assert.StartsWith("39,date,", lines[1], StringComparison.Ordinal);
            Assert.StartsWith("40,event,", lines[2], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(errors);
        }
    }

    [Fact]
    public void Json_output_is_machine_readable()
    {
        var result = CliRunner.Run("reviews", CliRunner.Example("review-events.csv"), "--as-at", "2026-03-31", "--json");
        using var json = JsonDocument.Parse(result.Out);
        var rows = json.RootElement.GetProperty("rows");
        Assert.Equal(39, rows.GetProperty("read").GetInt32());
        Assert.Equal(rows.GetProperty("read").GetInt32(), rows.GetProperty("accepted").GetInt32() + rows.GetProperty("rejected").GetInt32());
        var reviews = json.RootElement.GetProperty("reviews");
        Assert.Equal(5, reviews.GetProperty("overdue").GetArrayLength());
        var ot = reviews.GetProperty("waitingLists").EnumerateArray().First(g => g.GetProperty("waitType").GetString() == "occupational-therapy" && IsAbsent(g, "team") && IsAbsent(g, "ageBand"));
        Assert.Equal(70m, ot.GetProperty("completedMedianDays").GetDecimal());
        Assert.Equal(1, ot.GetProperty("waiting").GetInt32());
    }

    private static bool IsAbsent(JsonElement e, string name) => !e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null;

    [Fact]
    public void Csv_output_lists_every_overdue_review()
    {
        var result = CliRunner.Run("reviews", CliRunner.Example("review-events.csv"), "--as-at", "2026-03-31", "--csv");
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("case_id,person_id,review_type,team,due_date,days_overdue", lines[0].TrimEnd('\r'));
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("C-002,P-002,care-and-support-plan,South,2025-02-28,396", lines[1], StringComparison.Ordinal);
        Assert.Contains("rows read 39", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_option_changes_the_due_dates()
    {
        var result = CliRunner.Run("reviews", CliRunner.Example("review-events.csv"), "--as-at", "2026-03-31", "--csv", "--unplanned-does-not-reset");
        Assert.Contains("C-002,P-002,care-and-support-plan,South,2024-07-10,629", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-at", "31/03/2026", "--as-at must be a date")]
    [InlineData("--first-review-from", "assessment", "--first-review-from: must be one of plan-signed-off, service-started")]
    [InlineData("--next-review-from", "x", "--next-review-from: must be one of last-completed-review, previous-due-date")]
    [InlineData("--due-soon-days", "-1", "dueSoonDays")]
    public void Bad_options_are_named(string option, string value, string message)
    {
        var result = CliRunner.Run("reviews", CliRunner.Example("review-events.csv"), option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_columns_are_named()
    {
        var file = Path.Combine(Path.GetTempPath(), $"review-events-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, "event,case_id\nplan-signed-off,C1\n");
        try
        {
            var result = CliRunner.Run("reviews", file, "--as-at", "2026-03-31");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("missing column(s): person_id, date", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Demo_has_a_reviews_section()
    {
        var result = CliRunner.Run("demo", "--people", "2000", "--json", "--as-at", "2026-03-31");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var reviews = json.RootElement.GetProperty("reviews");
        Assert.True(reviews.GetProperty("cases").GetInt32() > 1000);
        Assert.True(reviews.GetProperty("medianWaitDays").GetProperty("assessment").GetProperty("waiting").GetInt32() > 0);
    }
}
