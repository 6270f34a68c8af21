using System;
using System.Linq;
using Knowsley.CareDomain.Explanations;

namespace Knowsley.CareDomain.Tests;

public sealed class ExplanationTests
{
    private static readonly Citation Regs = new("SI 2014/2672", "reg. 7", "Care and Support (Charging and Assessment of Resources) Regulations 2014");

    private static Explanation Sample()
    {
        var builder = new ExplanationBuilder("Weekly charge for care at home");
        builder.Group(
            "Income",
            g => g.Add("State Pension", Money.Parse("221.20"))
                  .Add("PIP mobility", Money.Zero, Regs.WithProvision("Sch. 1 para 8"), "Disregarded in full"),
            amount: Money.Parse("221.20"));
        builder.Add("Minimum Income Guarantee", Money.Parse("-228.70"), Regs);
        builder.AddValue("Decision", "No charge", note: "Income is below the guarantee");
        return builder.Build();
    }

    [Fact]
    public void Builder_keeps_order_nesting_amounts_and_citations()
    {
        var e = Sample();
        Assert.Equal(3, e.Lines.Count);
        Assert.Equal(new[] { "Income", "State Pension", "PIP mobility", "Minimum Income Guarantee", "Decision" }, e.AllLines().Select(l => l.Label));
        Assert.Equal(Money.Parse("221.20"), e.Lines[0].Amount);
        Assert.Equal("SI 2014/2672 Sch. 1 para 8", e.Lines[0].Children[1].Citation!.ToString());
        Assert.Equal("No charge", e.Lines[2].DisplayValue);
    }

    [Fact]
    public void Text_rendering_aligns_amounts_and_shows_citations_and_notes()
    {
        var text = Sample().ToText();
        var expected = string.Join("\n", new[]
        {
            "Weekly charge for care at home",
            "==============================",
            "Income                      £221.20",
            "  State Pension             £221.20",
            "  PIP mobility                £0.00  [SI 2014/2672 Sch. 1 para 8]",
            "    Note: Disregarded in full",
            "Minimum Income Guarantee   -£228.70  [SI 2014/2672 reg. 7]",
            "Decision                  No charge",
            "  Note: Income is below the guarantee",
            string.Empty,
        });
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Text_rendering_puts_a_label_wider_than_the_column_on_its_own_line()
    {
        var longLabel = new string('x', 80);
        var text = new ExplanationBuilder("T")
            .Add(longLabel, Money.Parse("1.00"))
            .Add("Short", Money.Parse("22.00"), Regs)
            .AddValue("A heading with no amount", string.Empty, Regs)
            .Build()
            .ToText();
        var lines = text.Split('\n');
        Assert.Equal(longLabel, lines[2]);
        Assert.Equal(new string(' ', 72) + "   £1.00", lines[3]);
        Assert.Equal("Short".PadRight(72) + "  £22.00  [SI 2014/2672 reg. 7]", lines[4]);
        Assert.Equal("A heading with no amount  [SI 2014/2672 reg. 7]", lines[5]);
    }

    [Fact]
    public void Markdown_rendering_nests_and_escapes()
    {
        var md = Sample().ToMarkdown();
        Assert.StartsWith("### Weekly charge for care at home\n\n- Income: **£221.20**\n  - State Pension: **£221.20**\n", md, StringComparison.Ordinal);
        Assert.Contains("- Minimum Income Guarantee: **-£228.70** — *SI 2014/2672 reg. 7*", md, StringComparison.Ordinal);
        var escaped = new ExplanationBuilder("A *bold* [claim]").AddValue("x_y", "1|2").Build().ToMarkdown();
        Assert.Contains("A \\*bold\\* \\[claim\\]", escaped, StringComparison.Ordinal);
        Assert.Contains("x\\_y: **1\\|2**", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_labels_are_refused()
    {
        Assert.Equal("label", Assert.Throws<ArgumentException>(() => new ExplanationLine(" ")).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new ExplanationBuilder("")).ParamName);
    }

    [Fact]
    public void Citation_forms_and_equality()
    {
        Assert.Equal("SI 2014/2672 reg. 7", Regs.ToString());
        Assert.Equal("SI 2014/2672 reg. 7 (Care and Support (Charging and Assessment of Resources) Regulations 2014)", Regs.ToLongString());
        Assert.Equal(Regs, new Citation("SI 2014/2672", "reg. 7", "Care and Support (Charging and Assessment of Resources) Regulations 2014"));
        Assert.NotEqual(Regs, Regs.WithProvision("reg. 6"));
        Assert.Equal("provision", Assert.Throws<ArgumentException>(() => new Citation("SI 2014/2672", "")).ParamName);
    }
}
