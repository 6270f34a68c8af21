using System;
using System.Linq;
using Knowsley.CareDomain.Parameters;

namespace Knowsley.CareDomain.Tests;

public sealed class ParameterLoadingTests
{
    private static ParameterFileException Load(string json)
        => Assert.Throws<ParameterFileException>(() => ParameterSet.FromJson(json, "council.json"));

    private static string One(string entries, string unit = "gbp", string extra = "")
        => $$"""{ "parameters": { "p.one": { "unit": "{{unit}}"{{extra}}, "entries": [ {{entries}} ] } } }""";

    private const string Cite = "\"citation\": { \"instrument\": \"SI 2014/2672\", \"provision\": \"reg. 7\" }";

    [Fact]
    public void Not_json_names_the_file_and_line()
    {
        var ex = Load("{ \"parameters\": { \n  \"x\": [ }");
        Assert.Equal("council.json", ex.Source);
        Assert.Contains("Parameter file 'council.json'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_parameters_object()
        => Assert.Equal("parameters", Assert.Single(Load("{ \"rates\": {} }").Errors, e => e.Rule == "required").Field);

    [Fact]
    public void Unknown_unit_lists_the_valid_units()
    {
        var error = Assert.Single(Load(One($$"""{ "from": "2020-01-01", "value": 1, {{Cite}} }""", unit: "pounds")).Errors);
        Assert.Equal("parameters['p.one'].unit", error.Field);
        Assert.Contains("valid codes are: gbp, percent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_out_of_order_name_the_entry()
    {
        var error = Assert.Single(Load(One($$"""{ "from": "2021-01-01", "value": 1, {{Cite}} }, { "from": "2020-01-01", "value": 2, {{Cite}} }""")).Errors);
        Assert.Equal("parameters['p.one'].entries[1].from", error.Field);
        Assert.Equal("dates-increasing", error.Rule);
    }

    [Fact]
    public void Duplicate_dates_name_the_entry()
    {
        var error = Assert.Single(Load(One($$"""{ "from": "2021-01-01", "value": 1, {{Cite}} }, { "from": "2021-01-01", "value": 2, {{Cite}} }""")).Errors);
        Assert.Equal("parameters['p.one'].entries[1].from", error.Field);
        Assert.Equal("no-duplicate-dates", error.Rule);
    }

    [Fact]
    public void Money_with_a_fraction_of_a_penny_is_refused()
    {
        var error = Assert.Single(Load(One($$"""{ "from": "2021-01-01", "value": 189.005, {{Cite}} }""")).Errors);
        Assert.Equal("parameters['p.one'].entries[0].value", error.Field);
        Assert.Equal("whole-pence", error.Rule);
    }

    [Fact]
    public void Whole_number_units_refuse_fractions_and_negatives()
    {
        Assert.Equal("whole-number", Assert.Single(Load(One($$"""{ "from": "2021-01-01", "value": 7.5, {{Cite}} }""", unit: "days")).Errors).Rule);
        Assert.Equal("whole-number", Assert.Single(Load(One($$"""{ "from": "2021-01-01", "value": -1, {{Cite}} }""", unit: "weeks")).Errors).Rule);
    }

    [Fact]
    public void Wrong_kind_of_value_for_the_unit()
    {
        Assert.Equal("unit", Assert.Single(Load(One($$"""{ "from": "2021-01-01", "value": true, {{Cite}} }""")).Errors).Rule);
        Assert.Equal("unit", Assert.Single(Load(One($$"""{ "from": "2021-01-01", "value": "189.00", {{Cite}} }""")).Errors).Rule);
        Assert.Equal("unit", Assert.Single(Load(One($$"""{ "from": "2021-01-01", "value": 3, {{Cite}} }""", unit: "flag")).Errors).Rule);
    }

    [Fact]
    public void Every_entry_needs_a_citation_with_instrument_and_provision()
    {
        Assert.Equal("parameters['p.one'].entries[0].citation", Assert.Single(Load(One("""{ "from": "2021-01-01", "value": 1 }""")).Errors).Field);
        var error = Assert.Single(Load(One("""{ "from": "2021-01-01", "value": 1, "citation": { "instrument": "SI 2014/2672" } }""")).Errors);
        Assert.Equal("parameters['p.one'].entries[0].citation.provision", error.Field);
    }

    [Fact]
    public void A_missing_figure_must_say_why()
    {
        var error = Assert.Single(Load(One($$"""{ "from": "2021-01-01", "value": null, {{Cite}} }""")).Errors);
        Assert.Equal("parameters['p.one'].entries[0].note", error.Field);
        Assert.Equal("missing-value-explained", error.Rule);
    }

    [Fact]
    public void Bad_dates_and_unknown_properties_are_all_reported_together()
    {
        var ex = Load(One($$"""{ "from": "1 April 2021", "vaule": 1, {{Cite}} }"""));
        Assert.Contains(ex.Errors, e => e.Field == "parameters['p.one'].entries[0].from" && e.Rule == "iso-date");
        Assert.Contains(ex.Errors, e => e.Field == "parameters['p.one'].entries[0].vaule" && e.Rule == "known-property");
        Assert.Contains(ex.Errors, e => e.Field == "parameters['p.one'].entries[0].value" && e.Rule == "required");
    }

    [Fact]
    public void Frequency_only_for_money_and_only_known_codes()
    {
        Assert.Equal("frequency-money-only", Assert.Single(Load(One($$"""{ "from": "2021-01-01", "value": 1, {{Cite}} }""", unit: "percent", extra: ", \"frequency\": \"weekly\"")).Errors).Rule);
        Assert.Equal("known-frequency", Assert.Single(Load(One($$"""{ "from": "2021-01-01", "value": 1, {{Cite}} }""", extra: ", \"frequency\": \"daily\"")).Errors).Rule);
    }

    [Fact]
    public void A_parameter_needs_entries()
        => Assert.Equal("entries-required", Assert.Single(Load(One(string.Empty)).Errors).Rule);

    [Fact]
    public void Problems_in_several_parameters_are_reported_together()
    {
        var json = $$"""
            { "parameters": {
              "a": { "unit": "gbp", "entries": [ { "from": "2021-01-01", "value": 0.001, {{Cite}} } ] },
              "b": { "unit": "days", "entries": [ { "from": "2021-01-01", "value": 1.5, {{Cite}} } ] } } }
            """;
        var ex = Load(json);
        Assert.Equal(new[] { "parameters['a'].entries[0].value", "parameters['b'].entries[0].value" }, ex.Errors.Select(e => e.Field));
    }
}
