using System;
using System.Collections.Generic;
using System.Linq;
using Knowsley.CareDomain.Internal;

namespace Knowsley.CareDomain.Explanations;

/// <summary>
/// The reasons for a result: a title and an ordered tree of <see cref="ExplanationLine"/>s, each with its amount,
/// citation and note. Every calculator returns one beside its result.
/// </summary>
/// <remarks>
/// Render with <see cref="ToText"/>, <see cref="ToMarkdown"/>, or as JSON with
/// <c>Knowsley.CareDomain.Serialization.CareDomainJson</c>.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Explanation
{
    /// <summary>Initializes an explanation.</summary>
    /// <param name="title">The heading, for example "Weekly charge for care at home".</param>
    /// <param name="lines">The lines, in order.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> is null.</exception>
    public Explanation(string title, IReadOnlyList<ExplanationLine> lines)
    {
        Title = Preconditions.CheckNotBlank(title, nameof(title));
        Lines = Preconditions.CheckNotNull(lines, nameof(lines)).ToArray();
    }

    /// <summary>Gets the heading.</summary>
    public string Title { get; }

    /// <summary>Gets the top-level lines, in order.</summary>
    public IReadOnlyList<ExplanationLine> Lines { get; }

    /// <summary>Gets every line in the tree, depth first, in reading order.</summary>
    /// <returns>The lines.</returns>
    public IEnumerable<ExplanationLine> AllLines()
    {
        var stack = new Stack<ExplanationLine>(Lines.Reverse());
        while (stack.Count > 0)
        {
            var line = stack.Pop();
            yield return line;
            for (var i = line.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(line.Children[i]);
            }
        }
    }

    /// <summary>Renders as indented plain text with amounts aligned and citations in brackets.</summary>
    /// <remarks>The label column is at most 72 characters wide; a longer label that has an amount is written on a line of
    /// its own with the amount on the next line, so amounts stay in one column. Lines without an amount are not padded.</remarks>
    /// <returns>The text, one line per explanation line, ending with a new line.</returns>
    public string ToText() => ExplanationRenderer.ToText(this);

    /// <summary>Renders as Markdown: a heading and a nested list with amounts in bold and citations in italics.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown() => ExplanationRenderer.ToMarkdown(this);

    /// <summary>Returns <see cref="ToText"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToText();
}
