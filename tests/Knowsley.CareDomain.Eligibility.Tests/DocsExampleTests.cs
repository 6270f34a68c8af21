using System;
using System.IO;
using Knowsley.CareDomain.Eligibility.Adults;
using Knowsley.CareDomain.Eligibility.Determination;
using Knowsley.CareDomain.Eligibility.Letters;
using Knowsley.CareDomain.Eligibility.Outcomes;
using Knowsley.CareDomain.Eligibility.Serialization;
using Knowsley.CareDomain.Eligibility.Wellbeing;
using NodaTime;

namespace Knowsley.CareDomain.Eligibility.Tests;

public sealed class DocsExampleTests
{
    // The C# quick start of docs/eligibility.md, kept compiling and correct here.
    [Fact]
    public void Quick_start_gives_the_documented_answer()
    {
        var assessment = new AdultEligibilityAssessment(
            assessmentReference: "NA-1",
            personReference: "P-1",
            determinationDate: new LocalDate(2025, 3, 31),
            periodStart: new LocalDate(2025, 1, 6),
            periodEnd: new LocalDate(2025, 3, 28),
            impairmentOrIllness: new ConditionFinding(true, "Parkinson's disease, diagnosed 2019."),
            findings: new[]
            {
                new OutcomeFinding(SpecifiedOutcome.Nutrition, achieved: false, new[] { UnableToAchieveReason.WithoutAssistance },
                    evidence: "Cannot use the cooker safely; daughter cooks every evening.", metBy: NeedMetBy.Carer),
                new OutcomeFinding(SpecifiedOutcome.PersonalHygiene, achieved: false, new[] { UnableToAchieveReason.SignificantlyLonger },
                    evidence: "Washing and dressing take two hours."),
            },
            significantImpact: new SignificantImpactFinding(true, new[] { WellbeingArea.PersonalDignity }, "Exhausted and embarrassed by the time personal care takes."),
            circumstances: new MeetingNeedsCircumstances(OrdinaryResidence.InArea, FinancialPosition.AtOrBelowLimit));

        var determination = EligibilityDeterminer.Determine(assessment, EligibilityParameters.Statutory);
        Assert.True(determination.IsEligible);
        Assert.Equal("duty-s18", determination.MeetingNeeds.Basis.Code);
        Assert.Single(determination.MeetingNeeds.NeedsMetByCarer);
        Assert.Contains("SI 2015/313 reg. 2(1)(b)", determination.Explanation.ToText(), StringComparison.Ordinal);
        Assert.Contains("Your needs meet the eligibility criteria", determination.ToLetterMarkdown(new DecisionLetterOptions("Knowsley Council")), StringComparison.Ordinal);

        // Reading the documented example file, as `care eligibility` does.
        var root = Serialization.JsonTests.RepositoryRoot();
        var fromFile = EligibilityAssessmentJson.Read(File.ReadAllText(Path.Combine(root, "docs", "examples", "eligibility-determination.json")));
        Assert.True(EligibilityDeterminer.Determine(fromFile, EligibilityParameters.Statutory).IsEligible);
    }
}
