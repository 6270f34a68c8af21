using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Calculation;
using Knowsley.CareDomain.Charging.Rates;
using Knowsley.CareDomain.Charging.Recalculation;
using Knowsley.CareDomain.Parameters;
using Knowsley.CareDomain.Synthetic;
using Knowsley.CareDomain.Synthetic.Charging;
using NodaTime;

namespace Knowsley.CareDomain.Benchmarks.Charging;

/// <summary>Bulk recalculation of 1,000,000 non-residential and 100,000 residential assessments from 2023-24 to
/// 2024-25 rates: the allocation-free hot path against the naive baseline.</summary>
/// <remarks>50,000 distinct synthetic people are generated and repeated to fill the caseload (memory on a shared
/// machine); couples are assessed as single because the couple MIG amounts from 2022/23 are not in the rate tables.
/// Each operation is one assessment calculated under both years.</remarks>
[MemoryDiagnoser]
public class ChargingRecalculationBenchmarks
{
    private const int NonResidentialCount = 1_000_000;
    private const int ResidentialCount = 100_000;
    private const int Distinct = 50_000;

    private static readonly LocalDate From = BulkRecalculation.RateYearDate(new FinancialYear(2023));
    private static readonly LocalDate To = BulkRecalculation.RateYearDate(new FinancialYear(2024));

    private FinancialAssessment[] nonResidential = null!;
    private FinancialAssessment[] residential = null!;
    private ParameterSet parameters = null!;
    private ChargingRates before = null!;
    private ChargingRates after = null!;
    private ChargeFigures[] oldFigures = null!;
    private ChargeFigures[] newFigures = null!;
    private bool[] succeeded = null!;

    [GlobalSetup]
    public void Setup()
    {
        parameters = ChargingParameters.Default;
        before = ChargingRates.On(parameters, From);
        after = ChargingRates.On(parameters, To);
        var options = new SyntheticCaseloadOptions(Distinct, asAt: From);
        var community = new List<FinancialAssessment>();
        var homes = new List<FinancialAssessment>();
        for (var i = 0; i < Distinct; i++)
        {
            var a = SyntheticFinancialAssessments.From(SyntheticCaseloadGenerator.GeneratePerson(options, i), From, assessCouplesAsSingle: true);
            (a.Kind.IsResidential ? homes : community).Add(a);
        }

        nonResidential = Fill(community, NonResidentialCount);
        residential = Fill(homes, ResidentialCount);
        oldFigures = new ChargeFigures[NonResidentialCount];
        newFigures = new ChargeFigures[NonResidentialCount];
        succeeded = new bool[NonResidentialCount];
        if (HotPathNonResidential() != NonResidentialCount || HotPathResidential() != ResidentialCount)
        {
            throw new InvalidOperationException("Every benchmark assessment must calculate under both rate years (no exception path in the measurement).");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = NonResidentialCount)]
    public decimal NaiveNonResidential() => Naive(nonResidential);

    [Benchmark(OperationsPerInvoke = NonResidentialCount)]
    public int HotPathNonResidential() => BulkRecalculation.ComputeInto(nonResidential, before, after, oldFigures, newFigures, succeeded);

    [Benchmark(OperationsPerInvoke = ResidentialCount)]
    public decimal NaiveResidential() => Naive(residential);

    [Benchmark(OperationsPerInvoke = ResidentialCount)]
    public int HotPathResidential() => BulkRecalculation.ComputeInto(residential, before, after, oldFigures, newFigures, succeeded);

    private decimal Naive(FinancialAssessment[] caseload)
    {
        var total = 0m;
        foreach (var a in caseload)
        {
            total += NaiveChargeCalculator.WeeklyCharge(a, parameters, To) - NaiveChargeCalculator.WeeklyCharge(a, parameters, From);
        }

        return total;
    }

    private static FinancialAssessment[] Fill(List<FinancialAssessment> source, int count)
    {
        if (source.Count == 0)
        {
            throw new InvalidOperationException("The synthetic caseload produced no assessments of this kind.");
        }

        var result = new FinancialAssessment[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = source[i % source.Count];
        }

        return result;
    }
}
