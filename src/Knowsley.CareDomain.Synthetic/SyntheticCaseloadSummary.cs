using System;
using System.Collections.Generic;
using System.Linq;
using Knowsley.CareDomain.ClientLevelData;

namespace Knowsley.CareDomain.Synthetic;

/// <summary>Counts and money distributions that describe a caseload, for the demo and for checking its shape.</summary>
/// <remarks>Quantiles use the nearest-rank method on whole pence (the smallest value with at least p% of values at or below it).</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class SyntheticCaseloadSummary
{
    private SyntheticCaseloadSummary(SyntheticCaseload caseload)
    {
        var people = caseload.People;
        var asAt = caseload.AsAt;
        People = people.Count;
        LongTermSupport = people.Count(p => p.IsLongTermSupport);
        ShortTermSupport = people.Count(p => p.ServiceType.Category == ServiceCategory.ShortTerm);
        Aged65AndOver = people.Count(p => p.AgeBandOn(asAt) == AgeBand.Age65AndOver);
        WithUnpaidCarer = people.Count(p => p.HasUnpaidCarer);
        HomeOwners = people.Count(p => p.HomeValue.IsPositive);
        WithNoSavings = people.Count(p => p.Savings.IsZero);
        ByServiceType = Count(people.Select(p => p.ServiceType.Code));
        ByPrimarySupportReason = Count(people.Select(p => p.PrimarySupportReason.Code));
        var incomes = people.Select(p => p.WeeklyIncome()).ToArray();
        WeeklyIncome = MoneyQuantiles.Of(incomes);
        Savings = MoneyQuantiles.Of(people.Select(p => p.Savings).ToArray());
        WeeklyCostOfCare = MoneyQuantiles.Of(people.Select(p => p.WeeklyCostOfCare).ToArray());
    }

    /// <summary>Gets the number of people.</summary>
    public int People { get; }

    /// <summary>Gets the number in long term support.</summary>
    public int LongTermSupport { get; }

    /// <summary>Gets the number in short term support.</summary>
    public int ShortTermSupport { get; }

    /// <summary>Gets the number aged 65 or over on the caseload date.</summary>
    public int Aged65AndOver { get; }

    /// <summary>Gets the number supported by an unpaid carer.</summary>
    public int WithUnpaidCarer { get; }

    /// <summary>Gets the number who own their home.</summary>
    public int HomeOwners { get; }

    /// <summary>Gets the number with no savings.</summary>
    public int WithNoSavings { get; }

    /// <summary>Gets the count of people by CLD service type code, largest first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> ByServiceType { get; }

    /// <summary>Gets the count of people by CLD primary support reason code, largest first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> ByPrimarySupportReason { get; }

    /// <summary>Gets the distribution of total weekly income.</summary>
    public MoneyQuantiles WeeklyIncome { get; }

    /// <summary>Gets the distribution of savings.</summary>
    public MoneyQuantiles Savings { get; }

    /// <summary>Gets the distribution of the weekly cost of care.</summary>
    public MoneyQuantiles WeeklyCostOfCare { get; }

    /// <summary>Summarises a caseload.</summary>
    /// <param name="caseload">The caseload.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseload"/> is null.</exception>
    public static SyntheticCaseloadSummary Of(SyntheticCaseload caseload)
        => new(caseload ?? throw new ArgumentNullException(nameof(caseload)));

    private static IReadOnlyList<KeyValuePair<string, int>> Count(IEnumerable<string> codes)
        => codes.GroupBy(c => c, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .ToArray();
}
