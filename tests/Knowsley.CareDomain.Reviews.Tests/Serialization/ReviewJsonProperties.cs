using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Knowsley.CareDomain.Reviews.Scheduling;
using Knowsley.CareDomain.Reviews.Serialization;
using Knowsley.CareDomain.Reviews.WaitingLists;
using Knowsley.CareDomain.Serialization;

namespace Knowsley.CareDomain.Reviews.Tests.Serialization;

// STYLE.md: "JSON round trip is identity" for every public input type; these two are the inputs of every measure.
public sealed class ReviewJsonProperties
{
    [Property(MaxTest = 300)]
    public Property ReviewCase_json_round_trip_is_identity()
        => Prop.ForAll(JsonSamples.Case().ToArbitrary(), c =>
        {
            var json = CareDomainJson.Serialize(c);
            var back = CareDomainJson.Deserialize<ReviewCase>(json);
            return JsonSamples.Same(c, back) && CareDomainJson.Serialize(back) == json;
        });

    [Property(MaxTest = 300)]
    public Property WaitRecord_json_round_trip_is_identity()
        => Prop.ForAll(JsonSamples.Wait().ToArbitrary(), w =>
        {
            var json = CareDomainJson.Serialize(w);
            var back = CareDomainJson.Deserialize<WaitRecord>(json);
            return JsonSamples.Same(w, back) && CareDomainJson.Serialize(back) == json;
        });

    [Property(MaxTest = 100)]
    public Property Case_lists_round_trip_through_the_reader()
        => Prop.ForAll(JsonSamples.Case().ArrayOf().ToArbitrary(), cases =>
        {
            var back = ReviewJson.ReadCases(ReviewJson.Write(cases));
            return back.Count == cases.Length && cases.Zip(back, JsonSamples.Same).All(same => same);
        });

    [Property(MaxTest = 100)]
    public Property Wait_lists_round_trip_through_the_reader()
        => Prop.ForAll(JsonSamples.Wait().ArrayOf().ToArbitrary(), waits =>
        {
            var back = ReviewJson.ReadWaits(CareDomainJson.Serialize(waits));
            return back.Count == waits.Length && waits.Zip(back, JsonSamples.Same).All(same => same);
        });
}
