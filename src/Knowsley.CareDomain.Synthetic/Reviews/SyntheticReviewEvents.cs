using System;
using System.Collections.Generic;
using Knowsley.CareDomain.Reviews.Events;
using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Reviews.WaitingLists;
using NodaTime;

namespace Knowsley.CareDomain.Synthetic.Reviews;

/// <summary>Derives review, assessment and waiting-list events from synthetic people, for demos, notebooks and benchmarks.</summary>
/// <remarks>
/// <para>Each person's events come from their own stream (<see cref="SyntheticPerson.RandomFor"/> with <c>"reviews"</c>),
/// so they do not depend on the rest of the caseload. The shapes are chosen to give results of the order Knowsley's
/// CQC assessment (2025) reports: about 70% of annual reviews on time, about 60% of long-term support reviewed in the
/// year, median waits of about 1 week for assessments, 5 weeks for carers' assessments, 4 weeks for financial
/// assessments, 3 weeks for requested reviews and 11 weeks for DoLS. They are synthetic shapes, not statistics.</para>
/// <para>People in long-term support get a care and support plan (92% signed off within 28 days before their support
/// started), a first review, annual reviews (68% on time, 12% late by up to 4 months, 20% missed for 8 to 20 months), occasional unplanned reviews and,
/// for 30% of those with an unpaid carer, a carer's support plan. Anyone may have open or completed requests.</para>
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class SyntheticReviewEvents
{
    private static readonly string[] Teams = { "North", "South", "Central", "Hospital" };
    private static readonly string[] Flags = { "lives-alone", "carer-breakdown", "falls-risk", "self-neglect" };

    private static readonly (WaitType Type, int Percent, int MedianDays)[] Requests =
    {
        (WaitType.Assessment, 10, 7),
        (WaitType.CarersAssessment, 6, 35),
        (WaitType.FinancialAssessment, 8, 28),
        (WaitType.OccupationalTherapy, 6, 50),
        (WaitType.Review, 8, 21),
        (WaitType.Dols, 3, 76),
    };

    /// <summary>The events of one person up to a date, rows numbered from <paramref name="firstRow"/>.</summary>
    /// <param name="person">The person.</param>
    /// <param name="asAt">The date; no event is later.</param>
    /// <param name="firstRow">The row number of the first event.</param>
    /// <returns>The events in date order within each case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public static IReadOnlyList<ReviewEvent> For(SyntheticPerson person, LocalDate asAt, int firstRow = 1)
    {
        if (person is null)
        {
            throw new ArgumentNullException(nameof(person));
        }

        var random = person.RandomFor("reviews");
        var events = new List<ReviewEvent>();
        var row = firstRow;
        var team = random.Pick(Teams);
        if (person.IsLongTermSupport && person.SupportStart <= asAt)
        {
            AddPlan(events, ref row, random, person, "C-" + person.Id, ReviewType.CareAndSupportPlan, person.SupportStart, asAt, team);
            if (person.HasUnpaidCarer && random.Chance(30))
            {
                var carerStart = person.SupportStart.PlusDays(random.Next(0, 200));
                if (carerStart <= asAt)
                {
                    AddPlan(events, ref row, random, person, "K-" + person.Id, ReviewType.CarersSupportPlan, carerStart, asAt, team);
                }
            }
        }

        var n = 0;
        foreach (var (type, percent, median) in Requests)
        {
            if (!random.Chance(percent) || (type == WaitType.CarersAssessment && !person.HasUnpaidCarer))
            {
                continue;
            }

            var requested = asAt.PlusDays(-random.Next(0, 365));
            var id = $"R-{person.Id}-{++n}";
            var flags = random.Chance(25) ? new[] { random.Pick(Flags) } : Array.Empty<string>();
            events.Add(new ReviewEvent(row++, ReviewEventKind.RequestReceived, id, person.Id, requested, waitType: type, team: team, age: person.AgeOn(requested), riskFlags: flags));
            var length = Wait(random, median);
            var completed = requested.PlusDays(length);
            if (completed <= asAt)
            {
                events.Add(new ReviewEvent(row++, ReviewEventKind.RequestCompleted, id, person.Id, completed));
            }
        }

        return events;
    }

    /// <summary>The events of a caseload up to a date, rows numbered 1, 2, 3... across people in caseload order.</summary>
    /// <param name="people">The people.</param>
    /// <param name="asAt">The date.</param>
    /// <returns>The events.</returns>
    public static IReadOnlyList<ReviewEvent> ForCaseload(IEnumerable<SyntheticPerson> people, LocalDate asAt)
    {
        var all = new List<ReviewEvent>();
        foreach (var person in people ?? throw new ArgumentNullException(nameof(people)))
        {
            all.AddRange(For(person, asAt, all.Count + 1));
        }

        return all;
    }

    private static int Wait(SyntheticRandom random, int median)
    {
        // Half the waits within the median, half spread to four times it: the median is about right, with a long tail.
        return random.Chance(50) ? random.Next(0, median + 1) : median + random.Next(0, (3 * median) + 1);
    }

    private static void AddPlan(List<ReviewEvent> events, ref int row, SyntheticRandom random, SyntheticPerson person, string caseId, ReviewType type, LocalDate serviceStart, LocalDate asAt, string team)
    {
        var signed = serviceStart.PlusDays(random.Chance(92) ? -random.Next(0, 29) : -random.Next(29, 60));
        events.Add(new ReviewEvent(row++, ReviewEventKind.PlanSignedOff, caseId, person.Id, signed, type, team: team));
        events.Add(new ReviewEvent(row++, ReviewEventKind.ServiceStarted, caseId, person.Id, serviceStart));
        var first = signed.PlusWeeks(8);
        var review = random.Chance(80) ? signed.PlusDays(random.Next(42, 57)) : first.PlusDays(random.Next(1, 90));
        var due = first;
        while (review <= asAt)
        {
            events.Add(new ReviewEvent(row++, ReviewEventKind.ReviewCompleted, caseId, person.Id, review, reason: ReviewReason.Planned));
            if (random.Chance(12))
            {
                var unplanned = review.PlusDays(random.Next(30, 300));
                if (unplanned <= asAt)
                {
                    events.Add(new ReviewEvent(row++, ReviewEventKind.ReviewCompleted, caseId, person.Id, unplanned, reason: ReviewReason.Unplanned));
                }
            }

            due = review.PlusMonths(12);
            var roll = random.Next(0, 100);
            review = roll < 68 ? due.PlusDays(-random.Next(0, 60)) : roll < 80 ? due.PlusDays(random.Next(1, 120)) : due.PlusDays(random.Next(240, 600));
        }
    }
}
