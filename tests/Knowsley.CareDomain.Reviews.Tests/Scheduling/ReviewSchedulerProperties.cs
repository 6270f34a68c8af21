using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Knowsley.CareDomain.Reviews.Measures;
using Knowsley.CareDomain.Reviews.Scheduling;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.Tests.Scheduling;

public sealed class ReviewSchedulerProperties
{
    private static readonly LocalDate Origin = new(2020, 1, 1);

    private static readonly ReviewSchedulePolicy[] Policies =
    {
        new(FirstReviewStartEvent.PlanSignedOff, NextReviewAnchor.LastCompletedReview, true, 28),
        new(FirstReviewStartEvent.PlanSignedOff, NextReviewAnchor.PreviousDueDate, true, 28),
        new(FirstReviewStartEvent.PlanSignedOff, NextReviewAnchor.LastCompletedReview, false, 0),
        new(FirstReviewStartEvent.PlanSignedOff, NextReviewAnchor.PreviousDueDate, false, 14),
    };

    private static Arbitrary<(int Start, (int Offset, bool Planned)[] Reviews, int Extra, bool ExtraPlanned, int AsAt, int Policy, int Type)> Cases()
        => (from start in Gen.Choose(0, 1500)
            from reviews in Gen.ArrayOf(Gen.Choose(0, 1500).Zip(Gen.Elements(true, true, false)))
            from extra in Gen.Choose(0, 2000)
            from extraPlanned in Gen.Elements(true, false)
            from asAt in Gen.Choose(0, 2200)
            from policy in Gen.Choose(0, Policies.Length - 1)
            from type in Gen.Choose(0, 2)
            select (start, reviews.Select(r => (r.Item1, r.Item2)).ToArray(), extra, extraPlanned, asAt, policy, type)).ToArbitrary();

    private static ReviewCase Build(int start, (int Offset, bool Planned)[] reviews, int type)
    {
        var s = Origin.PlusDays(start);
        return new ReviewCase("C", "P", ReviewType.Items[type], s, s, null, null, reviews.Select(r => new CompletedReview(s.PlusDays(r.Offset), r.Planned ? ReviewReason.Planned : ReviewReason.Unplanned)).ToArray());
    }

    [Property(MaxTest = 300)]
    public Property A_review_on_the_due_date_is_never_overdue()
        => Prop.ForAll(Cases(), c =>
        {
            var scheduler = new ReviewScheduler(ReviewParameters.Statutory, Policies[c.Policy]);
            var plan = Build(c.Start, c.Reviews, c.Type);
            var asAt = Origin.PlusDays(c.AsAt);
            var dueDate = scheduler.Assess(plan, asAt).DueDate!.Value;
            var startDate = Origin.PlusDays(c.Start);
            var kept = c.Reviews.Where(r => startDate.PlusDays(r.Offset) <= asAt && startDate.PlusDays(r.Offset) < dueDate).ToArray();
            var without = Build(c.Start, kept, c.Type);
            var dueOffset = Period.Between(startDate, dueDate, PeriodUnits.Days).Days;
            var withReview = Build(c.Start, kept.Append((dueOffset, true)).ToArray(), c.Type);
            var onDue = scheduler.Assess(withReview, dueDate);
            return scheduler.Assess(without, dueDate).Status == ReviewStatus.Due && onDue.Status != ReviewStatus.Overdue;
        });

    [Property(MaxTest = 300)]
    public Property Adding_a_completed_review_never_increases_the_overdue_count()
        => Prop.ForAll(Cases(), c =>
        {
            var scheduler = new ReviewScheduler(ReviewParameters.Statutory, Policies[c.Policy]);
            var asAt = Origin.PlusDays(c.AsAt);
            var before = Build(c.Start, c.Reviews, c.Type);
            var after = Build(c.Start, c.Reviews.Append((c.Extra, c.ExtraPlanned)).ToArray(), c.Type);
            var overdueBefore = ReviewCompliance.Overdue(new[] { before }, scheduler, asAt).Count;
            var overdueAfter = ReviewCompliance.Overdue(new[] { after }, scheduler, asAt).Count;
            var dueBefore = scheduler.Assess(before, asAt).DueDate!.Value;
            var dueAfter = scheduler.Assess(after, asAt).DueDate!.Value;
            return overdueAfter <= overdueBefore && dueAfter >= dueBefore;
        });

    [Property(MaxTest = 200)]
    public Property Result_does_not_depend_on_review_order()
        => Prop.ForAll(Cases(), c =>
        {
            var scheduler = new ReviewScheduler(ReviewParameters.Statutory, Policies[c.Policy]);
            var asAt = Origin.PlusDays(c.AsAt);
            var a = scheduler.Assess(Build(c.Start, c.Reviews, c.Type), asAt);
            var b = scheduler.Assess(Build(c.Start, c.Reviews.Reverse().ToArray(), c.Type), asAt);
            return a.DueDate == b.DueDate && a.Status == b.Status;
        });
}
