using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Knowsley.CareDomain.Explanations;
using Knowsley.CareDomain.Reviews.Measures;
using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Serialization;
using NodaTime;
using static Knowsley.CareDomain.Reviews.Tests.TestDates;

namespace Knowsley.CareDomain.Reviews.Tests.Scheduling;

// ReviewDue builds its explanation the first time it is read. The expected texts below were produced by the 0.1.0
// scheduler, which built every explanation at once: the lazy explanation must be the same text, line for line.
public sealed class ReviewDueExplanationTests
{
    private const string OverdueCarePlan = """
        Review due: Care and support plan C-2
        =====================================
        Clock starts                                 2024-01-10 (plan signed off)
          Note: council policy choice
        First review due                     2024-03-06 (8 weeks after the start)  [Care and Support Statutory Guidance ch. 13 (reviewing the plan), as applied in council Care Act procedures]
        First review window opens            2024-02-21 (6 weeks after the start)  [Care and Support Statutory Guidance ch. 13 (reviewing the plan), as applied in council Care Act procedures]
        Later reviews              every 12 months from the last completed review  [Care and Support Statutory Guidance ch. 13 (reviewing the plan), as applied in council Care Act procedures]
        Reviews counted                                                         1
          Note: planned and unplanned reviews restart the clock
        Last review                                                    2024-03-01
        Next review due                                                2025-03-01
        Status                                                Overdue by 395 days
          Note: on 2026-03-31; due soon within 28 days
        """;

    private const string ClosedCarersPlan = """
        Review due: Carer's support plan C-4
        ====================================
        Clock starts                                 2025-04-10 (plan signed off)
          Note: council policy choice
        First review due                     2025-06-05 (8 weeks after the start)  [Care and Support Statutory Guidance ch. 13 (reviewing the plan; carers' support plans), as applied in council Care Act procedures]
        First review window opens            2025-05-22 (6 weeks after the start)  [Care and Support Statutory Guidance ch. 13 (reviewing the plan; carers' support plans), as applied in council Care Act procedures]
        Later reviews              every 12 months from the last completed review  [Care and Support Statutory Guidance ch. 13 (reviewing the plan; carers' support plans), as applied in council Care Act procedures]
        Reviews counted                                                         1
          Note: planned and unplanned reviews restart the clock
        Last review                                                    2025-06-01
        Status                                                             Closed
          Note: plan ended 2026-01-31
        """;

    private const string DueSoonFirstReview = """
        Review due: Care and support plan C-5
        =====================================
        Clock starts                                 2026-02-20 (plan signed off)
          Note: council policy choice
        First review due                     2026-04-17 (8 weeks after the start)  [Care and Support Statutory Guidance ch. 13 (reviewing the plan), as applied in council Care Act procedures]
        First review window opens            2026-04-03 (6 weeks after the start)  [Care and Support Statutory Guidance ch. 13 (reviewing the plan), as applied in council Care Act procedures]
        Later reviews              every 12 months from the last completed review  [Care and Support Statutory Guidance ch. 13 (reviewing the plan), as applied in council Care Act procedures]
        Reviews counted                                                         0
          Note: planned and unplanned reviews restart the clock
        Next review due                                                2026-04-17
        Status                                                           Due soon
          Note: on 2026-03-31; due soon within 28 days
        """;

    private const string DirectPaymentFromPreviousDueDate = """
        Review due: Direct payment C-3
        ==============================
        Clock starts               2025-06-02 (first direct payment)
        First review due       2025-12-02 (6 months after the start)  [SI 2014/2871 reg. 7(1)(a)]
        Later reviews     every 12 months from the previous due date  [SI 2014/2871 reg. 7(1)(a)]
        Reviews counted                                            0
          Note: only planned reviews restart the clock
        Next review due                                   2025-12-02
        Status                                   Overdue by 119 days
          Note: on 2026-03-31; due soon within 28 days
        """;

    private const string OverdueFromServiceStart = """
        Review due: Care and support plan C-2
        =====================================
        Clock starts                             2024-01-10 (service started)
          Note: council policy choice
        First review due                 2024-03-06 (8 weeks after the start)  [Care and Support Statutory Guidance ch. 13 (reviewing the plan), as applied in council Care Act procedures]
        First review window opens        2024-02-21 (6 weeks after the start)  [Care and Support Statutory Guidance ch. 13 (reviewing the plan), as applied in council Care Act procedures]
        Later reviews              every 12 months from the previous due date  [Care and Support Statutory Guidance ch. 13 (reviewing the plan), as applied in council Care Act procedures]
        Reviews counted                                                     1
          Note: only planned reviews restart the clock
        Last review                                                2024-03-01
        Next review due                                            2025-03-06
        Status                                            Overdue by 390 days
          Note: on 2026-03-31; due soon within 28 days
        """;

    private static readonly LocalDate AsAt = D("2026-03-31");

    private static readonly ReviewScheduler FromSignOff = new(ReviewParameters.Statutory, new ReviewSchedulePolicy(FirstReviewStartEvent.PlanSignedOff, NextReviewAnchor.LastCompletedReview, true, 28));
    private static readonly ReviewScheduler FromServiceStart = new(ReviewParameters.Statutory, new ReviewSchedulePolicy(FirstReviewStartEvent.ServiceStarted, NextReviewAnchor.PreviousDueDate, false, 28));

    private static readonly ReviewCase C2 = new("C-2", "P-2", ReviewType.CareAndSupportPlan, D("2024-01-10"), D("2024-01-10"), null, "South", new[] { new CompletedReview(D("2024-03-01"), ReviewReason.Planned) });
    private static readonly ReviewCase C3 = new("C-3", "P-3", ReviewType.DirectPayment, null, D("2025-06-02"), null, null, Array.Empty<CompletedReview>());
    private static readonly ReviewCase C4 = new("C-4", "P-4", ReviewType.CarersSupportPlan, D("2025-04-10"), D("2025-05-01"), D("2026-01-31"), "North", new[] { new CompletedReview(D("2025-06-01"), ReviewReason.Unplanned) });
    private static readonly ReviewCase C5 = new("C-5", "P-5", ReviewType.CareAndSupportPlan, D("2026-02-20"), D("2026-02-23"), null, null, Array.Empty<CompletedReview>());

    public static TheoryData<string, string, string> Pinned() => new()
    {
        { "from-sign-off", "C-2", OverdueCarePlan },
        { "from-sign-off", "C-4", ClosedCarersPlan },
        { "from-sign-off", "C-5", DueSoonFirstReview },
        { "from-service-start", "C-3", DirectPaymentFromPreviousDueDate },
        { "from-service-start", "C-2", OverdueFromServiceStart },
    };

    // The expected texts have this file's line endings; the renderer always writes '\n' and ends with one.
    private static string Expected(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Text(Explanation explanation) => explanation.ToText().TrimEnd('\n');

    private static ReviewScheduler SchedulerFor(string name) => name == "from-sign-off" ? FromSignOff : FromServiceStart;

    private static ReviewCase CaseFor(string id) => new[] { C2, C3, C4, C5 }.Single(c => c.CaseId == id);

    [Theory]
    [MemberData(nameof(Pinned))]
    public void Lazy_explanation_is_the_text_the_eager_scheduler_built(string scheduler, string caseId, string expected)
    {
        var due = SchedulerFor(scheduler).Assess(CaseFor(caseId), AsAt);
        Assert.Equal(Expected(expected), Text(due.Explanation));
    }

    [Fact]
    public void Overdue_list_entries_carry_the_same_explanation_as_assess()
    {
        var overdue = ReviewCompliance.Overdue(new[] { C2, C3, C4, C5 }, FromSignOff, AsAt);
        Assert.Equal(new[] { "C-2", "C-3" }, overdue.Select(d => d.CaseId));
        Assert.Equal(Expected(OverdueCarePlan), Text(overdue[0].Explanation));
        Assert.Equal(FromSignOff.Assess(C3, AsAt).Explanation.ToText(), overdue[1].Explanation.ToText());
        Assert.Equal(FromSignOff.Assess(C3, AsAt).Explanation.ToMarkdown(), overdue[1].Explanation.ToMarkdown());
    }

    [Fact]
    public void Explanation_is_built_once_and_then_the_same_instance()
    {
        var due = FromSignOff.Assess(C2, AsAt);
        var first = due.Explanation;
        Assert.Same(first, due.Explanation);
        Assert.Same(first, due.Explanation);
    }

    [Fact]
    public void Threads_racing_on_the_first_read_all_get_one_instance()
    {
        for (var round = 0; round < 20; round++)
        {
            var due = FromServiceStart.Assess(C2, AsAt);
            const int Readers = 4;
            var seen = new Explanation[Readers];
            using var start = new Barrier(Readers);
            var threads = Enumerable.Range(0, Readers).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                seen[i] = due.Explanation;
            })).ToArray();
            foreach (var thread in threads)
            {
                thread.Start();
            }

            foreach (var thread in threads)
            {
                thread.Join();
            }

            Assert.All(seen, e => Assert.Same(seen[0], e));
            Assert.Equal(Expected(OverdueFromServiceStart), Text(seen[0]));
        }
    }

    [Fact]
    public void Public_constructor_keeps_the_explanation_it_is_given()
    {
        var explanation = new ExplanationBuilder("Review due: hand-made").AddValue("Status", "Overdue by 3 days").Build();
        var due = new ReviewDue("C-9", "P-9", ReviewType.CareAndSupportPlan, null, AsAt, D("2026-03-28"), null, null, ReviewStatus.Overdue, 3, explanation);
        Assert.Same(explanation, due.Explanation);
    }

    [Fact]
    public void Json_of_an_unread_result_includes_the_explanation()
    {
        var due = ReviewCompliance.Overdue(new[] { C2 }, FromSignOff, AsAt)[0];
        using var json = JsonDocument.Parse(CareDomainJson.Serialize(due));
        var explanation = json.RootElement.GetProperty("explanation");
        Assert.Equal(Expected(OverdueCarePlan), Text(CareDomainJson.Deserialize<Explanation>(explanation.GetRawText())));
        Assert.Same(due.Explanation, due.Explanation);
    }

    [Fact]
    public void Explanation_does_not_change_the_figures()
    {
        var a = FromSignOff.Assess(C2, AsAt);
        var b = FromSignOff.Assess(C2, AsAt);
        _ = a.Explanation;
        Assert.Equal((a.DueDate, a.Status, a.DaysOverdue, a.WindowOpens, a.LastReview), (b.DueDate, b.Status, b.DaysOverdue, b.WindowOpens, b.LastReview));
        Assert.Equal((D("2025-03-01"), ReviewStatus.Overdue, 395), (a.DueDate!.Value, a.Status, a.DaysOverdue));
    }
}
