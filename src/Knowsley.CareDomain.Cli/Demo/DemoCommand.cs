using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Text.Json;
using Knowsley.CareDomain.Serialization;
using Knowsley.CareDomain.Synthetic;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Knowsley.CareDomain.Cli.Demo;

/// <summary><c>care demo</c>: generates the synthetic caseload and prints what each module computes for it.</summary>
internal static class DemoCommand
{
    private const int ProgressThreshold = 20_000;

    internal static Command Create(CliServices services)
    {
        var people = new Option<int>("--people")
        {
            Description = "Number of synthetic people (split 3,700 : 260 between long and short term support)",
            DefaultValueFactory = _ => SyntheticCaseloadOptions.DefaultLongTermPeople + SyntheticCaseloadOptions.DefaultShortTermPeople,
        };
        people.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1
                && int.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && (value < 1 || value > 10_000_000))
            {
                result.AddError($"--people must be between 1 and 10,000,000 (was {value}).");
            }
        });
        var seed = new Option<ulong>("--seed")
        {
            Description = "Seed of the generator; the same seed always gives the same caseload",
            DefaultValueFactory = _ => SyntheticCaseloadOptions.DefaultSeed,
        };
        var asAt = new Option<string>("--as-at")
        {
            Description = "Date the caseload describes (yyyy-MM-dd)",
            DefaultValueFactory = _ => "2024-03-31",
        };
        asAt.Validators.Add(result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
            if (text is not null && !LocalDatePattern.Iso.Parse(text).Success)
            {
                result.AddError($"--as-at must be a date in the form 2024-03-31 (was '{text}').");
            }
        });
        var json = new Option<bool>("--json") { Description = "Print machine-readable JSON instead of tables" };

        var command = new Command("demo", "Generate the synthetic Knowsley-shaped caseload (about 3,700 people in long term and 260 in short term support) and print what each module computes for it")
        {
            people,
            seed,
            asAt,
            json,
        };
        command.SetAction(parse => CommandRunner.Run(services, () =>
        {
            var options = new SyntheticCaseloadOptions(
                parse.GetValue(people),
                parse.GetValue(seed),
                LocalDatePattern.Iso.Parse(parse.GetValue(asAt)!).Value);
            return Execute(services, options, parse.GetValue(json));
        }));
        return command;
    }

    internal static int Execute(CliServices services, SyntheticCaseloadOptions options, bool json)
    {
        var caseload = Generate(services, options, showProgress: !json && services.Interactive && options.People >= ProgressThreshold);
        var results = new List<(IDemoSection Section, DemoSectionResult Result)>();
        foreach (var section in DemoSections.All)
        {
            results.Add((section, section.Run(caseload, services)));
        }

        if (json)
        {
            var document = new SortedDictionary<string, object>(StringComparer.Ordinal);
            foreach (var (section, result) in results)
            {
                document[section.Key] = result.Data;
            }

            services.Out.WriteLine(JsonSerializer.Serialize(document, CareDomainJson.CreateOptions(indented: true)));
            return ExitCodes.Success;
        }

        foreach (var (section, result) in results)
        {
            services.Console.Write(new Rule($"[bold]{Markup.Escape(section.Title)}[/]").LeftJustified());
            services.Console.Write(result.View);
            services.Console.WriteLine();
        }

        return ExitCodes.Success;
    }

    private static SyntheticCaseload Generate(CliServices services, SyntheticCaseloadOptions options, bool showProgress)
    {
        if (!showProgress)
        {
            return SyntheticCaseloadGenerator.Generate(options);
        }

        SyntheticCaseload? caseload = null;
        services.Console.Progress().Start(context =>
        {
            var task = context.AddTask("Generating caseload", maxValue: options.People);
            caseload = SyntheticCaseloadGenerator.Generate(options, done => task.Value = Math.Max(task.Value, done));
            task.Value = options.People;
        });
        return caseload!;
    }
}
