using System;
using System.Collections.Generic;
using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Calculation;
using Knowsley.CareDomain.Charging.Rates;
using Knowsley.CareDomain.Parameters;
using NodaTime;

namespace Knowsley.CareDomain.Charging.Recalculation;

/// <summary>Re-runs a whole caseload under a new rate year (for example the April uprating) and reports, per person, the
/// old charge, the new charge, the difference and the headings that moved.</summary>
/// <remarks>
/// Each rate year is represented by one date, <see cref="RateYearDate"/>: 29 April, four weeks into the year, after every
/// April change (the amending regulations from about 6 April and the benefit week from about 7 to 11 April). The rates
/// are resolved once per year and every assessment is calculated as if made on that date (ages, the 12-week disregard and
/// disregard periods are judged then) with no explanation built and no allocation beyond the row itself.
/// </remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class BulkRecalculation
{
    /// <summary>Gets the date that represents a rate year: 29 April of its first calendar year.</summary>
    /// <param name="year">The financial year.</param>
    /// <returns>The date.</returns>
    public static LocalDate RateYearDate(FinancialYear year) => year.Start.PlusDays(28);

    /// <summary>Recalculates a caseload under two rate years.</summary>
    /// <param name="caseload">The assessments.</param>
    /// <param name="parameters">The statutory tables with any council overlay.</param>
    /// <param name="from">The old rate year.</param>
    /// <param name="to">The new rate year.</param>
    /// <returns>The report, one row per assessment.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RecalculationReport Run(IEnumerable<FinancialAssessment> caseload, ParameterSet parameters, FinancialYear from, FinancialYear to)
        => Run(caseload, parameters, RateYearDate(from), RateYearDate(to));

    /// <summary>Recalculates a caseload under the rates in force on two dates.</summary>
    /// <param name="caseload">The assessments.</param>
    /// <param name="parameters">The statutory tables with any council overlay.</param>
    /// <param name="fromDate">The date of the old rates.</param>
    /// <param name="toDate">The date of the new rates.</param>
    /// <returns>The report, one row per assessment.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RecalculationReport Run(IEnumerable<FinancialAssessment> caseload, ParameterSet parameters, LocalDate fromDate, LocalDate toDate)
    {
        if (caseload is null)
        {
            throw new ArgumentNullException(nameof(caseload));
        }

        var before = ChargingRates.On(parameters, fromDate);
        var after = ChargingRates.On(parameters, toDate);
        var rows = new List<RecalculationRow>();
        var index = 0;
        foreach (var assessment in caseload)
        {
            rows.Add(Row(index++, assessment, before, after));
        }

        return new RecalculationReport(fromDate, toDate, rows);
    }

    /// <summary>Recalculates one assessment under two sets of rates.</summary>
    /// <param name="index">The assessment's position in the caseload.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="before">The old rates.</param>
    /// <param name="after">The new rates.</param>
    /// <returns>The row; a rate that is not available gives a row with the error, not an exception.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RecalculationRow Row(int index, FinancialAssessment assessment, ChargingRates before, ChargingRates after)
    {
        if (assessment is null)
        {
            throw new ArgumentNullException(nameof(assessment));
        }

        ChargeFigures? old = null;
        try
        {
            old = FinancialAssessmentCalculator.CalculateFiguresAsOf(assessment, before);
            var updated = FinancialAssessmentCalculator.CalculateFiguresAsOf(assessment, after);
            return new RecalculationRow(index, assessment.Id, old, updated, ChargeHeadings.Moved(old.Value, updated), null, null);
        }
        catch (ParameterNotAvailableException ex)
        {
            var which = old is null ? before.Date : after.Date;
            return new RecalculationRow(index, assessment.Id, old, null, Array.Empty<string>(), $"rates for {which:yyyy-MM-dd}: {ex.Message}", ex.ParameterName);
        }
    }

    /// <summary>Computes the old and new figures of a caseload into caller-supplied arrays with no allocation per
    /// assessment (the hot path the benchmarks measure). A person whose rates are not available gets default figures and
    /// a <c>false</c> entry in <paramref name="succeeded"/>.</summary>
    /// <param name="caseload">The assessments.</param>
    /// <param name="before">The old rates.</param>
    /// <param name="after">The new rates.</param>
    /// <param name="oldFigures">Receives the old figures; at least as long as the caseload.</param>
    /// <param name="newFigures">Receives the new figures; at least as long as the caseload.</param>
    /// <param name="succeeded">Receives whether each assessment was calculated; at least as long as the caseload.</param>
    /// <returns>The number calculated under both years.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An output array is shorter than the caseload.</exception>
    public static int ComputeInto(IReadOnlyList<FinancialAssessment> caseload, ChargingRates before, ChargingRates after, ChargeFigures[] oldFigures, ChargeFigures[] newFigures, bool[] succeeded)
    {
        if (caseload is null || before is null || after is null || oldFigures is null || newFigures is null || succeeded is null)
        {
            throw new ArgumentNullException(caseload is null ? nameof(caseload) : before is null ? nameof(before) : after is null ? nameof(after) : oldFigures is null ? nameof(oldFigures) : newFigures is null ? nameof(newFigures) : nameof(succeeded));
        }

        if (oldFigures.Length < caseload.Count || newFigures.Length < caseload.Count || succeeded.Length < caseload.Count)
        {
            throw new ArgumentException("The output arrays must be at least as long as the caseload.", nameof(oldFigures));
        }

        var count = 0;
        for (var i = 0; i < caseload.Count; i++)
        {
            try
            {
                oldFigures[i] = ChargeEngine.Compute(caseload[i], before);
                newFigures[i] = ChargeEngine.Compute(caseload[i], after);
                succeeded[i] = true;
                count++;
            }
            catch (ParameterNotAvailableException)
            {
                succeeded[i] = false;
            }
        }

        return count;
    }
}
