using System;
using Knowsley.CareDomain.Eligibility.Adults;
using Knowsley.CareDomain.Eligibility.Letters;
using Knowsley.CareDomain.Eligibility.Outcomes;
using static Knowsley.CareDomain.Eligibility.Tests.Build;

namespace Knowsley.CareDomain.Eligibility.Tests.Letters;

/// <summary>The written record of the determination and the reasons (Care Act 2014 s.13(2)).</summary>
public sealed class DecisionLetterTests
{
    [Fact]
    public void Letter_states_the_decision_conditions_outcomes_and_challenge_route()
    {
        var d = Determine(Adult(new[] { Unmet(SpecifiedOutcome.Nutrition, NeedMetBy.Carer), Unmet(SpecifiedOutcome.PersonalHygiene), Met(SpecifiedOutcome.ToiletNeeds) }, circumstances: InAreaAtOrBelowLimit()));
        var letter = d.ToLetterMarkdown(new DecisionLetterOptions("Knowsley Council", "0151 443 0000"));
        Assert.StartsWith("# Your eligibility decision", letter, StringComparison.Ordinal);
        Assert.Contains("**Knowsley Council**", letter, StringComparison.Ordinal);
        Assert.Contains("Dear Alex Example,", letter, StringComparison.Ordinal);
        Assert.Contains("**Your needs meet the eligibility criteria.**", letter, StringComparison.Ordinal);
        Assert.Contains("from 6 January 2025 to 28 March 2025", letter, StringComparison.Ordinal);
        Assert.Contains("| Managing and maintaining nutrition | Unable to achieve | Unable to achieve it without assistance. Observed: nutrition. | Being met by a carer |", letter, StringComparison.Ordinal);
        Assert.Contains("| Managing toilet needs | Achieved |", letter, StringComparison.Ordinal);
        Assert.Contains("| Being appropriately clothed | Not identified as a need | - | - |", letter, StringComparison.Ordinal);
        Assert.Contains("section 18(7)", letter, StringComparison.Ordinal);
        Assert.Contains("Local Government and Social Care Ombudsman", letter, StringComparison.Ordinal);
        Assert.Contains("complaints procedure", letter, StringComparison.Ordinal);
        Assert.Contains("Contact: 0151 443 0000", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("## Advice and information", letter, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_is_the_same_every_time() => Assert.Equal(Determine(Adult()).ToLetterMarkdown(), Determine(Adult()).ToLetterMarkdown());

    [Fact]
    public void Letter_escapes_markdown_in_notes()
    {
        var f = new OutcomeFinding(SpecifiedOutcome.Nutrition, false, new[] { UnableToAchieveReason.WithoutAssistance }, "Eats | drinks *little*\nweight 45kg");
        var letter = Determine(Adult(new[] { f, Unmet(SpecifiedOutcome.ToiletNeeds) })).ToLetterMarkdown();
        Assert.Contains("Eats \\| drinks \\*little\\* weight 45kg.", letter, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_need_a_council_name()
        => Assert.Throws<ArgumentException>(() => new DecisionLetterOptions(" "));
}
