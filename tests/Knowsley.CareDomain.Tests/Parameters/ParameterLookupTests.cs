using System;
using Knowsley.CareDomain.Parameters;
using NodaTime;

namespace Knowsley.CareDomain.Tests;

public sealed class ParameterLookupTests
{
    private static readonly ParameterSet Rates = ParameterSet.FromEmbeddedResources(typeof(ParameterLookupTests).Assembly);

    [Fact]
    public void Embedded_files_load_in_name_order()
    {
        Assert.Equal(7, Rates.Count);
        Assert.Equal(new[] { "Knowsley.CareDomain.Tests.Parameters.more.json", "Knowsley.CareDomain.Tests.Parameters.rates.json" }, Rates.Sources);
        Assert.True(Rates.Contains("test.other"));
    }

    [Fact]
    public void The_day_before_on_and_after_an_effective_date()
    {
        var allowance = Rates["test.allowance"];
        Assert.Equal(Money.Parse("189.00"), allowance.MoneyOn(new LocalDate(2023, 4, 9)));
        Assert.Equal(Money.Parse("200.50"), allowance.MoneyOn(new LocalDate(2023, 4, 10)));
        Assert.Equal(Money.Parse("200.50"), allowance.MoneyOn(new LocalDate(2023, 4, 11)));
        Assert.Equal(new LocalDate(2023, 4, 10), allowance.EntryOn(new LocalDate(2023, 12, 25)).EffectiveFrom);
        Assert.Equal("LAC(DHSC)(2023)1 annex A", allowance.EntryOn(new LocalDate(2023, 12, 25)).Citation.ToString());
        Assert.Equal(Frequency.Weekly, allowance.Frequency);
    }

    [Fact]
    public void A_date_before_the_first_entry_fails_naming_the_parameter()
    {
        var ex = Assert.Throws<ParameterNotAvailableException>(() => Rates["test.allowance"].MoneyOn(new LocalDate(2022, 4, 10)));
        Assert.Equal("test.allowance", ex.ParameterName);
        Assert.Equal(new LocalDate(2022, 4, 10), ex.Date);
        Assert.Contains("'test.allowance' has no value on 2022-04-10", ex.Message, StringComparison.Ordinal);
        Assert.Contains("first entry is effective from 2022-04-11", ex.Message, StringComparison.Ordinal);
        Assert.False(Rates["test.allowance"].TryGetEntryOn(new LocalDate(2022, 4, 10), out _));
    }

    [Fact]
    public void A_figure_marked_unknown_fails_instead_of_carrying_the_old_one_forward()
    {
        var ex = Assert.Throws<ParameterNotAvailableException>(() => Rates.MoneyOn("test.allowance", new LocalDate(2024, 6, 1)));
        Assert.Contains("no confirmed value on 2024-06-01", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not confirmed from the circular", ex.Message, StringComparison.Ordinal);
        Assert.False(Rates["test.allowance"].TryGetEntryOn(new LocalDate(2024, 6, 1), out _));
    }

    [Fact]
    public void A_missing_parameter_fails_naming_it_and_the_sources()
    {
        var ex = Assert.Throws<ParameterNotAvailableException>(() => Rates.Get("test.nope"));
        Assert.Equal("test.nope", ex.ParameterName);
        Assert.Contains("rates.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_readers_check_the_unit()
    {
        var date = new LocalDate(2025, 1, 1);
        Assert.True(Rates["test.policy.night-care-disregard"].FlagOn(date));
        Assert.Equal("service-start", Rates["test.policy.review-clock-start"].CodeOn(date));
        Assert.Equal(8, Rates["test.timescale.first-review"].WholeNumberOn(date));
        Assert.Equal(25m, Rates["test.buffer"].NumberOn(date));
        Assert.Equal(23250m, Rates["test.capital.upper-limit"].NumberOn(date));
        Assert.Throws<InvalidOperationException>(() => Rates["test.buffer"].MoneyOn(date));
        Assert.Throws<InvalidOperationException>(() => Rates["test.buffer"].FlagOn(date));
        Assert.Throws<InvalidOperationException>(() => Rates["test.buffer"].WholeNumberOn(date));
        Assert.Throws<InvalidOperationException>(() => Rates["test.policy.night-care-disregard"].NumberOn(date));
    }

    [Fact]
    public void A_council_overlay_replaces_same_dated_entries_and_adds_new_ones()
    {
        var council = ParameterSet.FromJson(
            """
            { "parameters": {
                "test.allowance": { "unit": "gbp", "entries": [
                  { "from": "2023-04-10", "value": 210.00, "citation": { "instrument": "Knowsley charging policy", "provision": "s.5" } },
                  { "from": "2024-04-08", "value": 215.25, "citation": { "instrument": "Knowsley charging policy", "provision": "s.5" } } ] },
                "council.minimum-charge": { "unit": "gbp", "entries": [
                  { "from": "2020-01-01", "value": 2.50, "citation": { "instrument": "Knowsley charging policy", "provision": "s.9" } } ] }
            } }
            """,
            "knowsley.json");
        var merged = Rates.WithOverlay(council);
        Assert.Equal(Money.Parse("189.00"), merged.MoneyOn("test.allowance", new LocalDate(2023, 1, 1)));
        Assert.Equal(Money.Parse("210.00"), merged.MoneyOn("test.allowance", new LocalDate(2023, 5, 1)));
        Assert.Equal(Money.Parse("215.25"), merged.MoneyOn("test.allowance", new LocalDate(2024, 5, 1)));
        Assert.Equal(Money.Parse("2.50"), merged.MoneyOn("council.minimum-charge", new LocalDate(2024, 5, 1)));
        Assert.Equal("Knowsley charging policy s.5", merged.EntryOn("test.allowance", new LocalDate(2024, 5, 1)).Citation.ToString());
        Assert.Contains("knowsley.json", merged.Sources);
        Assert.Equal(Frequency.Weekly, merged["test.allowance"].Frequency);
        Assert.Throws<ParameterNotAvailableException>(() => Rates.MoneyOn("test.allowance", new LocalDate(2024, 5, 1)));
    }

    [Fact]
    public void An_overlay_with_another_unit_is_refused()
    {
        var council = ParameterSet.FromJson(
            """{ "parameters": { "test.buffer": { "unit": "number", "entries": [ { "from": "2021-01-01", "value": 1.25, "citation": { "instrument": "x", "provision": "y" } } ] } } }""",
            "bad-overlay.json");
        var ex = Assert.Throws<ArgumentException>(() => Rates.WithOverlay(council));
        Assert.Contains("unit 'percent'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Combining_sets_that_share_a_name_fails()
    {
        var ex = Assert.Throws<Validation.DomainValidationException>(() => ParameterSet.Combine(new[] { Rates, Rates }));
        Assert.Contains(ex.Errors, e => e.Rule == "unique-name");
    }

    [Fact]
    public void Written_json_reads_back_to_the_same_set()
    {
        var json = Rates.ToJson();
        var again = ParameterSet.FromJson(json, "roundtrip.json");
        Assert.Equal(json, again.ToJson());
        Assert.Equal(Rates.Names, again.Names);
        Assert.Contains("\"note\": \"not confirmed from the circular\"", json, StringComparison.Ordinal);
    }
}
