using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Rates;
using Knowsley.CareDomain.Charging.Recalculation;
using Knowsley.CareDomain.Charging.Serialization;
using Knowsley.CareDomain.Validation;
using Spectre.Console;

namespace Knowsley.CareDomain.Cli.Commands.Charging;

/// <summary><c>care recalc &lt;caseload.jsonl&gt; --from 2025-26 --to 2026-27 --out results.csv --errors errors.csv</c>:
/// re-runs a caseload under a new rate year. Every input row ends in the results or the error file.</summary>
internal static class RecalcCommand
{
    internal static Command Create(CliServices services)
    {
        var file = new Argument<string>("caseload") { Description = "The caseload: one financial assessment JSON object per line (.jsonl), or a CSV (.csv, columns in docs/charging.md)" };
        var from = new Option<string>("--from") { Description = "The old rate year, e.g. 2025-26", Required = true };
        var to = new Option<string>("--to") { Description = "The new rate year, e.g. 2026-27", Required = true };
        var output = new Option<string>("--out") { Description = "Results CSV: row, id, old and new charge, difference, headings that moved", Required = true };
        var errors = new Option<string>("--errors") { Description = "Errors CSV: row, field, reason", Required = true };
        var council = ChargingParameterOption.Create();
        var command = new Command("recalc", "Re-run a caseload's financial assessments under a new rate year and report the change per person")
        {
            file,
            from,
            to,
            output,
            errors,
            council,
        };
        command.SetAction(parse => CommandRunner.Run(services, () =>
        {
            var fromYear = ParseYear(parse.GetValue(from)!, "--from");
            var toYear = ParseYear(parse.GetValue(to)!, "--to");
            var parameters = ChargingParameterOption.Load(parse.GetValue(council));
            var path = parse.GetValue(file)!;
            var inputs = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ReadCsv(path) : ReadJsonLines(path);
            var before = ChargingRates.On(parameters, BulkRecalculation.RateYearDate(fromYear));
            var after = ChargingRates.On(parameters, BulkRecalculation.RateYearDate(toYear));
            int read = 0, written = 0, rejected = 0;
            using var results = new StreamWriter(parse.GetValue(output)!);
            using var errorFile = new StreamWriter(parse.GetValue(errors)!);
            results.WriteLine("row,id,old_charge,new_charge,difference,moved");
            errorFile.WriteLine("row,field,reason");

            void Process(Action<int> tick)
            {
                for (var i = 0; i < inputs.Count; i++)
                {
                    tick(i);
                    var (row, assessment, problems) = inputs[i];
                    read++;
                    if (assessment is null)
                    {
                        foreach (var e in problems)
                        {
                            errorFile.WriteLine(Csv(row.ToString(CultureInfo.InvariantCulture), e.Field, e.Message));
                        }

                        rejected++;
                        continue;
                    }

                    var r = BulkRecalculation.Row(i, assessment, before, after);
                    if (!r.Succeeded)
                    {
                        errorFile.WriteLine(Csv(row.ToString(CultureInfo.InvariantCulture), r.ErrorField ?? string.Empty, r.Error!));
                        rejected++;
                        continue;
                    }

                    results.WriteLine(Csv(row.ToString(CultureInfo.InvariantCulture), r.Id, r.OldCharge.ToString("D", null), r.NewCharge.ToString("D", null), r.Difference.ToString("D", null), string.Join(";", r.MovedHeadings)));
                    written++;
                }
            }

            if (services.Interactive && inputs.Count > 1000)
            {
                services.Console.Progress().Start(ctx =>
                {
                    var task = ctx.AddTask("Recalculating", maxValue: inputs.Count);
                    Process(i => task.Value = i + 1);
                });
            }
            else
            {
                Process(_ => { });
            }

            services.Out.WriteLine($"Rates {fromYear} ({before.Date:yyyy-MM-dd}) -> {toYear} ({after.Date:yyyy-MM-dd})");
            services.Out.WriteLine($"rows read {read} = rows written {written} + rows rejected {rejected}");
            return rejected == 0 ? ExitCodes.Success : ExitCodes.RowsRejected;
        }));
        return command;
    }

    private static List<(int Row, FinancialAssessment? Assessment, IReadOnlyList<ValidationError> Errors)> ReadJsonLines(string path)
    {
        var result = new List<(int, FinancialAssessment?, IReadOnlyList<ValidationError>)>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            try
            {
                result.Add((i + 1, FinancialAssessmentJson.Read(lines[i]), Array.Empty<ValidationError>()));
            }
            catch (DomainValidationException ex)
            {
                result.Add((i + 1, null, ex.Errors));
            }
        }

        return result;
    }

    private static List<(int Row, FinancialAssessment? Assessment, IReadOnlyList<ValidationError> Errors)> ReadCsv(string path)
        => new(CaseloadCsv.Read(path));

    private static FinancialYear ParseYear(string text, string option)
        => FinancialYear.TryParse(text, out var year) ? year : throw new DomainValidationException(option, "financial-year", $"must be a financial year such as 2025-26 (was '{text}')");

    private static string Csv(params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            var f = fields[i];
            if (f.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0)
            {
                fields[i] = "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            }
        }

        return string.Join(",", fields);
    }
}
