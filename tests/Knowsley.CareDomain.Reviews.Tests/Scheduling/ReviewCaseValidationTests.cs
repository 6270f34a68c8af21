using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Validation;
using static Knowsley.CareDomain.Reviews.Tests.TestDates;

namespace Knowsley.CareDomain.Reviews.Tests.Scheduling;

public sealed class ReviewCaseValidationTests
{
    private static DomainValidationException Fails(System.Action build) => Assert.Throws<DomainValidationException>(build);

    [Fact]
    public void Blank_case_id() => Assert.Contains(Fails(() => new ReviewCase(" ", "P", ReviewType.CareAndSupportPlan, D("2025-01-01"), null, null, null, null)).Errors, e => e.Field == "caseId" && e.Rule == "required");

    [Fact]
    public void Blank_person_id() => Assert.Contains(Fails(() => new ReviewCase("C", "", ReviewType.CareAndSupportPlan, D("2025-01-01"), null, null, null, null)).Errors, e => e.Field == "personId" && e.Rule == "required");

    [Fact]
    public void Missing_review_type() => Assert.Contains(Fails(() => new ReviewCase("C", "P", null!, D("2025-01-01"), null, null, null, null)).Errors, e => e.Field == "reviewType" && e.Rule == "required");

    [Fact]
    public void No_start_date() => Assert.Contains(Fails(() => new ReviewCase("C", "P", ReviewType.CareAndSupportPlan, null, null, null, null, null)).Errors, e => e.Field == "planSignedOff" && e.Rule == "start-required");

    [Fact]
    public void Direct_payment_without_first_payment() => Assert.Contains(Fails(() => new ReviewCase("C", "P", ReviewType.DirectPayment, D("2025-01-01"), null, null, null, null)).Errors, e => e.Field == "serviceStarted" && e.Rule == "first-payment-required");

    [Fact]
    public void Ended_before_start() => Assert.Contains(Fails(() => new ReviewCase("C", "P", ReviewType.CareAndSupportPlan, D("2025-01-01"), null, D("2024-12-31"), null, null)).Errors, e => e.Field == "ended" && e.Rule == "on-or-after-start");

    [Fact]
    public void Review_before_start_names_the_review()
        => Assert.Contains(Fails(() => new ReviewCase("C", "P", ReviewType.CareAndSupportPlan, D("2025-01-01"), null, null, null, new[] { new CompletedReview(D("2025-02-01"), ReviewReason.Planned), new CompletedReview(D("2024-12-01"), ReviewReason.Planned) })).Errors, e => e.Field == "reviews[0].date" && e.Rule == "on-or-after-start");

    [Fact]
    public void Review_without_reason() => Assert.Contains(Fails(() => new ReviewCase("C", "P", ReviewType.CareAndSupportPlan, D("2025-01-01"), null, null, null, new[] { new CompletedReview(D("2025-02-01"), null!) })).Errors, e => e.Field == "reviews[0].reason" && e.Rule == "required");

    [Fact]
    public void Missing_review_entry() => Assert.Contains(Fails(() => new ReviewCase("C", "P", ReviewType.CareAndSupportPlan, D("2025-01-01"), null, null, null, new CompletedReview[] { null! })).Errors, e => e.Field == "reviews[0]" && e.Rule == "required");

    [Fact]
    public void Policy_errors_name_the_fields()
    {
        var ex = Fails(() => new ReviewSchedulePolicy(null!, null!, true, -1));
        Assert.Contains(ex.Errors, e => e.Field == "firstReviewStartEvent");
        Assert.Contains(ex.Errors, e => e.Field == "nextReviewAnchor");
        Assert.Contains(ex.Errors, e => e.Field == "dueSoonDays" && e.Rule == "non-negative");
    }
}
