using System;
using System.Linq;
using System.Text.Json;

namespace Knowsley.CareDomain.Cli.Tests;

/// <summary>Each module's section of <c>care demo</c> is printed, and its JSON accounts for every person.</summary>
public sealed class DemoSectionTests
{
    [Fact]
    public void Every_module_section_is_printed()
    {
        var result = CliRunner.Run("demo", "--people", "400");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Charging: weekly charges and the April uprating", result.Out, StringComparison.Ordinal);
        Assert.Contains("Reviews and waiting lists", result.Out, StringComparison.Ordinal);
        Assert.Contains("Eligibility", result.Out, StringComparison.Ordinal);
        Assert.Contains("incomes as recorded", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_counts_add_up()
    {
        var result = CliRunner.Run("demo", "--people", "400", "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        var people = root.GetProperty("caseload").GetProperty("people").GetInt32();
        var longTerm = root.GetProperty("caseload").GetProperty("longTermSupport").GetInt32();

        var charging = root.GetProperty("charging");
        var assessed = charging.GetProperty("assessed").GetInt32();
        Assert.InRange(assessed, 1, longTerm);
        Assert.True(assessed + charging.GetProperty("notAssessed").GetInt32() <= longTerm);
        Assert.Equal(assessed, charging.GetProperty("chargeBands").EnumerateObject().Sum(b => b.Value.GetInt32()));
        Assert.True(charging.GetProperty("atZero").GetInt32() <= assessed);

        var reviews = root.GetProperty("reviews");
        Assert.Equal(reviews.GetProperty("cases").GetInt32(), reviews.GetProperty("reviewStatus").EnumerateObject().Sum(s => s.Value.GetInt32()));
        Assert.Equal(reviews.GetProperty("overdue").GetInt32(), reviews.GetProperty("reviewStatus").GetProperty("overdue").GetInt32());

        var adults = root.GetProperty("eligibility").GetProperty("adults");
        Assert.Equal(people, adults.GetProperty("assessed").GetInt32());
        var eligible = adults.GetProperty("eligible").GetInt32();
        Assert.True(eligible <= adults.GetProperty("impairmentOrIllness").GetInt32());
        Assert.True(eligible <= adults.GetProperty("unableToAchieveTwoOrMore").GetInt32());
        Assert.True(eligible <= adults.GetProperty("significantImpact").GetInt32());
    }
}
