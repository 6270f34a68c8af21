using System;
using Knowsley.CareDomain.Eligibility.Adults;
using Knowsley.CareDomain.Eligibility.Carers;
using Knowsley.CareDomain.Eligibility.Outcomes;
using NodaTime;

namespace Knowsley.CareDomain.Eligibility.Tests.Outcomes;

/// <summary>
/// Adults' (SI 2015/313 reg. 2(2)–(3)) and carers' (reg. 3(2)(b), (3)) outcome findings share one normalisation and one
/// equality: the same fields count, in the same way, for both public types.
/// </summary>
public sealed class OutcomeFindingEqualityTests
{
    private static readonly UnableToAchieveReason[] Ways = { UnableToAchieveReason.WithoutAssistance };
    private static readonly NeedEpisode[] Episodes = { new(new LocalDate(2025, 2, 1), new LocalDate(2025, 2, 3)) };

    [Fact]
    public void Adult_findings_are_equal_field_by_field_after_normalising()
    {
        var a = new OutcomeFinding(SpecifiedOutcome.Nutrition, false, Ways, " Cannot cook ", null, Episodes);
        var b = new OutcomeFinding(SpecifiedOutcome.Nutrition, false, Ways, "Cannot cook", NeedMetBy.Unmet, Episodes);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal("Cannot cook", a.Evidence);
        Assert.Equal(NeedMetBy.Unmet, a.MetBy);
        Assert.NotEqual(a, new OutcomeFinding(SpecifiedOutcome.PersonalHygiene, false, Ways, "Cannot cook", null, Episodes));
        Assert.NotEqual(a, new OutcomeFinding(SpecifiedOutcome.Nutrition, false, new[] { UnableToAchieveReason.SignificantlyLonger }, "Cannot cook", null, Episodes));
        Assert.NotEqual(a, new OutcomeFinding(SpecifiedOutcome.Nutrition, false, Ways, "Cannot shop", null, Episodes));
        Assert.NotEqual(a, a.WithMetBy(NeedMetBy.Carer));
        Assert.NotEqual(a, new OutcomeFinding(SpecifiedOutcome.Nutrition, false, Ways, "Cannot cook"));
        Assert.NotEqual(a, new OutcomeFinding(SpecifiedOutcome.Nutrition, true, null, "Cannot cook", null, Episodes));
    }

    [Fact]
    public void Carer_findings_are_equal_field_by_field_after_normalising()
    {
        var a = new CarerOutcomeFinding(CarerOutcome.Nutrition, false, Ways, " Skips meals ", null, Episodes);
        var b = new CarerOutcomeFinding(CarerOutcome.Nutrition, false, Ways, "Skips meals", NeedMetBy.Unmet, Episodes);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal("Skips meals", a.Evidence);
        Assert.NotEqual(a, new CarerOutcomeFinding(CarerOutcome.HabitableHome, false, Ways, "Skips meals", null, Episodes));
        Assert.NotEqual(a, new CarerOutcomeFinding(CarerOutcome.Nutrition, false, Ways, "Skips meals"));
        Assert.NotEqual(a, a.WithMetBy(NeedMetBy.OtherSupport));
        Assert.Null(new CarerOutcomeFinding(CarerOutcome.Nutrition, true, evidence: "  ").Evidence);
        Assert.Empty(new CarerOutcomeFinding(CarerOutcome.Nutrition, true).Reasons);
    }

    // The reg. 3(3) check still runs for carers only, through the shared validation.
    [Fact]
    public void Shared_validation_keeps_the_carer_only_rule()
    {
        var ex = Assert.Throws<Validation.DomainValidationException>(() => Build.Carer(new[] { new CarerOutcomeFinding(CarerOutcome.Nutrition, false, new[] { UnableToAchieveReason.SignificantlyLonger }, "x") }));
        Assert.Contains(ex.Errors, e => e.Field == "findings[0].reasons[0]" && e.Rule == "carer-way");
        var adult = Build.Adult(new[] { new OutcomeFinding(SpecifiedOutcome.Nutrition, false, new[] { UnableToAchieveReason.SignificantlyLonger }, "x"), Build.Unmet(SpecifiedOutcome.PersonalHygiene) });
        Assert.Equal(UnableToAchieveReason.SignificantlyLonger, adult.Findings[0].Reasons[0]);
    }
}
