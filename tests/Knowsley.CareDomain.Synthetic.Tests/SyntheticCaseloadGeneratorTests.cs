using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Knowsley.CareDomain.ClientLevelData;
using Knowsley.CareDomain.Serialization;
using NodaTime;

namespace Knowsley.CareDomain.Synthetic.Tests;

public sealed class SyntheticCaseloadGeneratorTests
{
    private static readonly SyntheticCaseload Default = SyntheticCaseloadGenerator.Generate();

    [Fact]
    public void Default_caseload_is_shaped_like_Knowsley_2023_24()
    {
        var summary = SyntheticCaseloadSummary.Of(Default);
        Assert.Equal(3960, summary.People);
        Assert.Equal(3700, summary.LongTermSupport);
        Assert.Equal(260, summary.ShortTermSupport);
        Assert.Equal(new LocalDate(2024, 3, 31), Default.AsAt);
        Assert.InRange(summary.Aged65AndOver * 100 / summary.People, 55, 75);
        Assert.All(Default.People, p => Assert.InRange(p.AgeOn(Default.AsAt), 18, 100));
        Assert.All(Default.People, p => Assert.True(p.WeeklyCostOfCare.IsPositive && !p.Savings.IsNegative && !p.HomeValue.IsNegative));
        Assert.All(Default.People.Where(p => p.IsLongTermSupport), p => Assert.Equal(ServiceCategory.LongTerm, p.ServiceType.Category));
        Assert.Contains(Default.People, p => p.ServiceType.IsCareHome);
        Assert.Equal("SYN-000001", Default.People[0].Id);
    }

    [Fact]
    public void Same_options_give_the_same_caseload()
    {
        var again = SyntheticCaseloadGenerator.Generate(new SyntheticCaseloadOptions());
        Assert.Equal(CareDomainJson.Serialize(Default.People), CareDomainJson.Serialize(again.People));
    }

    [Fact]
    public void Another_seed_gives_another_caseload()
    {
        var other = SyntheticCaseloadGenerator.Generate(new SyntheticCaseloadOptions(seed: 7));
        Assert.NotEqual(CareDomainJson.Serialize(Default.People), CareDomainJson.Serialize(other.People));
    }

    [Fact]
    public void One_person_can_be_generated_alone()
    {
        var options = new SyntheticCaseloadOptions();
        Assert.Equal(CareDomainJson.Serialize(Default.People[1234]), CareDomainJson.Serialize(SyntheticCaseloadGenerator.GeneratePerson(options, 1234)));
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticCaseloadGenerator.GeneratePerson(options, 3960)).ParamName);
    }

    [Fact]
    public void Options_are_checked()
        => Assert.Equal("people", Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticCaseloadOptions(-1)).ParamName);

    [Fact]
    public void Progress_reaches_the_total()
    {
        var last = 0;
        var caseload = SyntheticCaseloadGenerator.Generate(new SyntheticCaseloadOptions(10_000), done => { lock (typeof(SyntheticCaseloadGeneratorTests)) { last = Math.Max(last, done); } });
        Assert.Equal(10_000, caseload.People.Count);
        Assert.Equal(10_000, last);
    }

    [Property(MaxTest = 20)]
    public Property Split_between_long_and_short_term_follows_3700_to_260()
        => Prop.ForAll(Gen.Choose(1, 5000).ToArbitrary(), n =>
        {
            var options = new SyntheticCaseloadOptions(n);
            var caseload = SyntheticCaseloadGenerator.Generate(options);
            return caseload.People.Count == n
                && caseload.People.Count(p => p.IsLongTermSupport) == options.LongTermPeople
                && Math.Abs((options.LongTermPeople * 3960L) - (n * 3700L)) < 3960;
        });

    [Fact]
    public void Module_streams_are_deterministic_and_independent()
    {
        var person = Default.People[0];
        Assert.Equal(person.RandomFor("charging").NextUInt64(), person.RandomFor("charging").NextUInt64());
        Assert.NotEqual(person.RandomFor("charging").NextUInt64(), person.RandomFor("reviews").NextUInt64());
    }

    [Fact]
    public void A_person_round_trips_through_json()
    {
        var person = Default.People[42];
        var json = CareDomainJson.Serialize(person);
        var again = CareDomainJson.Deserialize<SyntheticPerson>(json);
        Assert.Equal(json, CareDomainJson.Serialize(again));
        Assert.Equal(person.WeeklyIncome(), again.WeeklyIncome());
    }
}
