using System;
using System.Collections.Generic;
using System.Linq;
using Knowsley.CareDomain.Reviews.WaitingLists;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.WaitingWell;

/// <summary>Rates the people waiting on a date Red, Amber or Green under a council rule set and orders them for allocation.</summary>
/// <remarks>Allocation order: Red, then Amber, then Green; within a rating the longest wait first, then the earliest
/// request, then the request identifier (ordinal), so the order never depends on input order.</remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class WaitingWellPrioritiser
{
    /// <summary>Rates and orders the people waiting on a date.</summary>
    /// <param name="waits">The wait records (those not waiting on <paramref name="asAt"/> are skipped).</param>
    /// <param name="asAt">The date.</param>
    /// <param name="ruleSet">The council's rule set.</param>
    /// <returns>The waiting people in allocation order.</returns>
    public static IReadOnlyList<WaitingWellAssessment> Prioritise(IEnumerable<WaitRecord> waits, LocalDate asAt, WaitingWellRuleSet ruleSet)
    {
        if (waits is null)
        {
            throw new ArgumentNullException(nameof(waits));
        }

        if (ruleSet is null)
        {
            throw new ArgumentNullException(nameof(ruleSet));
        }

        var rated = new List<(WaitRecord Wait, int Days, RagRating Rating, string[] Reasons)>();
        foreach (var w in waits)
        {
            if (!w.IsWaitingOn(asAt))
            {
                continue;
            }

            ruleSet.Targets.TryGetValue(w.WaitType, out var target);
            var applied = ruleSet.Rules.Where(r => r.Applies(w, asAt, target, ruleSet.Calendar)).OrderBy(r => r.Rating.DeclarationOrder).ToArray();
            var rating = applied.Length == 0 ? RagRating.Green : applied[0].Rating;
            var reasons = applied.Length == 0 ? new[] { "no rule applied" } : applied.Select(r => r.Reason).Distinct().ToArray();
            rated.Add((w, w.DaysWaitedOn(asAt), rating, reasons));
        }

        return rated
            .OrderBy(r => r.Rating.DeclarationOrder)
            .ThenByDescending(r => r.Days)
            .ThenBy(r => r.Wait.Requested)
            .ThenBy(r => r.Wait.RequestId, StringComparer.Ordinal)
            .Select((r, i) => new WaitingWellAssessment(r.Wait, r.Days, r.Rating, r.Reasons, i + 1))
            .ToArray();
    }
}
