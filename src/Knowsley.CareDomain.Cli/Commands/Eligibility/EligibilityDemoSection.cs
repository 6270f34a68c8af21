using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Knowsley.CareDomain.Cli.Demo;
using Knowsley.CareDomain.Eligibility;
using Knowsley.CareDomain.Eligibility.Adults;
using Knowsley.CareDomain.Eligibility.Determination;
using Knowsley.CareDomain.Synthetic;
using Knowsley.CareDomain.Synthetic.Eligibility;
using Spectre.Console;

namespace Knowsley.CareDomain.Cli.Commands.Eligibility;

/// <summary>The eligibility section of <c>care demo</c>: how many of the synthetic caseload meet each condition, the most common unmet outcomes, the duty or power that follows, and carers' eligibility.</summary>
internal sealed class EligibilityDemoSection : IDemoSection
{
    public string Key => "eligibility";

    public string Title => "Eligibility (Care Act 2014 s.13; SI 2015/313)";

    public DemoSectionResult Run(SyntheticCaseload caseload, CliServices services)
    {
        var rules = EligibilityRules.For(EligibilityParameters.Statutory, caseload.AsAt);
        var adults = caseload.People.Select(p => EligibilityDeterminer.Determine(SyntheticEligibilityAssessments.AdultFor(p, caseload.AsAt), rules)).ToArray();
        var carers = caseload.People.Select(p => SyntheticEligibilityAssessments.CarerFor(p, caseload.AsAt)).Where(c => c is not null)
            .Select(c => EligibilityDeterminer.Determine(c!, rules)).ToArray();

        int Meeting(IEnumerable<EligibilityDetermination> ds, int index) => ds.Count(d => d.Conditions[index].Met);
        var unmet = SpecifiedOutcome.Items
            .Select(o => (Outcome: o, People: adults.Count(d => d.Outcomes.Any(x => x.Code == o.Code && x.UnableToAchieve))))
            .OrderByDescending(x => x.People).ThenBy(x => x.Outcome.DeclarationOrder)
            .ToArray();
        var bases = adults.Concat(carers).GroupBy(d => d.MeetingNeeds.Basis).OrderBy(g => g.Key.DeclarationOrder).ToArray();
        var carerHealth = carers.Count(d => d.IsEligible && d.Outcomes[0].UnableToAchieve);
        var fluctuating = adults.Count(d => d.Outcomes.Any(o => o.Episodes.Count > 0));
        var metByCarer = adults.Count(d => d.MeetingNeeds.NeedsMetByCarer.Count > 0);

        var data = new
        {
            asAt = caseload.AsAt,
            adults = new
            {
                assessed = adults.Length,
                impairmentOrIllness = Meeting(adults, 0),
                unableToAchieveTwoOrMore = Meeting(adults, 1),
                significantImpact = Meeting(adults, 2),
                eligible = adults.Count(d => d.IsEligible),
                withFluctuatingNeeds = fluctuating,
                withEligibleNeedsMetByCarer = metByCarer,
                unmetOutcomes = unmet.ToDictionary(x => x.Outcome.Code, x => x.People),
            },
            carers = new
            {
                assessed = carers.Length,
                necessaryCare = Meeting(carers, 0),
                healthOrOutcome = Meeting(carers, 1),
                significantImpact = Meeting(carers, 2),
                eligible = carers.Count(d => d.IsEligible),
                eligibleWithHealthAtRisk = carerHealth,
            },
            meetingNeeds = bases.ToDictionary(g => g.Key.Code, g => g.Count()),
        };

        var conditions = new Table().Border(TableBorder.Simple).AddColumn("Adults (reg. 2)").AddColumn(new TableColumn("People").RightAligned()).AddColumn(new TableColumn("Share").RightAligned());
        void Row(Table t, string label, int n, int of) => t.AddRow(Markup.Escape(label), Number(n), Share(n, of));
        Row(conditions, "Assessed", adults.Length, adults.Length);
        Row(conditions, "C1 impairment or illness (reg. 2(1)(a))", data.adults.impairmentOrIllness, adults.Length);
        Row(conditions, "C2 unable to achieve 2+ outcomes (reg. 2(1)(b))", data.adults.unableToAchieveTwoOrMore, adults.Length);
        Row(conditions, "C3 significant impact on wellbeing (reg. 2(1)(c))", data.adults.significantImpact, adults.Length);
        Row(conditions, "Eligible (all three)", data.adults.eligible, adults.Length);
        Row(conditions, "Needs fluctuate (dated episodes, reg. 2(4))", fluctuating, adults.Length);
        Row(conditions, "Eligible needs met by a carer (s.18(7))", metByCarer, adults.Length);

        var outcomes = new Table().Border(TableBorder.Simple).AddColumn("Most common unmet outcomes (reg. 2(2))").AddColumn(new TableColumn("People").RightAligned()).AddColumn(new TableColumn("Share").RightAligned());
        foreach (var (outcome, people) in unmet.Take(5))
        {
            Row(outcomes, outcome.DisplayName, people, adults.Length);
        }

        var carerTable = new Table().Border(TableBorder.Simple).AddColumn("Carers (reg. 3)").AddColumn(new TableColumn("Carers").RightAligned()).AddColumn(new TableColumn("Share").RightAligned());
        Row(carerTable, "Assessed (people with an unpaid carer)", carers.Length, carers.Length);
        Row(carerTable, "C1 necessary care (reg. 3(1)(a))", data.carers.necessaryCare, carers.Length);
        Row(carerTable, "C2 health at risk or an outcome unmet (reg. 3(2))", data.carers.healthOrOutcome, carers.Length);
        Row(carerTable, "C3 significant impact (reg. 3(1)(c))", data.carers.significantImpact, carers.Length);
        Row(carerTable, "Eligible", data.carers.eligible, carers.Length);
        Row(carerTable, "Eligible, with health deteriorating or at risk", carerHealth, carers.Length);

        var duties = new Table().Border(TableBorder.Simple).AddColumn("What follows (ss.13, 18-20)").AddColumn(new TableColumn("People").RightAligned());
        foreach (var g in bases)
        {
            duties.AddRow(Markup.Escape($"{g.Key.DisplayName} ({g.Key.Citation.Provision})"), Number(g.Count()));
        }

        var view = new Rows(
            new Text($"Synthetic findings for {adults.Length:N0} adults and {carers.Length:N0} carers, determined as at {caseload.AsAt:uuuu-MM-dd}. The findings are synthetic; the rules are the regulations'."),
            conditions,
            outcomes,
            carerTable,
            duties);
        return new DemoSectionResult(data, view);
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));

    private static string Share(int part, int whole)
        => whole == 0 ? "-" : (part * 100m / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
