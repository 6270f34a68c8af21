using System;
using System.Collections.Generic;
using Knowsley.CareDomain.Reviews.Calendar;
using Knowsley.CareDomain.Reviews.Scheduling;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.Measures;

/// <summary>Caseload review measures: long-term-support review coverage (the SALT LTS002b definition), the annual-review
/// completion rate, the overdue list, and plan-to-service timeliness.</summary>
/// <remarks>Results do not depend on the order of the cases.</remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class ReviewCompliance
{
    /// <summary>The SALT definition of the long-term-support review measure.</summary>
    public static readonly Citation SaltLts002b = new(
        "NHS Digital SALT data return guidance 2021-22",
        "LTS001c and LTS002b",
        "Short and Long Term Support (SALT) data return: clients in long-term support for more than 12 months at year end who were reviewed in the year");

    /// <summary>The review expectation the annual completion rate tests.</summary>
    public static readonly Citation AnnualReviewExpectation = new(
        "Care Act 2014",
        "s.27; Care and Support Statutory Guidance ch. 13 (reviews no later than every 12 months)",
        "Care Act 2014 section 27 (review of care and support plans)",
        "https://www.legislation.gov.uk/ukpga/2014/23/section/27");

    /// <summary>
    /// The proportion of people in long-term support for 12 months or more at the end of a financial year who had a
    /// review (planned or unplanned) completed in the year (SALT LTS002b over LTS001c), with planned and unplanned splits.
    /// </summary>
    /// <param name="cases">The cases; care and support plans are the long-term support episodes (start: service start, else sign-off).</param>
    /// <param name="year">The financial year.</param>
    /// <returns>The measures; each person is counted once.</returns>
    /// <remarks>Cohort: a person with a care and support plan that started on or before the year end less 12 months
    /// and had not ended by the year end. Carers' support plans and direct payment cases are left out (counted).
    /// Reviews of any of the person's care and support plans count.</remarks>
    public static ReviewCoverage LongTermSupportReviewCoverage(IEnumerable<ReviewCase> cases, FinancialYear year)
    {
        if (cases is null)
        {
            throw new ArgumentNullException(nameof(cases));
        }

        var yearEnd = year.End;
        var cohortStartBy = yearEnd.PlusMonths(-12);
        // At most one person per case: sized for that when the count is known, so it never regrows.
        var people = new Dictionary<string, (bool InCohort, bool Planned, bool Unplanned)>(cases is IReadOnlyCollection<ReviewCase> known ? known.Count : 0, StringComparer.Ordinal);
        int notPlan = 0, tooRecent = 0, ended = 0;
        foreach (var c in cases)
        {
            if (c.ReviewType != ReviewType.CareAndSupportPlan)
            {
                notPlan++;
                continue;
            }

            var start = c.ServiceStarted ?? c.PlanSignedOff!.Value;
            if (c.Ended is not null && c.Ended <= yearEnd)
            {
                ended++;
                continue;
            }

            if (start > cohortStartBy)
            {
                tooRecent++;
                continue;
            }

            people.TryGetValue(c.PersonId, out var p);
            p.InCohort = true;
            foreach (var r in c.Reviews)
            {
                if (r.Date >= year.Start && r.Date <= yearEnd)
                {
                    if (r.Reason == ReviewReason.Planned)
                    {
                        p.Planned = true;
                    }
                    else
                    {
                        p.Unplanned = true;
                    }
                }
            }

            people[c.PersonId] = p;
        }

        var denominator = people.Count;
        int any = 0, planned = 0, unplanned = 0;
        foreach (var p in people.Values)
        {
            any += p.Planned || p.Unplanned ? 1 : 0;
            planned += p.Planned ? 1 : 0;
            unplanned += p.Unplanned ? 1 : 0;
        }

        var exclusions = new[]
        {
            new MeasureExclusion("cases that are not care and support plans (carers' support plans, direct payments)", notPlan),
            new MeasureExclusion("plans ended on or before the year end", ended),
            new MeasureExclusion("plans started less than 12 months before the year end", tooRecent),
        };
        var method = $"People (counted once) with a care and support plan started on or before {cohortStartBy:uuuu-MM-dd} and open at {yearEnd:uuuu-MM-dd}; numerator: those with a review completed {year.Start:uuuu-MM-dd} to {yearEnd:uuuu-MM-dd}.";
        return new ReviewCoverage(
            MeasureResult.Build($"Long-term support reviewed in {year}", any, denominator, exclusions, method + " Planned or unplanned.", SaltLts002b),
            MeasureResult.Build($"Long-term support with a planned review in {year}", planned, denominator, exclusions, method + " Planned reviews only (including initial reviews).", SaltLts002b),
            MeasureResult.Build($"Long-term support with an unplanned review in {year}", unplanned, denominator, exclusions, method + " Unplanned reviews only.", SaltLts002b));
    }

    /// <summary>The annual-review completion rate: of the periodic (12-month) review due dates that fell in a period, the share met by a review completed on or before the due date.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="scheduler">The scheduler (parameters and council policy).</param>
    /// <param name="period">The period whose due dates are counted.</param>
    /// <param name="asAt">The date of the data; due dates after it are left out.</param>
    /// <returns>The measure.</returns>
    public static MeasureResult AnnualReviewCompletion(IEnumerable<ReviewCase> cases, ReviewScheduler scheduler, DateInterval period, LocalDate asAt)
    {
        if (cases is null)
        {
            throw new ArgumentNullException(nameof(cases));
        }

        if (scheduler is null)
        {
            throw new ArgumentNullException(nameof(scheduler));
        }

        // The case's timeline walked without building it: the same due dates Timeline lists, counted as they are found.
        var counts = new ReviewScheduler.CompletionCounts(period, asAt);
        foreach (var c in cases)
        {
            scheduler.CountCompletion(c, asAt, ref counts);
        }

        int due = counts.Due, onTime = counts.OnTime, late = counts.Late, first = counts.First, notYet = counts.NotYet;
        var exclusions = new[]
        {
            new MeasureExclusion("first (6-8 week or 6-month) reviews due in the period", first),
            new MeasureExclusion("due dates in the period after the as-at date", notYet),
        };
        return MeasureResult.Build(
            "Annual reviews completed on time",
            onTime,
            due,
            exclusions,
            $"Periodic review due dates from {period.Start:uuuu-MM-dd} to {period.End:uuuu-MM-dd} (on or before {asAt:uuuu-MM-dd}); numerator: met by a review completed on or before the due date. Council policy: clock from {scheduler.Policy.NextReviewAnchor.DisplayName.ToLowerInvariant()}, unplanned reviews {(scheduler.Policy.UnplannedReviewResetsClock ? "restart" : "do not restart")} the clock.",
            AnnualReviewExpectation,
            b => b.AddValue("Completed late", late.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>The reviews overdue on a date, most overdue first (then case identifier, ordinal).</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="scheduler">The scheduler.</param>
    /// <param name="asAt">The date.</param>
    /// <returns>The overdue reviews.</returns>
    public static IReadOnlyList<ReviewDue> Overdue(IEnumerable<ReviewCase> cases, ReviewScheduler scheduler, LocalDate asAt)
    {
        if (cases is null)
        {
            throw new ArgumentNullException(nameof(cases));
        }

        if (scheduler is null)
        {
            throw new ArgumentNullException(nameof(scheduler));
        }

        // Only overdue cases get a result (with an explanation built when first read); the rest allocate nothing.
        var overdue = new List<ReviewDue>();
        foreach (var c in cases)
        {
            var d = scheduler.OverdueOn(c, asAt);
            if (d is not null)
            {
                overdue.Add(d);
            }
        }

        // Most overdue first, then case identifier (ordinal); ties keep the input order, as a stable sort.
        var keyed = new (ReviewDue Due, int Index)[overdue.Count];
        for (var i = 0; i < keyed.Length; i++)
        {
            keyed[i] = (overdue[i], i);
        }

        Array.Sort(keyed, static (a, b) =>
        {
            var byDays = b.Due.DaysOverdue.CompareTo(a.Due.DaysOverdue);
            if (byDays != 0)
            {
                return byDays;
            }

            var byCase = string.CompareOrdinal(a.Due.CaseId, b.Due.CaseId);
            return byCase != 0 ? byCase : a.Index.CompareTo(b.Index);
        });
        var result = new ReviewDue[keyed.Length];
        for (var i = 0; i < keyed.Length; i++)
        {
            result[i] = keyed[i].Due;
        }

        return result;
    }

    /// <summary>Time from support plan completion (sign-off) to service start: the share of plans signed off in a period whose service started within a local target (for example 28 days).</summary>
    /// <param name="cases">The cases; care and support plans and carers' support plans with both dates count.</param>
    /// <param name="period">The period of plan sign-off.</param>
    /// <param name="asAt">The date of the data: services not started by then are left out (counted).</param>
    /// <param name="target">The local target (council policy; none is statutory).</param>
    /// <param name="calendar">The calendar, for a working-day target.</param>
    /// <returns>The measure.</returns>
    public static MeasureResult PlanToServiceTimeliness(IEnumerable<ReviewCase> cases, DateInterval period, LocalDate asAt, Timescale target, BankHolidayCalendar? calendar = null)
    {
        if (cases is null)
        {
            throw new ArgumentNullException(nameof(cases));
        }

        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        int within = 0, denominator = 0, directPayment = 0, noSignOff = 0, outside = 0, notStarted = 0, startedBefore = 0;
        foreach (var c in cases)
        {
            if (c.ReviewType == ReviewType.DirectPayment)
            {
                directPayment++;
                continue;
            }

            if (c.PlanSignedOff is null)
            {
                noSignOff++;
                continue;
            }

            var signed = c.PlanSignedOff.Value;
            if (!period.Contains(signed) || signed > asAt)
            {
                outside++;
                continue;
            }

            if (c.ServiceStarted is null || c.ServiceStarted > asAt)
            {
                notStarted++;
                continue;
            }

            if (c.ServiceStarted < signed)
            {
                startedBefore++;
                continue;
            }

            denominator++;
            if (c.ServiceStarted <= target.AddTo(signed, calendar))
            {
                within++;
            }
        }

        var exclusions = new[]
        {
            new MeasureExclusion("direct payment cases", directPayment),
            new MeasureExclusion("no plan sign-off date", noSignOff),
            new MeasureExclusion("plan signed off outside the period", outside),
            new MeasureExclusion("service not started by the as-at date", notStarted),
            new MeasureExclusion("service started before the plan was signed off", startedBefore),
        };
        return MeasureResult.Build(
            $"Service started within {target} of the support plan",
            within,
            denominator,
            exclusions,
            $"Plans signed off {period.Start:uuuu-MM-dd} to {period.End:uuuu-MM-dd} whose service started by {asAt:uuuu-MM-dd}; numerator: service start on or before sign-off plus {target} (local target).",
            target.Citation);
    }
}
