using System.Collections.Generic;
using Knowsley.CareDomain.Charging.Calculation;

namespace Knowsley.CareDomain.Charging.Recalculation;

/// <summary>One person's result in a bulk recalculation: old and new charge, the difference and the headings that moved,
/// or the reason the person could not be recalculated.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class RecalculationRow
{
    internal RecalculationRow(int index, string id, ChargeFigures? before, ChargeFigures? after, IReadOnlyList<string> movedHeadings, string? error, string? errorField)
    {
        Index = index;
        Id = id;
        Before = before;
        After = after;
        MovedHeadings = movedHeadings;
        Error = error;
        ErrorField = errorField;
    }

    /// <summary>Gets the position of the assessment in the caseload (0-based).</summary>
    public int Index { get; }

    /// <summary>Gets the council's reference.</summary>
    public string Id { get; }

    /// <summary>Gets the figures under the old rate year, or <c>null</c> when they could not be calculated.</summary>
    public ChargeFigures? Before { get; }

    /// <summary>Gets the figures under the new rate year, or <c>null</c> when they could not be calculated.</summary>
    public ChargeFigures? After { get; }

    /// <summary>Gets a value indicating whether both years were calculated.</summary>
    public bool Succeeded => Error is null;

    /// <summary>Gets the old weekly charge (zero when not calculated).</summary>
    public Money OldCharge => Before?.WeeklyCharge ?? Money.Zero;

    /// <summary>Gets the new weekly charge (zero when not calculated).</summary>
    public Money NewCharge => After?.WeeklyCharge ?? Money.Zero;

    /// <summary>Gets the new charge less the old.</summary>
    public Money Difference => NewCharge - OldCharge;

    /// <summary>Gets the codes of the headings whose amounts changed (see <see cref="FinancialAssessmentResult.AmountsByHeading"/>).</summary>
    public IReadOnlyList<string> MovedHeadings { get; }

    /// <summary>Gets why the person could not be recalculated, or <c>null</c>.</summary>
    public string? Error { get; }

    /// <summary>Gets the parameter or field the error concerns, or <c>null</c>.</summary>
    public string? ErrorField { get; }
}
