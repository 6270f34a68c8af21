using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Reviews.WaitingLists;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.Tests.Serialization;

/// <summary>Generators of valid Reviews input values, and structural comparisons (the types have reference equality).</summary>
internal static class JsonSamples
{
    private static readonly LocalDate Origin = new(2015, 1, 1);

    // Identifiers and flags with characters JSON must escape or encode: quotes, backslashes, accents, CJK, an emoji, spaces.
    private static readonly char[] First = "ACPRzé漢\"\\".ToCharArray();
    private static readonly string[] Pieces = { "a", "Z", "0", "9", "-", "_", " ", "'", "\"", "\\", "/", "é", "漢", "😀", "<", "&", "\t" };

    internal static Gen<string> Text() =>
        from first in Gen.Elements(First)
        from rest in Gen.Elements(Pieces).ArrayOf()
        select first + string.Concat(rest);

    internal static Gen<string?> OptionalText() => Gen.OneOf(Gen.Constant<string?>(null), Text().Select(s => (string?)s));

    internal static Gen<ReviewCase> Case() =>
        from caseId in Text()
        from personId in Text()
        from type in Gen.Elements(ReviewType.Items.ToArray())
        from start in Gen.Choose(0, 4000)
        from signedOffset in Gen.Choose(0, 60)
        from startedOffset in Gen.Choose(0, 60)
        from which in Gen.Choose(0, 2)
        from endOffset in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(60, 2000).Select(d => (int?)d))
        from team in OptionalText()
        from reviews in Gen.Choose(0, 2000).Zip(Gen.Elements(ReviewReason.Planned, ReviewReason.Unplanned)).ArrayOf()
        let baseDate = Origin.PlusDays(start)
        let signed = which == 1 && type != ReviewType.DirectPayment ? (LocalDate?)null : baseDate.PlusDays(signedOffset)
        let started = which == 2 && type != ReviewType.DirectPayment ? (LocalDate?)null : baseDate.PlusDays(startedOffset)
        select new ReviewCase(caseId, personId, type, signed, started, endOffset is null ? null : baseDate.PlusDays(endOffset.Value), team,
            reviews.Select(r => new CompletedReview(baseDate.PlusDays(60 + r.Item1), r.Item2)).ToArray());

    internal static Gen<WaitRecord> Wait() =>
        from requestId in Text()
        from personId in Text()
        from type in Gen.Elements(WaitType.Items.ToArray())
        from team in OptionalText()
        from age in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 130).Select(a => (int?)a))
        from requested in Gen.Choose(0, 4000)
        from completed in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 400).Select(d => (int?)d))
        from flags in Text().ArrayOf()
        let requestDate = Origin.PlusDays(requested)
        select new WaitRecord(requestId, personId, type, team, age, requestDate, completed is null ? null : requestDate.PlusDays(completed.Value), flags);

    internal static bool Same(ReviewCase a, ReviewCase b) =>
        a.CaseId == b.CaseId && a.PersonId == b.PersonId && a.ReviewType == b.ReviewType
        && a.PlanSignedOff == b.PlanSignedOff && a.ServiceStarted == b.ServiceStarted && a.Ended == b.Ended && a.Team == b.Team
        && a.Reviews.Count == b.Reviews.Count
        && a.Reviews.Zip(b.Reviews, (x, y) => x.Date == y.Date && x.Reason == y.Reason).All(same => same);

    internal static bool Same(WaitRecord a, WaitRecord b) =>
        a.RequestId == b.RequestId && a.PersonId == b.PersonId && a.WaitType == b.WaitType && a.Team == b.Team
        && a.AgeAtRequest == b.AgeAtRequest && a.Requested == b.Requested && a.Completed == b.Completed
        && a.RiskFlags.SequenceEqual(b.RiskFlags, StringComparer.Ordinal);
}
