using System.Globalization;
using System.Linq;
using Knowsley.CareDomain.Synthetic;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Knowsley.CareDomain.Cli.Demo;

/// <summary>The caseload itself: who is in it and their money.</summary>
internal sealed class CaseloadSummarySection : IDemoSection
{
    public string Key => "caseload";

    public string Title => "Synthetic caseload";

    public DemoSectionResult Run(SyntheticCaseload caseload, CliServices services)
    {
        var summary = SyntheticCaseloadSummary.Of(caseload);
        var data = new
        {
            asAt = caseload.AsAt,
            seed = caseload.Options.Seed,
            people = summary.People,
            longTermSupport = summary.LongTermSupport,
            shortTermSupport = summary.ShortTermSupport,
            aged65AndOver = summary.Aged65AndOver,
            withUnpaidCarer = summary.WithUnpaidCarer,
            homeOwners = summary.HomeOwners,
            withNoSavings = summary.WithNoSavings,
            byServiceType = summary.ByServiceType.ToDictionary(kv => kv.Key, kv => kv.Value),
            byPrimarySupportReason = summary.ByPrimarySupportReason.ToDictionary(kv => kv.Key, kv => kv.Value),
            weeklyIncome = summary.WeeklyIncome,
            savings = summary.Savings,
            weeklyCostOfCare = summary.WeeklyCostOfCare,
        };
        return new DemoSectionResult(data, View(caseload, summary));
    }

    private static IRenderable View(SyntheticCaseload caseload, SyntheticCaseloadSummary summary)
    {
        var counts = new Table().Border(TableBorder.Simple).AddColumn("Measure").AddColumn(new TableColumn("People").RightAligned()).AddColumn(new TableColumn("Share").RightAligned());
        void Row(string label, int value) => counts.AddRow(Markup.Escape(label), Number(value), Share(value, summary.People));
        Row("People", summary.People);
        Row("In long term support", summary.LongTermSupport);
        Row("In short term support", summary.ShortTermSupport);
        Row($"Aged 65 or over on {caseload.AsAt:uuuu-MM-dd}", summary.Aged65AndOver);
        Row("Supported by an unpaid carer", summary.WithUnpaidCarer);
        Row("Own their home", summary.HomeOwners);
        Row("No savings", summary.WithNoSavings);

        var settings = new Table().Border(TableBorder.Simple).AddColumn("Service type (CLD)").AddColumn(new TableColumn("People").RightAligned());
        foreach (var kv in summary.ByServiceType)
        {
            settings.AddRow(Markup.Escape(kv.Key), Number(kv.Value));
        }

        var reasons = new Table().Border(TableBorder.Simple).AddColumn("Primary support reason (CLD)").AddColumn(new TableColumn("People").RightAligned());
        foreach (var kv in summary.ByPrimarySupportReason)
        {
            reasons.AddRow(Markup.Escape(kv.Key), Number(kv.Value));
        }

        var money = new Table().Border(TableBorder.Simple).AddColumn("Weekly amounts").AddColumn(new TableColumn("10th pct").RightAligned()).AddColumn(new TableColumn("Median").RightAligned()).AddColumn(new TableColumn("90th pct").RightAligned()).AddColumn(new TableColumn("Max").RightAligned());
        void MoneyRow(string label, MoneyQuantiles q) => money.AddRow(label, q.Percentile10.ToString(), q.Median.ToString(), q.Percentile90.ToString(), q.Maximum.ToString());
        MoneyRow("Income (weekly equivalent)", summary.WeeklyIncome);
        MoneyRow("Cost of care", summary.WeeklyCostOfCare);
        MoneyRow("Savings (capital, not weekly)", summary.Savings);

        return new Rows(
            new Text($"Seed {caseload.Options.Seed}; as at {caseload.AsAt:uuuu-MM-dd}. Synthetic people, not real records."),
            counts,
            settings,
            reasons,
            money);
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));

    private static string Share(int part, int whole)
        => whole == 0 ? "-" : (part * 100m / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
