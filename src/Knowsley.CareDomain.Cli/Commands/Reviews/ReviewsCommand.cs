using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Knowsley.CareDomain.Reviews.Calendar;
using Knowsley.CareDomain.Reviews.Events;
using Knowsley.CareDomain.Reviews.Measures;
using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Reviews.WaitingLists;
using Knowsley.CareDomain.Serialization;
using Knowsley.CareDomain.Validation;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Knowsley.CareDomain.Cli.Commands.Reviews;

/// <summary><c>care reviews &lt;events.csv&gt; --as-at 2026-03-31 [--json | --csv] [--errors errors.csv]</c>: the overdue
/// list, the review compliance measures and the waiting-list statistics from an event log.</summary>
internal static class ReviewsCommand
{
    internal static Command Create(CliServices services)
    {
        var file = new Argument<string>("events") { Description = "The event log CSV (columns: event,case_id,person_id,date,review_type,reason,wait_type,team,age,risk_flags; see docs/reviews.md)" };
        var asAt = new Option<string>("--as-at") { Description = "The date of the figures (yyyy-MM-dd); default today" };
        var json = new Option<bool>("--json") { Description = "Print machine-readable JSON" };
        var csv = new Option<bool>("--csv") { Description = "Print the overdue list as CSV" };
        var errors = new Option<string>("--errors") { Description = "Write rejected rows to this CSV (row, field, reason)" };
        var firstFrom = new Option<string>("--first-review-from") { Description = "Council policy: plan-signed-off or service-started (default plan-signed-off)", DefaultValueFactory = _ => FirstReviewStartEvent.PlanSignedOff.Code };
        var nextFrom = new Option<string>("--next-review-from") { Description = "Council policy: last-completed-review or previous-due-date (default last-completed-review)", DefaultValueFactory = _ => NextReviewAnchor.LastCompletedReview.Code };
        var unplanned = new Option<bool>("--unplanned-does-not-reset") { Description = "Council policy: unplanned reviews do not restart the 12-month clock" };
        var dueSoon = new Option<int>("--due-soon-days") { Description = "Days before the due date a review is 'due soon' (default 28)", DefaultValueFactory = _ => 28 };
        var command = new Command("reviews", "Review timeliness, review compliance and waiting lists from an event log")
        {
            file,
            asAt,
            json,
            csv,
            errors,
            firstFrom,
            nextFrom,
            unplanned,
            dueSoon,
        };
        command.SetAction(parse => CommandRunner.Run(services, () =>
        {
            var date = ParseDate(parse.GetValue(asAt), services);
            var policy = new ReviewSchedulePolicy(
                Code<FirstReviewStartEvent>(parse.GetValue(firstFrom)!, "--first-review-from", FirstReviewStartEvent.TryFromCode, FirstReviewStartEvent.Codes),
                Code<NextReviewAnchor>(parse.GetValue(nextFrom)!, "--next-review-from", NextReviewAnchor.TryFromCode, NextReviewAnchor.Codes),
                !parse.GetValue(unplanned),
                parse.GetValue(dueSoon));
            List<ReviewEvent> events;
            List<RejectedEvent> rejectedRows;
            using (var reader = new StreamReader(parse.GetValue(file)!))
            {
                (events, rejectedRows) = ReviewEventCsv.Read(reader);
            }

            var log = ReviewEventLog.Build(events, rejectedRows);
            var errorPath = parse.GetValue(errors);
            if (errorPath is not null)
            {
                using var w = new StreamWriter(errorPath);
                w.WriteLine("row,field,reason");
                foreach (var r in log.Rejected)
                {
                    w.WriteLine(Csv(r.Row.ToString(CultureInfo.InvariantCulture), r.Field, r.Reason));
                }
            }
            else if (log.Rejected.Count > 0)
            {
                foreach (var r in log.Rejected.Take(20))
                {
                    services.Error.WriteLine($"row {r.Row}: {r.Field}: {r.Reason}");
                }
            }

            var analysis = ReviewsAnalysis.Run(log, date, policy, ReviewsAnalysis.KnowsleyTargets);
            var counts = $"rows read {log.RowsRead} = rows accepted {log.RowsAccepted} + rows rejected {log.RowsRejected}";
            if (parse.GetValue(json))
            {
                var data = new { rows = new { read = log.RowsRead, accepted = log.RowsAccepted, rejected = log.RowsRejected }, rejected = log.Rejected.Select(r => new { row = r.Row, field = r.Field, reason = r.Reason }).ToArray(), reviews = analysis.ToData() };
                services.Out.WriteLine(JsonSerializer.Serialize(data, CareDomainJson.CreateOptions(indented: true)));
            }
            else if (parse.GetValue(csv))
            {
                services.Out.WriteLine("case_id,person_id,review_type,team,due_date,days_overdue");
                foreach (var d in analysis.Overdue)
                {
                    services.Out.WriteLine(Csv(d.CaseId, d.PersonId, d.ReviewType.Code, d.Team ?? string.Empty, d.DueDate!.Value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), d.DaysOverdue.ToString(CultureInfo.InvariantCulture)));
                }

                services.Error.WriteLine(counts);
            }
            else
            {
                Render(services, analysis, log, counts);
            }

            return log.RowsRejected == 0 ? ExitCodes.Success : ExitCodes.RowsRejected;
        }));
        return command;
    }

    internal static void Render(CliServices services, ReviewsAnalysis analysis, ReviewEventLog? log, string? counts)
    {
        services.Out.WriteLine($"Reviews as at {analysis.AsAt:uuuu-MM-dd} (financial year {analysis.Year})");
        if (counts is not null)
        {
            services.Out.WriteLine(counts);
        }

        var status = new Table().Border(TableBorder.Simple).AddColumn("Review status").AddColumn(new TableColumn("Cases").RightAligned());
        foreach (var s in ReviewStatus.Items)
        {
            status.AddRow(s.DisplayName, N(analysis.StatusCounts[s]));
        }

        services.Console.Write(status);
        if (log is not null)
        {
            var overdue = new Table().Border(TableBorder.Simple).AddColumn("Case").AddColumn("Person").AddColumn("Type").AddColumn("Team").AddColumn("Due").AddColumn(new TableColumn("Days overdue").RightAligned());
            foreach (var d in analysis.Overdue.Take(20))
            {
                overdue.AddRow(Markup.Escape(d.CaseId), Markup.Escape(d.PersonId), d.ReviewType.DisplayName, Markup.Escape(d.Team ?? string.Empty), d.DueDate!.Value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), N(d.DaysOverdue));
            }

            services.Out.WriteLine($"Overdue reviews ({analysis.Overdue.Count}{(analysis.Overdue.Count > 20 ? ", the 20 most overdue shown; --csv lists all" : string.Empty)})");
            services.Console.Write(overdue);
        }

        var measures = new Table().Border(TableBorder.Simple).AddColumn("Measure").AddColumn(new TableColumn("Numerator").RightAligned()).AddColumn(new TableColumn("Denominator").RightAligned()).AddColumn(new TableColumn("%").RightAligned());
        foreach (var m in analysis.Measures())
        {
            measures.AddRow(Markup.Escape(m.Measure), N(m.Numerator), N(m.Denominator), m.PercentText());
        }

        services.Console.Write(measures);
        var waits = new Table().Border(TableBorder.Simple).AddColumn("Wait type").AddColumn(new TableColumn("Waiting").RightAligned()).AddColumn(new TableColumn("Median current (days)").RightAligned()).AddColumn(new TableColumn("Completed").RightAligned()).AddColumn(new TableColumn("Median completed (days)").RightAligned()).AddColumn(new TableColumn("Within target").RightAligned());
        foreach (var g in analysis.Waits.Overall)
        {
            waits.AddRow(g.WaitType.DisplayName, N(g.CurrentWaits.Count), D(g.CurrentWaits.Median), N(g.CompletedWaits.Count), D(g.CompletedWaits.Median), g.CompletedWaits.PercentWithinTarget is null ? "no target" : $"{decimal.Round(g.CompletedWaits.PercentWithinTarget.Value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture)}% ({g.CompletedWaits.Target})");
        }

        services.Console.Write(waits);
        var rag = analysis.WaitingWell.GroupBy(a => a.Rating).ToDictionary(g => g.Key, g => g.Count());
        services.Out.WriteLine($"Waiting well: red {rag.GetValueOrDefault(Knowsley.CareDomain.Reviews.WaitingWell.RagRating.Red)}, amber {rag.GetValueOrDefault(Knowsley.CareDomain.Reviews.WaitingWell.RagRating.Amber)}, green {rag.GetValueOrDefault(Knowsley.CareDomain.Reviews.WaitingWell.RagRating.Green)}");
        services.Out.WriteLine("Waits in calendar days, medians interpolated (DHSC CLD method, PERCENTILE_CONT); targets are local (Knowsley), not statutory.");
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string D(decimal? d) => d is null ? "-" : d.Value.ToString("0.#", CultureInfo.InvariantCulture);

    private delegate bool TryFrom<T>(string? code, out T? item);

    private static T Code<T>(string text, string option, TryFrom<T> tryFrom, Func<IReadOnlyList<string>> codes)
        where T : class
        => tryFrom(text, out var item) ? item! : throw new DomainValidationException(option, "code", $"must be one of {string.Join(", ", codes())} (was '{text}')");

    private static LocalDate ParseDate(string? text, CliServices services)
    {
        if (text is null)
        {
            return services.TodayInUk();
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new DomainValidationException("--as-at", "date", $"--as-at must be a date yyyy-MM-dd (was '{text}')");
    }

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
