using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using Knowsley.CareDomain.Charging.Calculation;
using Knowsley.CareDomain.Charging.Serialization;
using Knowsley.CareDomain.Serialization;

namespace Knowsley.CareDomain.Cli.Commands.Charging;

/// <summary><c>care charge &lt;assessment.json&gt;</c>: calculates one financial assessment and prints the statement.</summary>
internal static class ChargeCommand
{
    internal static Command Create(CliServices services)
    {
        var file = new Argument<string>("assessment") { Description = "The financial assessment as JSON (see docs/examples/charging-assessment.json)" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON instead of the statement" };
        var markdown = new Option<bool>("--markdown") { Description = "Print the statement as Markdown" };
        var council = ChargingParameterOption.Create();
        var command = new Command("charge", "Calculate the weekly charge for care (Care Act 2014 financial assessment) and print the statement")
        {
            file,
            json,
            markdown,
            council,
        };
        command.SetAction(parse => CommandRunner.Run(services, () =>
        {
            var assessment = FinancialAssessmentJson.Read(File.ReadAllText(parse.GetValue(file)!));
            var result = FinancialAssessmentCalculator.Calculate(assessment, ChargingParameterOption.Load(parse.GetValue(council)));
            if (parse.GetValue(json))
            {
                var document = new
                {
                    id = assessment.Id,
                    kind = assessment.Kind,
                    assessmentDate = result.AssessmentDate,
                    weeklyCharge = result.WeeklyCharge,
                    maximumCharge = result.MaximumCharge,
                    costOfCare = result.CostOfCare,
                    capitalAssessed = result.CapitalAssessed,
                    tariffIncome = result.TariffIncome,
                    amountsByHeading = result.AmountsByHeading.ToDictionary(kv => kv.Key, kv => kv.Value),
                    rulesApplied = result.RulesApplied,
                    warnings = result.Warnings,
                    explanation = result.Explanation,
                };
                services.Out.WriteLine(JsonSerializer.Serialize(document, CareDomainJson.CreateOptions(indented: true)));
            }
            else
            {
                services.Out.Write(parse.GetValue(markdown) ? result.ToStatementMarkdown() : result.ToStatementText());
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
