using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Knowsley.CareDomain.Reviews.Events;
using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Reviews.WaitingLists;
using Knowsley.CareDomain.Validation;
using NodaTime.Text;

namespace Knowsley.CareDomain.Cli.Commands.Reviews;

/// <summary>Reads the <c>care reviews</c> event CSV (format in docs/reviews.md). Every data row becomes an event or a rejection.</summary>
internal static class ReviewEventCsv
{
    internal static readonly string[] Columns = { "event", "case_id", "person_id", "date", "review_type", "reason", "wait_type", "team", "age", "risk_flags" };

    internal static (List<ReviewEvent> Events, List<RejectedEvent> Rejected) Read(TextReader text)
    {
        var records = Records(text).ToList();
        if (records.Count == 0)
        {
            throw new DomainValidationException("header", "required", "the file is empty: the first line must be the header " + string.Join(",", Columns));
        }

        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var missing = Columns.Take(4).Where(c => !header.Contains(c)).ToArray();
        if (missing.Length > 0)
        {
            throw new DomainValidationException("header", "required-columns", "missing column(s): " + string.Join(", ", missing));
        }

        var events = new List<ReviewEvent>();
        var rejected = new List<RejectedEvent>();
        foreach (var record in records.Skip(1))
        {
            var row = record.Row;
            var fields = record.Fields;
            if (fields.Count == 1 && fields[0].Trim().Length == 0)
            {
                continue;
            }

            string Field(string name)
            {
                var i = Array.IndexOf(header, name);
                return i >= 0 && i < fields.Count ? fields[i].Trim() : string.Empty;
            }
            var errors = new List<RejectedEvent>();
            var kindText = Field("event");
            ReviewEventKind? kind = ReviewEventKind.TryFromCode(kindText, out var k) ? k : null;
            if (kind is null)
            {
                errors.Add(new RejectedEvent(row, "event", $"'{kindText}' is not an event; use one of {string.Join(", ", ReviewEventKind.Codes())}"));
            }

            var caseId = Field("case_id");
            if (caseId.Length == 0)
            {
                errors.Add(new RejectedEvent(row, "case_id", "required"));
            }

            var personId = Field("person_id");
            if (personId.Length == 0)
            {
                errors.Add(new RejectedEvent(row, "person_id", "required"));
            }

            var dateText = Field("date");
            var date = LocalDatePattern.Iso.Parse(dateText);
            if (!date.Success)
            {
                errors.Add(new RejectedEvent(row, "date", $"'{dateText}' is not a date (yyyy-MM-dd)"));
            }

            var reviewType = Code<ReviewType>(Field("review_type"), "review_type", row, errors, ReviewType.TryFromCode, ReviewType.Codes);
            var reason = Code<ReviewReason>(Field("reason"), "reason", row, errors, ReviewReason.TryFromCode, ReviewReason.Codes);
            var waitType = Code<WaitType>(Field("wait_type"), "wait_type", row, errors, WaitType.TryFromCode, WaitType.Codes);
            int? age = null;
            var ageText = Field("age");
            if (ageText.Length > 0)
            {
                if (int.TryParse(ageText, NumberStyles.None, CultureInfo.InvariantCulture, out var a) && a <= 130)
                {
                    age = a;
                }
                else
                {
                    errors.Add(new RejectedEvent(row, "age", $"'{ageText}' is not an age from 0 to 130"));
                }
            }

            var flags = Field("risk_flags").Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(f => f.Trim()).Where(f => f.Length > 0).ToArray();
            if (errors.Count > 0)
            {
                rejected.AddRange(errors);
                continue;
            }

            var team = Field("team");
            events.Add(new ReviewEvent(row, kind!, caseId, personId, date.Value, reviewType, reason, waitType, team.Length == 0 ? null : team, age, flags));
        }

        return (events, rejected);
    }

    /// <summary>Splits RFC 4180 CSV into records (quoted fields may hold commas, quotes as "" and line breaks); the row is the line the record starts on.</summary>
    internal static IEnumerable<(int Row, List<string> Fields)> Records(TextReader text)
    {
        var all = text.ReadToEnd();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var any = false;
        for (var i = 0; i < all.Length; i++)
        {
            var c = all[i];
            any = true;
            if (quoted)
            {
                if (c == '"' && i + 1 < all.Length && all[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r')
            {
                continue;
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                yield return (start, fields);
                fields = new List<string>();
                line++;
                start = line;
                any = false;
            }
            else
            {
                field.Append(c);
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return (start, fields);
        }
    }

    private delegate bool TryFrom<T>(string? code, out T? item);

    private static T? Code<T>(string text, string field, int row, List<RejectedEvent> errors, TryFrom<T> tryFrom, Func<IReadOnlyList<string>> codes)
        where T : class
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (tryFrom(text, out var item))
        {
            return item;
        }

        errors.Add(new RejectedEvent(row, field, $"'{text}' is not a {field}; use one of {string.Join(", ", codes())}"));
        return null;
    }
}
