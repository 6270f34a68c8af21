using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Knowsley.CareDomain.Cli.Tests.Eligibility;

public sealed class EligibilityCommandTests
{
    [Fact]
    public void Example_file_prints_the_decision_explanation_and_letter()
    {
        var result = CliRunner.Run("eligibility", CliRunner.Example("eligibility-determination.json"));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.StartsWith("Decision: eligible; Duty to meet the eligible needs (Care Act 2014 s.18(1))", result.Out, StringComparison.Ordinal);
        Assert.Contains("[SI 2015/313 reg. 2(1)(b)]", result.Out, StringComparison.Ordinal);
        Assert.Contains("# Your eligibility decision", result.Out, StringComparison.Ordinal);
        Assert.Contains("Local Government and Social Care Ombudsman", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Council_name_and_contact_head_the_letter()
    {
        var result = CliRunner.Run("eligibility", CliRunner.Example("eligibility-determination.json"), "--council-name", "Knowsley Council", "--contact", "Adult Social Care contact centre, 9am to 5pm");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("**Knowsley Council**", result.Out, StringComparison.Ordinal);
        Assert.Contains("Adult Social Care contact centre, 9am to 5pm", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("**the council**", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_output_has_the_explanation_and_the_letter()
    {
        var result = CliRunner.Run("eligibility", CliRunner.Example("eligibility-determination.json"), "--markdown");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("### Eligibility determination", result.Out, StringComparison.Ordinal);
        Assert.Contains("| Managing and maintaining nutrition | Unable to achieve |", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Example_letter_is_written_to_the_person()
    {
        var result = CliRunner.Run("eligibility", CliRunner.Example("eligibility-determination.json"), "--markdown");
        Assert.Equal(0, result.ExitCode);
        var letter = result.Out.Substring(result.Out.IndexOf("# Your eligibility decision", StringComparison.Ordinal));
        Assert.Contains("Dear Mrs J Example,", letter, StringComparison.Ordinal);
        Assert.Contains("You are unable to achieve 3 of the 10 outcomes: managing and maintaining nutrition; maintaining personal hygiene; and being able to make use of your home safely.", letter, StringComparison.Ordinal);
        Assert.Contains("We recorded: “Two falls getting out of the bath in January; a strip wash takes over an hour on good days.”", letter, StringComparison.Ordinal);
        Assert.Contains("Your carer meets this eligible need at the moment:", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("the adult", letter, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("; Able", letter, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_is_machine_readable()
    {
        var result = CliRunner.Run("eligibility", CliRunner.Example("eligibility-determination.json"), "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.True(root.GetProperty("eligible").GetBoolean());
        Assert.Equal("adult", root.GetProperty("subject").GetString());
        Assert.Equal("duty-s18", root.GetProperty("meetingNeeds").GetProperty("basis").GetString());
        Assert.Equal("nutrition", root.GetProperty("meetingNeeds").GetProperty("needsMetByCarer")[0].GetString());
        Assert.Equal(3, root.GetProperty("conditions").GetArrayLength());
        Assert.Equal("2025-01-06", root.GetProperty("periodConsidered").GetProperty("start").GetString());
        Assert.StartsWith("# Your eligibility decision", root.GetProperty("letter").GetString(), StringComparison.Ordinal);
    }

    // The recorded facts the letter uses are in the JSON output too: the assessment kind (s.13(1)), the impact way, and
    // what a pending decision waits on (Care Act 2014 s.13(3)(c), s.17).
    [Fact]
    public void Json_output_carries_the_kind_the_impact_way_and_what_the_decision_waits_on()
    {
        var result = CliRunner.Run("eligibility", CliRunner.Example("eligibility-determination.json"), "--json");
        Assert.Equal(0, result.ExitCode);
        using (var json = JsonDocument.Parse(result.Out))
        {
            var root = json.RootElement;
            Assert.Equal("needs-assessment", root.GetProperty("assessmentKind").GetString());
            Assert.Equal("cumulative", root.GetProperty("significantImpactWay").GetString());
            Assert.False(root.TryGetProperty("carerHealth", out _));
            Assert.Equal(0, root.GetProperty("meetingNeeds").GetProperty("noDutyReasons").GetArrayLength());
            Assert.Equal(0, root.GetProperty("meetingNeeds").GetProperty("waitingOn").GetArrayLength());
        }

        var path = Path.Combine(Path.GetTempPath(), $"eligibility-{Guid.NewGuid():N}.json");
        try
        {
            var text = File.ReadAllText(CliRunner.Example("eligibility-determination.json"))
                .Replace("\"ordinaryResidence\": \"in-area\"", "\"ordinaryResidence\": \"not-established\"", StringComparison.Ordinal)
                .Replace("\"financialPosition\": \"at-or-below-limit\"", "\"financialPosition\": \"not-yet-assessed\"", StringComparison.Ordinal);
            File.WriteAllText(path, text);
            var pending = CliRunner.Run("eligibility", path, "--json");
            Assert.Equal(0, pending.ExitCode);
            using var json = JsonDocument.Parse(pending.Out);
            var meeting = json.RootElement.GetProperty("meetingNeeds");
            Assert.Equal("pending", meeting.GetProperty("basis").GetString());
            Assert.Equal(new[] { "ordinary-residence-not-established", "financial-assessment-not-done" }, meeting.GetProperty("waitingOn").EnumerateArray().Select(e => e.GetString()).ToArray());
            Assert.Contains("we still need to find out where you are ordinarily resident", json.RootElement.GetProperty("letter").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_contradictory_finding_is_named_with_exit_code_2()
    {
        var path = Path.Combine(Path.GetTempPath(), $"eligibility-{Guid.NewGuid():N}.json");
        try
        {
            var text = File.ReadAllText(CliRunner.Example("eligibility-determination.json"))
                .Replace("\"outcome\": \"toilet-needs\",\n      \"achieved\": true,", "\"outcome\": \"toilet-needs\",\n      \"achieved\": true,\n      \"reasons\": [\"without-assistance\"],", StringComparison.Ordinal);
            File.WriteAllText(path, text);
            var result = CliRunner.Run("eligibility", path);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("findings[3].reasons", result.Error, StringComparison.Ordinal);
            Assert.Contains("contradictory-finding", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_reported()
    {
        var result = CliRunner.Run("eligibility", "no-such-file.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-file.json", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_adds_the_eligibility_section()
    {
        var result = CliRunner.Run("demo", "--people", "400", "--seed", "11");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Eligibility (Care Act 2014 s.13; SI 2015/313)", result.Out, StringComparison.Ordinal);
        Assert.Contains("Most common unmet outcomes", result.Out, StringComparison.Ordinal);
        Assert.Contains("Carers (reg. 3)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_json_counts_conditions_consistently()
    {
        var result = CliRunner.Run("demo", "--people", "500", "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var adults = json.RootElement.GetProperty("eligibility").GetProperty("adults");
        var assessed = adults.GetProperty("assessed").GetInt32();
        var eligible = adults.GetProperty("eligible").GetInt32();
        Assert.Equal(500, assessed);
        Assert.True(eligible <= adults.GetProperty("impairmentOrIllness").GetInt32());
        Assert.True(eligible <= adults.GetProperty("unableToAchieveTwoOrMore").GetInt32());
        Assert.True(eligible <= adults.GetProperty("significantImpact").GetInt32());
        Assert.True(eligible > 0);
        var carers = json.RootElement.GetProperty("eligibility").GetProperty("carers");
        Assert.True(carers.GetProperty("eligible").GetInt32() <= carers.GetProperty("assessed").GetInt32());
    }
}
