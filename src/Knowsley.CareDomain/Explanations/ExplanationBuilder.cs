using System;
using System.Collections.Generic;
using Knowsley.CareDomain.Internal;

namespace Knowsley.CareDomain.Explanations;

/// <summary>
/// Builds an <see cref="Explanation"/> line by line. A working buffer for calculators, not a domain type.
/// </summary>
/// <example>
/// <code>
/// var builder = new ExplanationBuilder("Weekly charge");
/// builder.Add("Assessable income", Money.FromPounds(250m), citation: regs.WithProvision("reg. 14"));
/// builder.Group("Deductions", g =&gt; g.Add("Minimum Income Guarantee", mig));
/// Explanation explanation = builder.Build();
/// </code>
/// </example>
/// <threadsafety>Not thread-safe: use one instance per calculation.</threadsafety>
public sealed class ExplanationBuilder
{
    private readonly string title;
    private readonly List<ExplanationLine> lines = new();

    /// <summary>Initializes a builder for an explanation with a title.</summary>
    /// <param name="title">The heading.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty.</exception>
    public ExplanationBuilder(string title)
    {
        this.title = Preconditions.CheckNotBlank(title, nameof(title));
    }

    /// <summary>Gets the number of top-level lines added so far.</summary>
    public int Count => lines.Count;

    /// <summary>Adds a money line.</summary>
    /// <param name="label">What the line is.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="citation">The rule or figure it comes from.</param>
    /// <param name="note">A note for the reader.</param>
    /// <returns>This builder.</returns>
    public ExplanationBuilder Add(string label, Money amount, Citation? citation = null, string? note = null)
    {
        lines.Add(new ExplanationLine(label, amount, null, citation, note));
        return this;
    }

    /// <summary>Adds a line whose value is not money (a count, a percentage, a decision).</summary>
    /// <param name="label">What the line is.</param>
    /// <param name="value">The value as text.</param>
    /// <param name="citation">The rule it comes from.</param>
    /// <param name="note">A note for the reader.</param>
    /// <returns>This builder.</returns>
    public ExplanationBuilder AddValue(string label, string? value, Citation? citation = null, string? note = null)
    {
        lines.Add(new ExplanationLine(label, null, value, citation, note));
        return this;
    }

    /// <summary>Adds a line that has already been built.</summary>
    /// <param name="line">The line.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is null.</exception>
    public ExplanationBuilder Add(ExplanationLine line)
    {
        lines.Add(Preconditions.CheckNotNull(line, nameof(line)));
        return this;
    }

    /// <summary>Adds a line with children built by <paramref name="children"/>.</summary>
    /// <param name="label">What the group is.</param>
    /// <param name="children">Adds the group's lines to the builder it is given.</param>
    /// <param name="amount">The group's total, when it has one.</param>
    /// <param name="citation">The rule the group comes from.</param>
    /// <param name="note">A note for the reader.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="children"/> is null.</exception>
    public ExplanationBuilder Group(string label, Action<ExplanationBuilder> children, Money? amount = null, Citation? citation = null, string? note = null)
    {
        Preconditions.CheckNotNull(children, nameof(children));
        var nested = new ExplanationBuilder(label);
        children(nested);
        lines.Add(new ExplanationLine(label, amount, null, citation, note, nested.lines));
        return this;
    }

    /// <summary>Builds the explanation from the lines added so far.</summary>
    /// <returns>The immutable explanation.</returns>
    public Explanation Build() => new(title, lines.ToArray());
}
