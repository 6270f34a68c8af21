using System;

namespace Knowsley.CareDomain.Charging.Assessment;

/// <summary>The partner's resources, given when the person (a member of a couple receiving care outside a care home) asks
/// the council to consider them: the couples affordability check, the "less favourable" check.</summary>
/// <remarks>
/// <para>Only the income of the person receiving care is assessed, and the partner is never liable to pay; but the council
/// "should also consider the implications for the cared-for person's partner" (CSSG Annex C para. 5). Councils do this by
/// an affordability check on the couple's joint position: Reading's (charging framework, appendix D) takes
/// A = the person's minimum income guarantee + (the partner's income − the partner's share of the housing costs) and
/// B = a couple allowance (the DWP couple personal allowance), and raises the MIG by B − A when A is below B.</para>
/// <para>Both calculations, on the person's own resources alone and with the partner's resources considered, appear in the
/// explanation; the person is charged the lower (raising the MIG never raises the charge). The couple allowance is the
/// council parameter <c>charging.local.couples-check-allowance</c>.</para>
/// <para>The partner's figures are checked when the resources are placed in a <see cref="FinancialAssessment"/>: both must
/// be zero or more, and the person must be a member of a couple assessed for care outside a care home.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class PartnerResources : IEquatable<PartnerResources>
{
    /// <summary>Initializes the partner's resources.</summary>
    /// <param name="income">The partner's own net income (after tax and National Insurance) and how often it is paid.</param>
    /// <param name="housingCostShare">The partner's share of the household's housing costs (Reading takes 50%), net of
    /// Housing Benefit and council tax reduction.</param>
    public PartnerResources(PeriodicAmount income, PeriodicAmount housingCostShare)
    {
        Income = income;
        HousingCostShare = housingCostShare;
    }

    /// <summary>Gets the partner's net income.</summary>
    public PeriodicAmount Income { get; }

    /// <summary>Gets the partner's share of the housing costs.</summary>
    public PeriodicAmount HousingCostShare { get; }

    /// <summary>Gets the partner's weekly net income less their weekly share of the housing costs (may be negative).</summary>
    /// <returns>The partner's weekly net resources.</returns>
    public Money WeeklyNetResources() => Income.ToWeekly() - HousingCostShare.ToWeekly();

    /// <inheritdoc />
    public bool Equals(PartnerResources? other)
        => other is not null && Equals(Income, other.Income) && Equals(HousingCostShare, other.HousingCostShare);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PartnerResources);

    /// <inheritdoc />
    public override int GetHashCode() => Income?.GetHashCode() ?? 0;
}
