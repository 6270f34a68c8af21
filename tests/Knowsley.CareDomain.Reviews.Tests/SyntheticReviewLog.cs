using System;
using System.Collections.Generic;
using Knowsley.CareDomain.Reviews.Events;
using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Reviews.WaitingLists;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.Tests;

/// <summary>
/// A seeded synthetic event log for comparing bulk results with their one-case-at-a-time definitions: care and support
/// plans, carers' support plans and direct payments started 2015-2026, with planned and unplanned reviews (some after
/// the as-at date), ended plans and waiting-list requests, rows shuffled and a few damaged so that every rejection path
/// is taken. This project does not reference Knowsley.CareDomain.Synthetic (which depends on every module), so the
/// shapes are made here.
/// </summary>
internal static class SyntheticReviewLog
{
    public static readonly LocalDate AsAt = new(2026, 3, 31);

    private static readonly string?[] Teams = { "North", "South", "Central", "Hospital", null };
    private static readonly WaitType[] WaitTypes = { WaitType.Assessment, WaitType.CarersAssessment, WaitType.Review, WaitType.FinancialAssessment, WaitType.OccupationalTherapy, WaitType.Dols };
    private static readonly string[] Flags = { "lives-alone", "carer-breakdown", "falls-risk", "self-neglect" };

    /// <summary>The events of <paramref name="people"/> synthetic people, in shuffled order, with some damaged rows.</summary>
    public static IReadOnlyList<ReviewEvent> Events(int people, int seed = 20261130)
    {
        var random = new Random(seed);
        var events = new List<ReviewEvent>();
        var row = 1;
        var origin = new LocalDate(2015, 4, 1);
        for (var p = 1; p <= people; p++)
        {
            var person = $"P{p:D5}";
            var team = Teams[random.Next(Teams.Length)];
            var plans = random.Next(10) < 3 ? 2 : 1;
            for (var j = 1; j <= plans; j++)
            {
                var caseId = $"C{p:D5}-{j}";
                var pick = random.Next(100);
                var type = pick < 70 ? ReviewType.CareAndSupportPlan : pick < 85 ? ReviewType.CarersSupportPlan : ReviewType.DirectPayment;
                LocalDate? signedOff = origin.PlusDays(random.Next(0, 4020));
                LocalDate? started = signedOff.Value.PlusDays(random.Next(-5, 41));
                if (type == ReviewType.DirectPayment && random.Next(10) < 3)
                {
                    signedOff = null;
                }
                else if (type != ReviewType.DirectPayment && random.Next(10) == 0)
                {
                    started = null;
                }

                var start = signedOff is null ? started!.Value : started is null || signedOff < started ? signedOff.Value : started.Value;
                var first = true;
                void Add(ReviewEventKind kind, LocalDate date, ReviewReason? reason = null)
                {
                    events.Add(new ReviewEvent(row++, kind, caseId, person, date, first ? type : null, reason, team: first ? team : null));
                    first = false;
                }

                if (signedOff is not null)
                {
                    Add(ReviewEventKind.PlanSignedOff, signedOff.Value);
                }

                if (started is not null)
                {
                    Add(ReviewEventKind.ServiceStarted, started.Value);
                }

                var date = start;
                var reviews = random.Next(0, 8);
                for (var r = 0; r < reviews; r++)
                {
                    date = date.PlusDays(random.Next(20, 520));
                    Add(ReviewEventKind.ReviewCompleted, date, random.Next(10) < 8 ? ReviewReason.Planned : ReviewReason.Unplanned);
                }

                if (random.Next(100) < 15)
                {
                    Add(ReviewEventKind.PlanEnded, start.PlusDays(random.Next(0, 3000)));
                }
            }

            if (random.Next(100) < 25)
            {
                var requested = AsAt.PlusDays(-random.Next(0, 400));
                var age = random.Next(10) == 0 ? (int?)null : random.Next(18, 100);
                var flags = random.Next(3) == 0 ? new[] { Flags[random.Next(Flags.Length)] } : null;
                events.Add(new ReviewEvent(row++, ReviewEventKind.RequestReceived, $"R{p:D5}", person, requested, waitType: WaitTypes[random.Next(WaitTypes.Length)], team: team, age: age, riskFlags: flags));
                if (random.Next(10) < 6)
                {
                    events.Add(new ReviewEvent(row++, ReviewEventKind.RequestCompleted, $"R{p:D5}", person, requested.PlusDays(random.Next(0, 120))));
                }
            }
        }

        // Damage about 1 row in 100, each in one of the ways a real extract goes wrong.
        var damaged = new List<ReviewEvent>(events.Count + 64);
        foreach (var e in events)
        {
            switch (random.Next(600))
            {
                case 0: // the same row twice under another row number (a duplicate sign-off, start, review or request)
                    damaged.Add(e);
                    damaged.Add(new ReviewEvent(row++, e.Kind, e.CaseId, e.PersonId, e.Date, e.ReviewType, e.Reason, e.WaitType, e.Team, e.Age, e.RiskFlags));
                    break;
                case 1: // another person's identifier
                    damaged.Add(new ReviewEvent(e.Row, e.Kind, e.CaseId, e.PersonId + "X", e.Date, e.ReviewType, e.Reason, e.WaitType, e.Team, e.Age, e.RiskFlags));
                    break;
                case 2: // review type, reason and wait type lost
                    damaged.Add(new ReviewEvent(e.Row, e.Kind, e.CaseId, e.PersonId, e.Date, null, null, null, e.Team, e.Age, e.RiskFlags));
                    break;
                case 3: // a date 30 years out: a review before its plan, a start or request in the future (completed before it)
                    var shifted = e.Date.PlusYears(e.Kind == ReviewEventKind.ReviewCompleted ? -30 : 30);
                    damaged.Add(new ReviewEvent(e.Row, e.Kind, e.CaseId, e.PersonId, shifted, e.ReviewType, e.Reason, e.WaitType, e.Team, e.Age, e.RiskFlags));
                    break;
                case 4: // the row is missing
                    break;
                default:
                    damaged.Add(e);
                    break;
            }
        }

        for (var i = damaged.Count - 1; i > 0; i--)
        {
            var k = random.Next(i + 1);
            (damaged[i], damaged[k]) = (damaged[k], damaged[i]);
        }

        return damaged;
    }
}
