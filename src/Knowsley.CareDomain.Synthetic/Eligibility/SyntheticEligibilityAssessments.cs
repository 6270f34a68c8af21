using System;
using System.Collections.Generic;
using System.Linq;
using Knowsley.CareDomain.Charging.Rates;
using Knowsley.CareDomain.ClientLevelData;
using Knowsley.CareDomain.Eligibility.Adults;
using Knowsley.CareDomain.Eligibility.Carers;
using Knowsley.CareDomain.Eligibility.Determination;
using Knowsley.CareDomain.Eligibility.Outcomes;
using Knowsley.CareDomain.Eligibility.Wellbeing;
using NodaTime;

namespace Knowsley.CareDomain.Synthetic.Eligibility;

/// <summary>Derives eligibility findings from synthetic people, for demos, notebooks and benchmarks (SI 2015/313 regs 2 and 3).</summary>
/// <remarks>
/// <para>Each person's findings come from their own stream (<see cref="SyntheticPerson.RandomFor"/> with <c>"eligibility"</c>,
/// and <c>"eligibility-carer"</c> for their carer), so they do not depend on the rest of the caseload. The shapes are
/// synthetic, not statistics: people in long-term support mostly have two to six unmet outcomes, people in short-term
/// support fewer; about one in seven has needs that fluctuate (dated episodes); where a person has an unpaid carer, the
/// carer meets some of the needs. Personal care, nutrition and safety in the home are the most common unmet outcomes.</para>
/// <para>The financial position compares the person's savings with the upper capital limit in force on the date
/// (<c>charging.capital.upper-limit</c>); care homes are the CLD residential and nursing settings.</para>
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class SyntheticEligibilityAssessments
{
    private static readonly (SpecifiedOutcome Outcome, int Weight)[] AdultWeights =
    {
        (SpecifiedOutcome.PersonalHygiene, 30),
        (SpecifiedOutcome.Nutrition, 26),
        (SpecifiedOutcome.UseHomeSafely, 22),
        (SpecifiedOutcome.AppropriatelyClothed, 20),
        (SpecifiedOutcome.HabitableHome, 18),
        (SpecifiedOutcome.ToiletNeeds, 16),
        (SpecifiedOutcome.CommunityFacilities, 12),
        (SpecifiedOutcome.Relationships, 8),
        (SpecifiedOutcome.WorkTrainingEducationVolunteering, 4),
        (SpecifiedOutcome.CaringForChild, 1),
    };

    private static readonly (CarerOutcome Outcome, int Weight)[] CarerWeights =
    {
        (CarerOutcome.RecreationalActivities, 24),
        (CarerOutcome.WorkTrainingEducationVolunteering, 18),
        (CarerOutcome.Relationships, 16),
        (CarerOutcome.CommunityFacilities, 12),
        (CarerOutcome.HabitableHome, 8),
        (CarerOutcome.Nutrition, 6),
        (CarerOutcome.CaringForOthers, 4),
        (CarerOutcome.CaringForChild, 3),
    };

    private static readonly (UnableToAchieveReason Reason, int Weight)[] AdultWays =
    {
        (UnableToAchieveReason.WithoutAssistance, 60),
        (UnableToAchieveReason.EndangersHealthOrSafety, 18),
        (UnableToAchieveReason.SignificantPainDistressAnxiety, 14),
        (UnableToAchieveReason.SignificantlyLonger, 8),
    };

    private static readonly WellbeingArea[] Areas = WellbeingArea.Items.ToArray();

    /// <summary>The adult's eligibility findings as at a date: a needs assessment over the 12 weeks before it.</summary>
    /// <param name="person">The person.</param>
    /// <param name="asAt">The determination date (on or after 1 April 2015, and within the charging rate tables).</param>
    /// <returns>A valid assessment with an evidence note on every finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public static AdultEligibilityAssessment AdultFor(SyntheticPerson person, LocalDate asAt)
    {
        if (person is null)
        {
            throw new ArgumentNullException(nameof(person));
        }

        var random = person.RandomFor("eligibility");
        var periodEnd = asAt.PlusDays(-random.Next(0, 7));
        var periodStart = periodEnd.PlusDays(-random.Next(27, 85));
        var longTerm = person.IsLongTermSupport;
        var unmetCount = longTerm
            ? random.PickWeighted(new[] { (0, 2), (1, 6), (2, 24), (3, 26), (4, 20), (5, 12), (6, 10) })
            : random.PickWeighted(new[] { (0, 12), (1, 28), (2, 30), (3, 20), (4, 10) });
        var unmet = Draw(random, AdultWeights, unmetCount);
        var fluctuating = random.Chance(15);
        var findings = new List<OutcomeFinding>();
        foreach (var outcome in SpecifiedOutcome.Items)
        {
            if (unmet.Contains(outcome))
            {
                var ways = new List<UnableToAchieveReason> { random.PickWeighted(AdultWays) };
                if (random.Chance(25))
                {
                    var second = random.PickWeighted(AdultWays);
                    if (!ways.Contains(second))
                    {
                        ways.Add(second);
                    }
                }

                var metBy = person.HasUnpaidCarer && random.Chance(45) ? NeedMetBy.Carer : random.Chance(30) ? NeedMetBy.OtherSupport : NeedMetBy.Unmet;
                var episodes = fluctuating && random.Chance(60) ? Episodes(random, periodStart, periodEnd) : Array.Empty<NeedEpisode>();
                findings.Add(new OutcomeFinding(outcome, false, ways, $"Synthetic: unable ({string.Join(", ", ways.Select(w => w.Code))}).", metBy, episodes));
            }
            else if (random.Chance(50))
            {
                findings.Add(new OutcomeFinding(outcome, true, null, "Synthetic: manages this independently."));
            }
        }

        var impairment = !random.Chance(longTerm ? 1 : 4);
        var significant = unmet.Count >= 2 ? random.Chance(92) : random.Chance(35);
        var impact = significant
            ? new SignificantImpactFinding(true, Draw(random, Areas.Select(a => (a, 1)).ToArray(), random.Next(1, 4)).OrderBy(a => a.DeclarationOrder).ToArray(), "Synthetic: significant impact recorded by the practitioner.", random.Pick(ImpactWay.Items))
            : new SignificantImpactFinding(false, null, "Synthetic: no significant impact on wellbeing.");
        var careHome = person.ServiceType.IsCareHome;
        var residence = random.PickWeighted(new[] { (OrdinaryResidence.InArea, 96), (OrdinaryResidence.PresentNoSettledResidence, 1), (OrdinaryResidence.OtherArea, 2), (OrdinaryResidence.NotEstablished, 1) });
        var limit = ChargingParameters.Default.MoneyOn(ChargingParameterNames.UpperCapitalLimit, asAt);
        var capital = person.Savings + (careHome ? person.HomeValue : Money.Zero);
        var position = random.Chance(3) ? FinancialPosition.NotYetAssessed : capital > limit ? FinancialPosition.AboveLimit : FinancialPosition.AtOrBelowLimit;
        var circumstances = new MeetingNeedsCircumstances(residence, position, asksCouncilToMeetNeeds: random.Chance(60), lacksCapacityAndNoOneToArrange: person.PrimarySupportReason == PrimarySupportReason.MemoryAndCognition && random.Chance(15), needsToBeMetInCareHome: careHome);
        return new AdultEligibilityAssessment(
            "SYN-NA-" + person.Id,
            person.Id,
            asAt,
            periodStart,
            periodEnd,
            new ConditionFinding(impairment, impairment ? $"Synthetic: {person.PrimarySupportReason.DisplayName}." : "Synthetic: needs arise from circumstances, not an impairment or illness."),
            findings,
            impact,
            circumstances: circumstances);
    }

    /// <summary>The findings of the person's unpaid carer as at a date, or null when the person has no unpaid carer.</summary>
    /// <param name="person">The person cared for.</param>
    /// <param name="asAt">The determination date.</param>
    /// <returns>A valid carer's assessment, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public static CarerEligibilityAssessment? CarerFor(SyntheticPerson person, LocalDate asAt)
    {
        if (person is null)
        {
            throw new ArgumentNullException(nameof(person));
        }

        if (!person.HasUnpaidCarer)
        {
            return null;
        }

        var random = person.RandomFor("eligibility-carer");
        var periodEnd = asAt.PlusDays(-random.Next(0, 7));
        var periodStart = periodEnd.PlusDays(-random.Next(27, 85));
        var unmet = Draw(random, CarerWeights, random.PickWeighted(new[] { (0, 30), (1, 30), (2, 22), (3, 12), (4, 6) }));
        var carerWays = AdultWays.Where(w => w.Reason.AppliesToCarers).ToArray();
        var findings = new List<CarerOutcomeFinding>();
        foreach (var outcome in CarerOutcome.Items)
        {
            if (unmet.Contains(outcome))
            {
                var way = random.PickWeighted(carerWays);
                findings.Add(new CarerOutcomeFinding(outcome, false, new[] { way }, $"Synthetic: unable ({way.Code})."));
            }
            else if (random.Chance(40))
            {
                findings.Add(new CarerOutcomeFinding(outcome, true, null, "Synthetic: manages this."));
            }
        }

        var health = random.PickWeighted(new[] { (HealthDeterioration.None, 60), (HealthDeterioration.AtRiskOfDeteriorating, 28), (HealthDeterioration.Deteriorating, 12) });
        var necessary = !random.Chance(5);
        var significant = unmet.Count > 0 || health.Applies ? random.Chance(80) : random.Chance(15);
        var impact = significant
            ? new SignificantImpactFinding(true, new[] { random.Pick(Areas) }, "Synthetic: significant impact on the carer's wellbeing.")
            : new SignificantImpactFinding(false, null, "Synthetic: no significant impact on the carer's wellbeing.");
        var circumstances = new CarerMeetingNeedsCircumstances(OrdinaryResidence.InArea, random.Chance(85) ? FinancialPosition.NoCharge : FinancialPosition.AtOrBelowLimit);
        return new CarerEligibilityAssessment(
            "SYN-CA-" + person.Id,
            "CARER-" + person.Id,
            person.Id,
            asAt,
            periodStart,
            periodEnd,
            new ConditionFinding(necessary, necessary ? "Synthetic: provides care the person cannot do for themselves." : "Synthetic: the help given is not necessary care."),
            health,
            findings,
            impact,
            health.Applies ? "Synthetic: GP reports strain." : null,
            circumstances: circumstances);
    }

    private static HashSet<T> Draw<T>(SyntheticRandom random, IReadOnlyList<(T Item, int Weight)> weighted, int count)
        where T : notnull
    {
        var chosen = new HashSet<T>();
        var remaining = weighted.ToList();
        while (chosen.Count < count && remaining.Count > 0)
        {
            var item = random.PickWeighted(remaining);
            chosen.Add(item);
            remaining.RemoveAll(w => Equals(w.Item, item));
        }

        return chosen;
    }

    private static NeedEpisode[] Episodes(SyntheticRandom random, LocalDate start, LocalDate end)
    {
        var days = Period.Between(start, end, PeriodUnits.Days).Days;
        var count = random.Next(1, 4);
        var episodes = new List<NeedEpisode>();
        for (var i = 0; i < count; i++)
        {
            var from = start.PlusDays(random.Next(0, Math.Max(1, days - 1)));
            var to = from.PlusDays(random.Next(0, 10));
            episodes.Add(new NeedEpisode(from, to > end ? end : to, "Synthetic: flare-up."));
        }

        return episodes.OrderBy(e => e.Start).ToArray();
    }
}
