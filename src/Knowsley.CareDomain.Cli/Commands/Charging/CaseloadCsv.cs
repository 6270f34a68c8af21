using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Capital;
using Knowsley.CareDomain.Charging.Expenditure;
using Knowsley.CareDomain.Charging.Income;
using Knowsley.CareDomain.Validation;
using NodaTime;
using NodaTime.Text;

namespace Knowsley.CareDomain.Cli.Commands.Charging;

/// <summary>
/// Reads a caseload CSV for <c>care recalc</c>, one assessment per row. Columns: <c>id, kind, assessment_date,
/// date_of_birth, household, pension_credit_qualifying_date, weekly_cost_of_care, income, capital, housing_costs,
/// night_care_arranged, admission_date</c>. List columns hold <c>code:amount[:frequency]</c> items separated by
/// <c>;</c>, for example <c>state-pension:203.85:weekly;private-pension:320.00:monthly</c> (capital items have no
/// frequency). Each bad row gives errors naming its column.
/// </summary>
internal static class CaseloadCsv
{
    internal static IEnumerable<(int Row, FinancialAssessment? Assessment, IReadOnlyList<ValidationError> Errors)> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0)
        {
            throw new DomainValidationException("header", "required", "the file is empty: the first line must be the header");
        }

        var header = Split(lines[0]);
        for (var i = 0; i < header.Count; i++)
        {
            header[i] = header[i].Trim().ToLowerInvariant();
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = Split(lines[i]);
            var errors = new ValidationErrors();
            FinancialAssessment? assessment = null;
            try
            {
                assessment = Parse(column =>
                {
                    var at = header.IndexOf(column);
                    return at >= 0 && at < fields.Count ? fields[at].Trim() : string.Empty;
                }, errors);
            }
            catch (DomainValidationException ex)
            {
                foreach (var e in ex.Errors)
                {
                    errors.Add(e.Field, e.Rule, e.Message);
                }
            }

            yield return (i + 1, errors.HasErrors ? null : assessment, errors);
        }
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }

    private static FinancialAssessment? Parse(Func<string, string> column, ValidationErrors errors)
    {
        var id = column("id");
        var kind = Code<AssessmentKind>(column("kind"), "kind", errors, AssessmentKind.TryFromCode);
        var date = Date(column("assessment_date"), "assessment_date", errors);
        var dob = Date(column("date_of_birth"), "date_of_birth", errors);
        var household = Code<HouseholdStatus>(column("household"), "household", errors, HouseholdStatus.TryFromCode);
        var pcText = column("pension_credit_qualifying_date");
        LocalDate? pc = pcText.Length == 0 ? null : Date(pcText, "pension_credit_qualifying_date", errors);
        var cost = Amount(column("weekly_cost_of_care"), "weekly_cost_of_care", errors);
        var income = new List<IncomeLine>();
        foreach (var (item, i) in Items(column("income")))
        {
            var field = FieldPath.Index("income", i);
            var type = Code<IncomeType>(item.Code, field + ".type", errors, IncomeType.TryFromCode);
            var amount = Periodic(item, field, errors);
            if (type is not null && amount is not null)
            {
                income.Add(new IncomeLine(type, amount));
            }
        }

        var capital = new List<CapitalItem>();
        foreach (var (item, i) in Items(column("capital")))
        {
            var field = FieldPath.Index("capital", i);
            var type = Code<CapitalType>(item.Code, field + ".type", errors, CapitalType.TryFromCode);
            var value = Amount(item.Amount, field + ".value", errors);
            if (type is not null && value is not null)
            {
                capital.Add(new CapitalItem(type, value.Value));
            }
        }

        var housing = new List<HousingCost>();
        foreach (var (item, i) in Items(column("housing_costs")))
        {
            var field = FieldPath.Index("housing_costs", i);
            var type = Code<HousingCostType>(item.Code, field + ".type", errors, HousingCostType.TryFromCode);
            var amount = Periodic(item, field, errors);
            if (type is not null && amount is not null)
            {
                housing.Add(new HousingCost(type, amount));
            }
        }

        var nightCare = string.Equals(column("night_care_arranged"), "true", StringComparison.OrdinalIgnoreCase);
        var admissionText = column("admission_date");
        var admission = admissionText.Length == 0 ? (LocalDate?)null : Date(admissionText, "admission_date", errors);
        if (errors.HasErrors || kind is null || household is null || date is null || dob is null || cost is null)
        {
            return null;
        }

        return new FinancialAssessment(
            id,
            kind,
            date.Value,
            new AssessedPerson(dob.Value, household, pc),
            cost.Value,
            income,
            capital,
            housingCosts: housing,
            nightCareArranged: nightCare,
            residentialStay: admission is { } adm ? new ResidentialStay(adm) : null);
    }

    private delegate bool TryFromCode<T>(string? code, out T? item);

    private static T? Code<T>(string text, string field, ValidationErrors errors, TryFromCode<T> tryFrom)
        where T : class
    {
        if (tryFrom(text, out var item))
        {
            return item;
        }

        errors.Add(field, "code", $"'{text}' is not a valid code");
        return null;
    }

    private static LocalDate? Date(string text, string field, ValidationErrors errors)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        errors.Add(field, "date", $"'{text}' is not a date in the form 2025-04-30");
        return null;
    }

    private static Money? Amount(string text, string field, ValidationErrors errors)
    {
        if (Money.TryParse(text, out var money))
        {
            return money;
        }

        errors.Add(field, "money", $"'{text}' is not an amount such as 123.45");
        return null;
    }

    private static PeriodicAmount? Periodic((string Code, string Amount, string Frequency) item, string field, ValidationErrors errors)
    {
        var amount = Amount(item.Amount, field + ".amount", errors);
        var frequency = Code<Frequency>(item.Frequency.Length == 0 ? "weekly" : item.Frequency, field + ".frequency", errors, Frequency.TryFromCode);
        return amount is null || frequency is null ? null : new PeriodicAmount(amount.Value, frequency);
    }

    private static IEnumerable<((string Code, string Amount, string Frequency) Item, int Index)> Items(string text)
    {
        var index = 0;
        foreach (var part in text.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var bits = part.Split(':');
            yield return ((bits[0].Trim(), bits.Length > 1 ? bits[1].Trim() : string.Empty, bits.Length > 2 ? bits[2].Trim() : string.Empty), index++);
        }
    }
}
