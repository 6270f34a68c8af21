using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Knowsley.CareDomain.Explanations;

internal static class ExplanationRenderer
{
    private const int IndentWidth = 2;

    private const int MaxLabelWidth = 72;

    internal static string ToText(Explanation explanation)
    {
        var rows = new List<(int Depth, ExplanationLine Line)>();
        Flatten(explanation.Lines, 0, rows);
        var labelWidth = rows.Count == 0 ? 0 : Math.Min(MaxLabelWidth, rows.Max(r => (r.Depth * IndentWidth) + r.Line.Label.Length));
        var valueWidth = rows.Count == 0 ? 0 : rows.Max(r => r.Line.DisplayValue.Length);

        var builder = new StringBuilder();
        builder.Append(explanation.Title).Append('\n');
        builder.Append(new string('=', explanation.Title.Length)).Append('\n');
        foreach (var (depth, line) in rows)
        {
            var label = new string(' ', depth * IndentWidth) + line.Label;
            var text = new StringBuilder();
            if (line.DisplayValue.Length == 0)
            {
                text.Append(label);
            }
            else
            {
                // A label wider than the column goes on a line of its own, so the amounts stay in one column.
                if (label.Length > labelWidth)
                {
                    builder.Append(label).Append('\n');
                    label = string.Empty;
                }

                text.Append(label.PadRight(labelWidth)).Append("  ").Append(line.DisplayValue.PadLeft(valueWidth));
            }

            if (line.Citation is not null)
            {
                text.Append("  [").Append(line.Citation).Append(']');
            }

            builder.Append(text.ToString().TrimEnd()).Append('\n');
            if (line.Note is not null)
            {
                builder.Append(new string(' ', (depth + 1) * IndentWidth)).Append("Note: ").Append(line.Note).Append('\n');
            }
        }

        return builder.ToString();
    }

    internal static string ToMarkdown(Explanation explanation)
    {
        var builder = new StringBuilder();
        builder.Append("### ").Append(EscapeMarkdown(explanation.Title)).Append("\n\n");
        AppendMarkdown(builder, explanation.Lines, 0);
        return builder.ToString();
    }

    private static void AppendMarkdown(StringBuilder builder, IReadOnlyList<ExplanationLine> lines, int depth)
    {
        foreach (var line in lines)
        {
            builder.Append(' ', depth * IndentWidth).Append("- ").Append(EscapeMarkdown(line.Label));
            var value = line.DisplayValue;
            if (value.Length > 0)
            {
                builder.Append(": **").Append(EscapeMarkdown(value)).Append("**");
            }

            if (line.Citation is not null)
            {
                builder.Append(" — *").Append(EscapeMarkdown(line.Citation.ToString())).Append('*');
            }

            if (line.Note is not null)
            {
                builder.Append("  \n").Append(' ', (depth + 1) * IndentWidth).Append(EscapeMarkdown(line.Note));
            }

            builder.Append('\n');
            AppendMarkdown(builder, line.Children, depth + 1);
        }
    }

    private static void Flatten(IReadOnlyList<ExplanationLine> lines, int depth, List<(int, ExplanationLine)> rows)
    {
        foreach (var line in lines)
        {
            rows.Add((depth, line));
            Flatten(line.Children, depth + 1, rows);
        }
    }

    private static string EscapeMarkdown(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '*' or '_' or '`' or '[' or ']' or '<' or '>' or '|' or '\\' or '#')
            {
                builder.Append('\\');
            }

            builder.Append(c == '\n' ? ' ' : c);
        }

        return builder.ToString();
    }
}
