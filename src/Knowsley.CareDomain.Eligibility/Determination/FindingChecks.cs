using System.Collections.Generic;
using System.Linq;
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
