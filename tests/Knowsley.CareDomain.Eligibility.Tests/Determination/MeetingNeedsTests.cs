using System;
using Knowsley.CareDomain.Eligibility.Adults;
using Knowsley.CareDomain.Eligibility.Determination;
using NodaTime;
using static Knowsley.CareDomain.Eligibility.Tests.Build;

namespace Knowsley.CareDomain.Eligibility.Tests.Determination;

/// <summary>The duty or power to meet an adult's eligible needs: Care Act 2014 ss.13, 18 and 19.</summary>
public sealed class MeetingNeedsTests
{
    private static EligibilityDetermination With(MeetingNeedsCircumstances c, LocalDate? date = null) => Determine(Adult(circumstances: c, date: date));

    [Fact]
    public void Ordinarily_resident_and_at_or_below_the_limit_is_a_duty_condition_1_s18_2()
    {
        var d = With(InAreaAtOrBelowLimit());
        Assert.Equal(MeetingNeedsBasis.AdultDuty, d.MeetingNeeds.Basis);
        Assert.Contains("condition 1, s.18(2)", d.MeetingNeeds.Reasons, StringComparison.Ordinal);
    }

    [Fact]
    public void Present_with_no_settled_residence_is_enough_s18_1_a()
        => Assert.Equal(MeetingNeedsBasis.AdultDuty, With(new MeetingNeedsCircumstances(OrdinaryResidence.PresentNoSettledResidence, FinancialPosition.NoCharge)).MeetingNeeds.Basis);

    // s.18(3): above the upper limit, asks the council to arrange care at home: duty through condition 2.
    [Fact]
    public void Above_the_limit_asking_for_home_care_is_a_duty_condition_2_s18_3()
    {
        var d = With(new MeetingNeedsCircumstances(OrdinaryResidence.InArea, FinancialPosition.AboveLimit, asksCouncilToMeetNeeds: true));
        Assert.True(d.IsEligible);
        Assert.Equal(MeetingNeedsBasis.AdultDuty, d.MeetingNeeds.Basis);
        Assert.Contains("condition 2, s.18(3)", d.MeetingNeeds.Reasons, StringComparison.Ordinal);
    }

    // Condition 2 does not cover care-home accommodation (transitional restriction): power only (s.19(1)).
    [Fact]
    public void Above_the_limit_wanting_a_care_home_place_is_power_only_s19_1()
    {
        var d = With(new MeetingNeedsCircumstances(OrdinaryResidence.InArea, FinancialPosition.AboveLimit, asksCouncilToMeetNeeds: true, needsToBeMetInCareHome: true));
        Assert.True(d.IsEligible);
        Assert.Equal(MeetingNeedsBasis.AdultPower, d.MeetingNeeds.Basis);
        Assert.False(d.MeetingNeeds.IsDuty);
        Assert.Contains(d.MeetingNeeds.Notes, n => n.Contains("does not cover accommodation in a care home", StringComparison.Ordinal));
    }

    [Fact]
    public void A_council_overlay_can_lift_the_care_home_restriction()
    {
        var rules = new EligibilityRules(evidenceNoteRequired: true, condition2ExcludesCareHomes: false, coronavirusActSubstitutedDuty: false);
        var a = Adult(circumstances: new MeetingNeedsCircumstances(OrdinaryResidence.InArea, FinancialPosition.AboveLimit, asksCouncilToMeetNeeds: true, needsToBeMetInCareHome: true));
        Assert.Equal(MeetingNeedsBasis.AdultDuty, EligibilityDeterminer.Determine(a, rules).MeetingNeeds.Basis);
    }

    // s.18(4): condition 3, lacks capacity and no one to arrange the care.
    [Fact]
    public void Above_the_limit_lacking_capacity_with_no_one_to_arrange_is_a_duty_condition_3_s18_4()
    {
        var d = With(new MeetingNeedsCircumstances(OrdinaryResidence.InArea, FinancialPosition.AboveLimit, lacksCapacityAndNoOneToArrange: true, needsToBeMetInCareHome: true));
        Assert.Equal(MeetingNeedsBasis.AdultDuty, d.MeetingNeeds.Basis);
        Assert.Contains("condition 3, s.18(4)", d.MeetingNeeds.Reasons, StringComparison.Ordinal);
    }

    [Fact]
    public void Above_the_limit_not_asking_is_power_only()
        => Assert.Equal(MeetingNeedsBasis.AdultPower, With(new MeetingNeedsCircumstances(OrdinaryResidence.InArea, FinancialPosition.AboveLimit)).MeetingNeeds.Basis);

    // s.19(2): ordinarily resident in another area: power, and notify the other council.
    [Fact]
    public void Ordinarily_resident_elsewhere_is_a_s19_2_power_with_notice()
    {
        var d = With(new MeetingNeedsCircumstances(OrdinaryResidence.OtherArea, FinancialPosition.AtOrBelowLimit));
        Assert.True(d.IsEligible);
        Assert.Equal(MeetingNeedsBasis.AdultPowerOtherArea, d.MeetingNeeds.Basis);
        Assert.Contains(d.MeetingNeeds.Notes, n => n.Contains("notify", StringComparison.Ordinal));
    }

    // s.13(3)(c): ordinary residence must be established; with it unknown the duty is not decided.
    [Fact]
    public void Unknown_residence_or_finances_leave_the_duty_pending()
    {
        Assert.Equal(MeetingNeedsBasis.Pending, Determine(Adult()).MeetingNeeds.Basis);
        Assert.Equal(MeetingNeedsBasis.Pending, With(new MeetingNeedsCircumstances(OrdinaryResidence.InArea)).MeetingNeeds.Basis);
    }

    // Coronavirus Act 2020 Sch. 12: from 31 March 2020 to 16 July 2021 s.18(1) was the Convention-rights duty.
    [Theory]
    [InlineData(2020, 3, 30, "duty-s18")]
    [InlineData(2020, 3, 31, "duty-s18-convention-rights")]
    [InlineData(2020, 6, 1, "duty-s18-convention-rights")]
    [InlineData(2021, 7, 16, "duty-s18-convention-rights")]
    [InlineData(2021, 7, 17, "duty-s18")]
    public void The_s18_duty_is_dated(int y, int m, int day, string basis)
    {
        var date = new LocalDate(y, m, day);
        var a = new AdultEligibilityAssessment("NA-1", "P-1", date, date.PlusDays(-14), date, Impairment(), new[] { Unmet(SpecifiedOutcome.Nutrition), Unmet(SpecifiedOutcome.ToiletNeeds) }, Impact(), circumstances: InAreaAtOrBelowLimit());
        Assert.Equal(basis, Determine(a).MeetingNeeds.Basis.Code);
    }

    [Fact]
    public void Not_eligible_gives_advice_and_information_s13_5()
    {
        var d = Determine(Adult(significant: false, circumstances: InAreaAtOrBelowLimit()));
        Assert.Equal(MeetingNeedsBasis.NotEligible, d.MeetingNeeds.Basis);
        Assert.Contains("s.13(5)", d.MeetingNeeds.Reasons, StringComparison.Ordinal);
        Assert.Contains("## Advice and information", d.ToLetterMarkdown(), StringComparison.Ordinal);
    }
}
