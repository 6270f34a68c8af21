using System;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Knowsley.CareDomain.Explanations;
using Knowsley.CareDomain.Parameters;
using Knowsley.CareDomain.Serialization;
using Knowsley.CareDomain.Validation;
using NodaTime;

namespace Knowsley.CareDomain.Tests;

public sealed class JsonRoundTripTests
{
    private static T RoundTrip<T>(T value) => CareDomainJson.Deserialize<T>(CareDomainJson.Serialize(value));

    [Fact]
    public void Money_is_a_decimal_string()
    {
        Assert.Equal("\"1234.56\"", CareDomainJson.Serialize(Money.Parse("£1,234.56")));
        Assert.Equal("\"-3.10\"", CareDomainJson.Serialize(Money.Parse("-3.10")));
        Assert.Equal(Money.Parse("12.30"), CareDomainJson.Deserialize<Money>("\"12.3\""));
        Assert.Equal(Money.Parse("12.30"), CareDomainJson.Deserialize<Money>("12.30"));
        Assert.Equal(Money.Parse("12.30"), CareDomainJson.Deserialize<Money>("\"£12.30\""));
    }

    [Theory]
    [InlineData("\"12.345\"")]
    [InlineData("12.345")]
    [InlineData("true")]
    [InlineData("\"twelve\"")]
    public void Money_that_is_not_to_the_penny_is_refused(string json)
        => Assert.Throws<JsonException>(() => CareDomainJson.Deserialize<Money>(json));

    [Fact]
    public void Code_lists_are_written_by_code_and_unknown_codes_list_the_valid_ones()
    {
        Assert.Equal("\"monthly\"", CareDomainJson.Serialize(Frequency.CalendarMonthly));
        Assert.Same(Frequency.FourWeekly, CareDomainJson.Deserialize<Frequency>("\"four-weekly\""));
        var ex = Assert.Throws<JsonException>(() => CareDomainJson.Deserialize<Frequency>("\"daily\""));
        Assert.Contains("valid codes are", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_years_weeks_and_enums()
    {
        Assert.Equal("\"2025-04-07\"", CareDomainJson.Serialize(new LocalDate(2025, 4, 7)));
        Assert.Equal("\"2025-26\"", CareDomainJson.Serialize(new FinancialYear(2025)));
        Assert.Equal(new FinancialYear(2025), CareDomainJson.Deserialize<FinancialYear>("\"2025/26\""));
        Assert.Throws<JsonException>(() => CareDomainJson.Deserialize<FinancialYear>("\"2025-27\""));
        Assert.Equal("\"2025-04-07\"", CareDomainJson.Serialize(new CareWeek(new LocalDate(2025, 4, 7))));
        Assert.Equal(new CareWeek(new LocalDate(2025, 4, 7)), RoundTrip(new CareWeek(new LocalDate(2025, 4, 7))));
        Assert.Equal("\"halfUp\"", CareDomainJson.Serialize(MoneyRounding.HalfUp));
        Assert.Equal(MoneyRounding.HalfEven, CareDomainJson.Deserialize<MoneyRounding>("\"halfEven\""));
    }

    [Fact]
    public void Domain_objects_round_trip()
    {
        var amount = new PeriodicAmount(Money.Parse("650.00"), Frequency.CalendarMonthly);
        Assert.Equal("{\"amount\":\"650.00\",\"frequency\":\"monthly\"}", CareDomainJson.Serialize(amount));
        Assert.Equal(amount, RoundTrip(amount));

        var citation = new Citation("SI 2014/2672", "reg. 7", "Charging Regulations", "https://www.legislation.gov.uk/uksi/2014/2672/regulation/7");
        Assert.Equal(citation, RoundTrip(citation));

        var error = new ValidationError("income[2].amount", "non-negative", "must not be negative");
        Assert.Equal(error, RoundTrip(error));
    }

    [Fact]
    public void Explanations_round_trip()
    {
        var explanation = new ExplanationBuilder("Charge")
            .Group("Income", g => g.Add("Pension", Money.Parse("100.00"), new Citation("CSSG", "Annex C")), Money.Parse("100.00"))
            .AddValue("Decision", "Eligible", note: "two outcomes")
            .Build();
        var json = CareDomainJson.Serialize(explanation);
        Assert.DoesNotContain("displayValue", json, StringComparison.Ordinal);
        var again = CareDomainJson.Deserialize<Explanation>(json);
        Assert.Equal(json, CareDomainJson.Serialize(again));
        Assert.Equal(explanation.ToText(), again.ToText());
    }

    [Fact]
    public void Parameters_round_trip()
    {
        var set = ParameterSet.FromEmbeddedResources(typeof(JsonRoundTripTests).Assembly);
        var json = CareDomainJson.Serialize(set);
        Assert.Equal(set.ToJson().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal), json.Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Equal(set.ToJson(), CareDomainJson.Deserialize<ParameterSet>(json).ToJson());

        var parameter = set["test.allowance"];
        var parameterJson = CareDomainJson.Serialize(parameter);
        Assert.Contains("\"value\":189.00", parameterJson, StringComparison.Ordinal);
        Assert.Equal(parameterJson, CareDomainJson.Serialize(CareDomainJson.Deserialize<Parameter>(parameterJson)));

        var entry = parameter.Entries[0];
        var again = RoundTrip(entry);
        Assert.Equal(entry.EffectiveFrom, again.EffectiveFrom);
        Assert.Equal(entry.Value, again.Value);
        Assert.Equal(entry.Citation, again.Citation);
        Assert.Equal(ParameterValue.OfFlag(true), RoundTrip(ParameterValue.OfFlag(true)));
        Assert.Equal(ParameterValue.OfCode("service-start"), RoundTrip(ParameterValue.OfCode("service-start")));
        Assert.Throws<JsonException>(() => CareDomainJson.Deserialize<ParameterSet>("{ \"parameters\": 3 }"));
    }

    [Property]
    public Property Money_json_round_trip_is_identity()
        => Prop.ForAll(
            Gen.Choose(int.MinValue, int.MaxValue).Select(p => Money.FromPence(p * 1000L)).ToArbitrary(),
            m => RoundTrip(m) == m);

    [Property]
    public Property Periodic_amount_json_round_trip_is_identity()
        => Prop.ForAll(
            Gen.Choose(0, 10_000_000).ToArbitrary(),
            Gen.Elements(Frequency.Weekly, Frequency.Fortnightly, Frequency.FourWeekly, Frequency.CalendarMonthly, Frequency.Quarterly, Frequency.Annual).ToArbitrary(),
            (pence, f) => RoundTrip(new PeriodicAmount(Money.FromPence(pence), f)).Equals(new PeriodicAmount(Money.FromPence(pence), f)));
}
