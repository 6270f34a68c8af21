using System;

namespace Knowsley.CareDomain.Eligibility.Determination;

/// <summary>
/// What decides whether the council must, or may, meet a carer's eligible needs for support (Care Act 2014 s.20): the
/// ordinary residence of the adult needing care (s.20(1)(a)) and, for support provided to the carer, the carer's charging
/// conditions (s.20(1)(b), (2)–(3)). These inputs never change eligibility.
/// </summary>
/// <remarks>
/// Support provided to the adult needing care (for example replacement care) also needs that adult's agreement and
/// conditions 3 or 4 (s.20(1)(c), (4)–(5)); that part is reported as a note, not decided. A carer cannot be charged for
/// care and support provided to the adult needing care (s.14(3)).
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class CarerMeetingNeedsCircumstances : IEquatable<CarerMeetingNeedsCircumstances>
{
    /// <summary>Initializes the circumstances.</summary>
    /// <param name="adultNeedingCareOrdinaryResidence">Where the adult needing care is ordinarily resident; not established when null.</param>
    /// <param name="financialPosition">The carer's position against the financial limit; not yet assessed when null.</param>
    /// <param name="asksCouncilToMeetNeeds">Whether the carer asks the council to meet the needs (condition 2, s.20(3)(b)).</param>
    public CarerMeetingNeedsCircumstances(
        OrdinaryResidence? adultNeedingCareOrdinaryResidence = null,
        FinancialPosition? financialPosition = null,
        bool asksCouncilToMeetNeeds = false)
    {
        AdultNeedingCareOrdinaryResidence = adultNeedingCareOrdinaryResidence ?? OrdinaryResidence.NotEstablished;
        FinancialPosition = financialPosition ?? FinancialPosition.NotYetAssessed;
        AsksCouncilToMeetNeeds = asksCouncilToMeetNeeds;
    }

    /// <summary>Gets where the adult needing care is ordinarily resident.</summary>
    public OrdinaryResidence AdultNeedingCareOrdinaryResidence { get; }

    /// <summary>Gets the carer's position against the financial limit.</summary>
    public FinancialPosition FinancialPosition { get; }

    /// <summary>Gets a value indicating whether the carer asks the council to meet the needs (condition 2).</summary>
    public bool AsksCouncilToMeetNeeds { get; }

    /// <inheritdoc />
    public bool Equals(CarerMeetingNeedsCircumstances? other)
        => other is not null && Equals(AdultNeedingCareOrdinaryResidence, other.AdultNeedingCareOrdinaryResidence)
           && Equals(FinancialPosition, other.FinancialPosition) && AsksCouncilToMeetNeeds == other.AsksCouncilToMeetNeeds;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CarerMeetingNeedsCircumstances);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((AdultNeedingCareOrdinaryResidence.GetHashCode() * 397) ^ FinancialPosition.GetHashCode());
}
