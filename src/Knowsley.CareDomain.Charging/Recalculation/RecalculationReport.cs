using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Knowsley.CareDomain.Charging.Recalculation;

/// <summary>The result of re-running a caseload under a new rate year: one row per person, in caseload order, and totals.</summary>
/// <remarks>Nothing is lost: every assessment appears as a row, either recalculated or with its error, so
/// <see cref="Count"/> = <see cref="Succeeded"/> + <see cref="Failed"/>.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class RecalculationReport
{
    internal RecalculationReport(LocalDate fromDate, LocalDate toDate, IReadOnlyList<RecalculationRow> rows)
    {
        FromDate = fromDate;
        ToDate = toDate;
        Rows = rows;
        Succeeded = rows.Count(r => r.Succeeded);
        TotalOldCharge = Money.Sum(rows.Where(r => r.Succeeded).Select(r => r.OldCharge));
        TotalNewCharge = Money.Sum(rows.Where(r => r.Succeeded).Select(r => r.NewCharge));
    }

    /// <summary>Gets the date whose rates were the old rate year.</summary>
    public LocalDate FromDate { get; }

    /// <summary>Gets the date whose rates are the new rate year.</summary>
    public LocalDate ToDate { get; }

    /// <summary>Gets the rows, in caseload order.</summary>
    public IReadOnlyList<RecalculationRow> Rows { get; }

    /// <summary>Gets the number of assessments read.</summary>
    public int Count => Rows.Count;

    /// <summary>Gets the number recalculated under both years.</summary>
    public int Succeeded { get; }

    /// <summary>Gets the number that could not be recalculated.</summary>
    public int Failed => Count - Succeeded;

    /// <summary>Gets the total weekly charge under the old rates (recalculated rows only).</summary>
    public Money TotalOldCharge { get; }

    /// <summary>Gets the total weekly charge under the new rates (recalculated rows only).</summary>
    public Money TotalNewCharge { get; }
}
