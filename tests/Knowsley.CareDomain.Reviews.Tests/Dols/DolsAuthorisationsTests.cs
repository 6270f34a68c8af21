using Knowsley.CareDomain.Reviews.Dols;
using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Validation;
using static Knowsley.CareDomain.Reviews.Tests.TestDates;

namespace Knowsley.CareDomain.Reviews.Tests.Dols;

public sealed class DolsAuthorisationsTests
{
    [Fact]
    public void MB_2010_urgent_authorisation_across_the_end_of_February()
    {
        // A County Council v MB [2010] EWCOP 2508: urgent authorisation given Monday 22 February 2010; form UA1 recorded
        // an end of 1 March 2010 after crossing out 29 February 2010, a date that does not exist.
        var excluded = DolsAuthorisations.UrgentAuthorisationExpiry(D("2010-02-22"), false, DolsDayCounting.GrantDayExcluded, ReviewParameters.Statutory);
        Assert.Equal(D("2010-03-01"), excluded.LastDayInForce);
        var included = DolsAuthorisations.UrgentAuthorisationExpiry(D("2010-02-22"), false, DolsDayCounting.GrantDayIncluded, ReviewParameters.Statutory);
        Assert.Equal(D("2010-02-28"), included.LastDayInForce);
        Assert.Contains(excluded.Explanation.AllLines(), l => l.Citation?.Provision == "Sch. A1 para. 78(2)");
    }

    [Theory]
    [InlineData("2010-02-22", "grant-day-excluded", "2010-03-08")]
    [InlineData("2010-02-22", "grant-day-included", "2010-03-07")]
    [InlineData("2024-02-22", "grant-day-excluded", "2024-03-07")]
    [InlineData("2025-12-28", "grant-day-excluded", "2026-01-11")]
    public void Urgent_authorisation_extended_once_by_7_days(string given, string counting, string end)
        => Assert.Equal(D(end), DolsAuthorisations.UrgentAuthorisationExpiry(D(given), true, DolsDayCounting.FromCode(counting), ReviewParameters.Statutory).LastDayInForce);

    [Theory]
    [InlineData("2024-02-22", "2024-02-29")] // leap year: 29 February exists
    [InlineData("2026-12-27", "2027-01-03")]
    public void Urgent_authorisation_table(string given, string end)
        => Assert.Equal(D(end), DolsAuthorisations.UrgentAuthorisationExpiry(D(given), false, DolsDayCounting.GrantDayExcluded, ReviewParameters.Statutory).LastDayInForce);

    [Fact]
    public void Standard_authorisation_maximum_and_renewal_window()
    {
        // MB: standard authorisation given 1 March 2010; at most 1 year.
        var s = DolsAuthorisations.StandardAuthorisationExpiry(D("2010-03-01"), null, DolsDayCounting.GrantDayIncluded, ReviewParameters.Statutory);
        Assert.Equal(D("2011-02-28"), s.LastDayInForce);
        Assert.Equal(D("2011-01-31"), s.RenewalWindowOpens);
        Assert.Equal(ReviewStatus.NotDue, s.StatusOn(D("2011-01-30")));
        Assert.Equal(ReviewStatus.DueSoon, s.StatusOn(D("2011-01-31")));
        Assert.Equal(ReviewStatus.Due, s.StatusOn(D("2011-02-28")));
        Assert.Equal(ReviewStatus.Overdue, s.StatusOn(D("2011-03-01")));
    }

    [Fact]
    public void Standard_authorisation_from_29_February()
    {
        var s = DolsAuthorisations.StandardAuthorisationExpiry(D("2024-02-29"), null, DolsDayCounting.GrantDayExcluded, ReviewParameters.Statutory);
        Assert.Equal(D("2025-02-28"), s.LastDayInForce);
    }

    [Fact]
    public void Recorded_end_shorter_than_the_maximum_is_used()
    {
        var s = DolsAuthorisations.StandardAuthorisationExpiry(D("2026-01-10"), D("2026-07-09"), DolsDayCounting.GrantDayIncluded, ReviewParameters.Statutory);
        Assert.Equal(D("2026-07-09"), s.LastDayInForce);
        Assert.Equal(D("2026-06-11"), s.RenewalWindowOpens);
    }

    [Fact]
    public void Recorded_end_beyond_one_year_names_the_field()
    {
        var ex = Assert.Throws<DomainValidationException>(() => DolsAuthorisations.StandardAuthorisationExpiry(D("2026-01-10"), D("2027-01-10"), DolsDayCounting.GrantDayIncluded, ReviewParameters.Statutory));
        Assert.Contains(ex.Errors, e => e.Field == "recordedEnd" && e.Rule == "within-maximum");
    }

    [Fact]
    public void Recorded_end_before_start_names_the_field()
    {
        var ex = Assert.Throws<DomainValidationException>(() => DolsAuthorisations.StandardAuthorisationExpiry(D("2026-01-10"), D("2026-01-09"), DolsDayCounting.GrantDayIncluded, ReviewParameters.Statutory));
        Assert.Contains(ex.Errors, e => e.Field == "recordedEnd" && e.Rule == "on-or-after-start");
    }
}
