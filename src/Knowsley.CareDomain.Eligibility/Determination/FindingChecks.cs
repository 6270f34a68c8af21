using System;
using System.Collections.Generic;
using System.Linq;
using Knowsley.CareDomain.CodeLists;
using Knowsley.CareDomain.Eligibility.Outcomes;
using Knowsley.CareDomain.Eligibility.Wellbeing;
using Knowsley.CareDomain.Validation;
using NodaTime;

namespace Knowsley.CareDomain.Eligibility.Determination;

/// <summary>The checks shared by adults' and carers' findings, each adding errors with the field path as the caller wrote it.</summary>
internal static class FindingChecks
{
    internal static void ValidateCondition(ValidationErrors errors, ConditionFinding? finding, string field, string what)
    {
        if (errors.Require(finding is not null, field, "required", $"the finding on {what} is required"))
        {
            errors.Require(finding!.Reasons.Length > 0, FieldPath.Member(field, "reasons"), "reasons-required",
                "reasons are required for every finding (Care Act 2014 s.13(2): a written record of the determination and the reasons for it)");
        }
    }

    internal static void ValidateImpact(ValidationErrors errors, SignificantImpactFinding impact, string field)
    {
        errors.Require(impact.Reasons.Length > 0, FieldPath.Member(field, "reasons"), "reasons-required",
            "reasons are required for the significant-impact finding (Care Act 2014 s.13(2))");
        if (impact.Significant)
        {
            errors.Require(impact.Areas.Count > 0, FieldPath.Member(field, "areas"), "area-required",
                "a finding of significant impact must name at least one wellbeing area (Care Act 2014 s.1(2))");
        }

        var seen = new HashSet<WellbeingArea>();
        for (var i = 0; i < impact.Areas.Count; i++)
        {
            var path = FieldPath.Index(FieldPath.Member(field, "areas"), i);
            var area = impact.Areas[i];
            if (!errors.Require(area is not null, path, "required", "is required"))
            {
                continue;
            }

            errors.Require(seen.Add(area!), path, "unique-area", $"the wellbeing area '{area!.Code}' is listed more than once");
        }
    }

    /// <summary>
    /// Checks a list of outcome findings of either regulation: each present, with an outcome, one finding per outcome, and
    /// each finding's ways and episodes (SI 2015/313 reg. 2(2)–(4) for adults, reg. 3(2)–(4) for carers).
    /// </summary>
    internal static void ValidateFindings<TOutcome>(
        ValidationErrors errors,
        IReadOnlyList<IOutcomeFinding<TOutcome>?> findings,
        bool carer,
        LocalDate periodStart,
        LocalDate periodEnd,
        bool periodValid)
        where TOutcome : CodeListItem<TOutcome>
    {
        var seen = new Dictionary<TOutcome, int>();
        for (var i = 0; i < findings.Count; i++)
        {
            var path = FieldPath.Index("findings", i);
            var finding = findings[i];
            if (!errors.Require(finding is not null, path, "required", "is required"))
            {
                continue;
            }

            var outcome = finding!.Outcome;
            if (!errors.Require(outcome is not null, FieldPath.Member(path, "outcome"), "required", $"is required; valid codes are: {string.Join(", ", CodeListItem<TOutcome>.Codes())}"))
            {
                continue;
            }

            if (seen.TryGetValue(outcome!, out var first))
            {
                errors.Add(FieldPath.Member(path, "outcome"), "unique-outcome",
                    $"outcome '{outcome!.Code}' already has a finding at findings[{first}]; record one finding per outcome and add episodes to it");
            }
            else
            {
                seen.Add(outcome!, i);
            }

            var core = finding.Core;
            ValidateFinding(errors, path, outcome!.Code, core.Achieved, core.Reasons, core.Episodes, carer, periodStart, periodEnd, periodValid);
        }
    }

    /// <summary>Lists the findings without an evidence note where council policy requires one (rule <c>evidence-required</c>).</summary>
    internal static void RequireEvidence<TOutcome>(ValidationErrors errors, IReadOnlyList<IOutcomeFinding<TOutcome>> findings, string policy)
        where TOutcome : CodeListItem<TOutcome>
    {
        for (var i = 0; i < findings.Count; i++)
        {
            errors.Require(findings[i].Core.Evidence is not null, FieldPath.Member(FieldPath.Index("findings", i), "evidence"), "evidence-required",
                $"outcome '{findings[i].Outcome?.Code}': {policy} for every finding");
        }
    }

    /// <summary>
    /// Reads every outcome of the list, in the regulation's order, with its finding if one was recorded (reg. 2(2),
    /// reg. 3(2)(b)): the ways in the regulation's order and the episodes by date.
    /// </summary>
    internal static OutcomeResult[] OutcomeLines<TOutcome>(IReadOnlyList<IOutcomeFinding<TOutcome>> findings, Func<TOutcome, Citation> citation)
        where TOutcome : CodeListItem<TOutcome>
    {
        var byOutcome = findings.ToDictionary(f => f.Outcome!, f => f.Core);
        return CodeListItem<TOutcome>.Items
            .Select(o => byOutcome.TryGetValue(o, out var f)
                ? new OutcomeResult(o.Code, o.DisplayName, citation(o), true, !f.Achieved, f.Reasons.OrderBy(r => r.DeclarationOrder).ToArray(), f.Evidence, f.MetBy, f.Episodes.OrderBy(e => e.Start).ThenBy(e => e.End).ToArray())
                : OutcomeResult.NotRecorded(o.Code, o.DisplayName, citation(o)))
            .ToArray();
    }

    /// <summary>Checks one outcome finding's ways of being unable and its episodes.</summary>
    internal static void ValidateFinding(
        ValidationErrors errors,
        string path,
        string outcomeCode,
        bool achieved,
        IReadOnlyList<UnableToAchieveReason> reasons,
        IReadOnlyList<NeedEpisode> episodes,
        bool carer,
        LocalDate periodStart,
        LocalDate periodEnd,
        bool periodValid)
    {
        var reasonsPath = FieldPath.Member(path, "reasons");
        if (achieved && reasons.Count > 0)
        {
            var listed = string.Join(", ", reasons.Where(r => r is not null).Select(r => r.Code));
            errors.Add(reasonsPath, "contradictory-finding",
                $"outcome '{outcomeCode}' is recorded as achieved but also as unable to achieve ({listed}); record it as not achieved, or remove the ways (SI 2015/313 {(carer ? "reg. 3(3)" : "reg. 2(3)")})");
        }
        else if (!achieved && reasons.Count == 0)
        {
            errors.Add(reasonsPath, "reason-required",
                $"outcome '{outcomeCode}' is recorded as not achieved, so at least one way of being unable to achieve it is required (SI 2015/313 {(carer ? "reg. 3(3)" : "reg. 2(3)")})");
        }

        var seen = new HashSet<UnableToAchieveReason>();
        for (var j = 0; j < reasons.Count; j++)
        {
            var reasonPath = FieldPath.Index(reasonsPath, j);
            var reason = reasons[j];
            if (!errors.Require(reason is not null, reasonPath, "required", "is required"))
            {
                continue;
            }

            errors.Require(seen.Add(reason!), reasonPath, "unique-reason", $"'{reason!.Code}' is listed more than once for outcome '{outcomeCode}'");
            if (carer)
            {
                errors.Require(reason.AppliesToCarers, reasonPath, "carer-way",
                    $"outcome '{outcomeCode}': '{reason.Code}' is not a way a carer is regarded as unable to achieve an outcome; carers have only without-assistance, significant-pain-distress-anxiety and endangers-health-or-safety (SI 2015/313 reg. 3(3))");
            }
        }

        for (var k = 0; k < episodes.Count; k++)
        {
            var episodePath = FieldPath.Index(FieldPath.Member(path, "episodes"), k);
            var episode = episodes[k];
            if (!errors.Require(episode is not null, episodePath, "required", "is required"))
            {
                continue;
            }

            var startKnown = errors.Require(episode!.Start != default, FieldPath.Member(episodePath, "start"), "required", "is required");
            var endKnown = errors.Require(episode.End != default, FieldPath.Member(episodePath, "end"), "required", "is required");
            if (!startKnown || !endKnown)
            {
                continue;
            }

            if (!errors.Require(episode.End >= episode.Start, FieldPath.Member(episodePath, "end"), "period-order",
                    $"outcome '{outcomeCode}': the episode cannot end ({EligibilityAssessment.Iso(episode.End)}) before it starts ({EligibilityAssessment.Iso(episode.Start)})"))
            {
                continue;
            }

            if (periodValid)
            {
                errors.Require(episode.Start >= periodStart, FieldPath.Member(episodePath, "start"), "within-period",
                    $"outcome '{outcomeCode}': the episode starts ({EligibilityAssessment.Iso(episode.Start)}) before the period considered ({EligibilityAssessment.Iso(periodStart)} to {EligibilityAssessment.Iso(periodEnd)}, SI 2015/313 {(carer ? "reg. 3(4)" : "reg. 2(4)")})");
                errors.Require(episode.End <= periodEnd, FieldPath.Member(episodePath, "end"), "within-period",
                    $"outcome '{outcomeCode}': the episode ends ({EligibilityAssessment.Iso(episode.End)}) after the period considered ({EligibilityAssessment.Iso(periodStart)} to {EligibilityAssessment.Iso(periodEnd)}, SI 2015/313 {(carer ? "reg. 3(4)" : "reg. 2(4)")})");
            }
        }
    }
}
