using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Rates;
using Knowsley.CareDomain.Charging.Recalculation;
using Knowsley.CareDomain.Cli.Demo;
using Knowsley.CareDomain.Synthetic;
using Knowsley.CareDomain.Synthetic.Charging;
using Knowsley.CareDomain.Validation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Knowsley.CareDomain.Cli.Commands.Charging;

/// <summary>The charging section of <c>care demo</c>: weekly charges across the synthetic caseload and the April uprating impact.</summary>
internal sealed class ChargingDemoSection : IDemoSection
{
    private static readonly (string Label, long UpToPence)[] Bands =
    {
        ("£0", 0), ("£0.01 to £25", 2_500), ("£25.01 to £50", 5_000), ("£50.01 to £100", 10_000), ("£100.01 to £200", 20_000), ("over £200", long.MaxValue),
    };

    public string Key => "charging";

    public string Title => "Charging: weekly charges and the April uprating";

    public DemoSectionResult Run(SyntheticCaseload caseload, CliServices services)
    {
        var from = FinancialYear.Containing(caseload.AsAt);
        var to = from.Next();
        var assessments = new List<FinancialAssessment>();
        var invalid = 0;
        foreach (var person in caseload.People.Where(p => p.IsLongTermSupport && !p.ServiceType.Equals(Knowsley.CareDomain.ClientLevelData.ServiceType.LongTermPrison)))
        {
            try
            {
                assessments.Add(SyntheticFinancialAssessments.From(person, BulkRecalculation.RateYearDate(from)));
            }
            catch (DomainValidationException)
            {
                invalid++;
            }
        }

        var report = BulkRecalculation.Run(assessments, ChargingParameters.Default, from, to);
        var ok = report.Rows.Where(r => r.Succeeded).ToList();
        var bands = Bands.Select((b, i) => (b.Label, Count: ok.Count(r => r.OldCharge.Pence <= b.UpToPence && (i == 0 || r.OldCharge.Pence > Bands[i - 1].UpToPence)))).ToList();
        var atZero = ok.Count(r => r.OldCharge.IsZero);
        var fullCost = ok.Count(r => r.Before!.Value.AboveUpperCapitalLimit);
        var up = ok.Count(r => r.Difference.IsPositive);
        var down = ok.Count(r => r.Difference.IsNegative);
        var reasons = report.Rows.Where(r => !r.Succeeded).GroupBy(r => r.ErrorField ?? "?").ToDictionary(g => g.Key, g => g.Count());
        var data = new
        {
            rateYear = from.ToString(),
            upratedTo = to.ToString(),
            assessed = ok.Count,
            notAssessed = report.Failed + invalid,
            notAssessedByMissingParameter = reasons,
            atZero,
            payingFullCost = fullCost,
            chargeBands = bands.ToDictionary(b => b.Label, b => b.Count),
            totalWeeklyCharge = report.TotalOldCharge,
            totalWeeklyChargeAfterUprating = report.TotalNewCharge,
            chargeUp = up,
            chargeDown = down,
        };

        var table = new Table().Border(TableBorder.Simple).AddColumn($"Weekly charge {from}").AddColumn(new TableColumn("People").RightAligned());
        foreach (var (label, count) in bands)
        {
            table.AddRow(Markup.Escape(label), N(count));
        }

        var summary = new Table().Border(TableBorder.Simple).AddColumn("Measure").AddColumn(new TableColumn("Value").RightAligned());
        summary.AddRow("Assessed (long-term support)", N(ok.Count));
        summary.AddRow("Paying £0", N(atZero));
        summary.AddRow("Paying the full cost (capital above the upper limit)", N(fullCost));
        summary.AddRow(Markup.Escape($"Total weekly charges {from}"), report.TotalOldCharge.ToString());
        summary.AddRow(Markup.Escape($"Total weekly charges at {to} rates"), report.TotalNewCharge.ToString());
        summary.AddRow("Charge goes up / down at the April uprating", $"{N(up)} / {N(down)}");
        summary.AddRow("Not assessed (a rate not confirmed, or invalid input)", N(report.Failed + invalid));
        var notes = reasons.Count == 0
            ? new Text(string.Empty)
            : new Text("Not assessed because these figures are not confirmed in the rate tables: " + string.Join(", ", reasons.Select(kv => $"{kv.Key} ({kv.Value})")) + ".");
        IRenderable view = new Rows(new Text($"Rates of {from} (as at {report.FromDate:yyyy-MM-dd}) and {to} (as at {report.ToDate:yyyy-MM-dd}); incomes as recorded (benefits not uprated), so the change isolates the new rates; no council policy settings."), table, summary, notes);
        return new DemoSectionResult(data, view);
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));
}
