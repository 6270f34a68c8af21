using System;

namespace Knowsley.CareDomain.Eligibility.Determination;

/// <summary>
/// What decides whether the council must, or may, meet an adult's eligible needs (Care Act 2014 ss.18 and 19): ordinary
/// residence and the charging conditions. These inputs never change eligibility, only the duty or power result.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><description>Condition 1 (s.18(2)): resources at or below the financial limit.</description></item>
/// <item><description>Condition 2 (s.18(3)): resources above the limit, but the adult asks the council to meet the needs; by
/// transitional provision it does not cover a care-home place (a dated parameter, see <see cref="EligibilityRules"/>).</description></item>
/// <item><description>Condition 3 (s.18(4)): the adult lacks capacity to arrange the care and support and no one is
/// authorised, or otherwise in a position, to arrange it.</description></item>
/// </list>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class MeetingNeedsCircumstances : IEquatable<MeetingNeedsCircumstances>
{
    /// <summary>Initializes the circumstances.</summary>
    /// <param name="ordinaryResidence">Where the adult is ordinarily resident; not established when null.</param>
    /// <param name="financialPosition">The position against the financial limit; not yet assessed when null.</param>
    /// <param name="asksCouncilToMeetNeeds">Whether the adult asks the council to meet the needs (condition 2, s.18(3)(b)).</param>
    /// <param name="lacksCapacityAndNoOneToArrange">Whether the adult lacks capacity to arrange care and no one can arrange it (condition 3, s.18(4)).</param>
    /// <param name="needsToBeMetInCareHome">Whether the needs are to be met by providing accommodation in a care home.</param>
    public MeetingNeedsCircumstances(
        OrdinaryResidence? ordinaryResidence = null,
        FinancialPosition? financialPosition = null,
        bool asksCouncilToMeetNeeds = false,
        bool lacksCapacityAndNoOneToArrange = false,
        bool needsToBeMetInCareHome = false)
    {
        OrdinaryResidence = ordinaryResidence ?? OrdinaryResidence.NotEstablished;
        FinancialPosition = financialPosition ?? FinancialPosition.NotYetAssessed;
        AsksCouncilToMeetNeeds = asksCouncilToMeetNeeds;
        LacksCapacityAndNoOneToArrange = lacksCapacityAndNoOneToArrange;
        NeedsToBeMetInCareHome = needsToBeMetInCareHome;
    }

    /// <summary>Gets where the adult is ordinarily resident.</summary>
    public OrdinaryResidence OrdinaryResidence { get; }

    /// <summary>Gets the position against the financial limit.</summary>
    public FinancialPosition FinancialPosition { get; }

    /// <summary>Gets a value indicating whether the adult asks the council to meet the needs (condition 2).</summary>
    public bool AsksCouncilToMeetNeeds { get; }

    /// <summary>Gets a value indicating whether the adult lacks capacity to arrange care and no one can arrange it (condition 3).</summary>
    public bool LacksCapacityAndNoOneToArrange { get; }

    /// <summary>Gets a value indicating whether the needs are to be met in a care home.</summary>
    public bool NeedsToBeMetInCareHome { get; }

    /// <inheritdoc />
    public bool Equals(MeetingNeedsCircumstances? other)
        => other is not null && Equals(OrdinaryResidence, other.OrdinaryResidence) && Equals(FinancialPosition, other.FinancialPosition)
           && AsksCouncilToMeetNeeds == other.AsksCouncilToMeetNeeds && LacksCapacityAndNoOneToArrange == other.LacksCapacityAndNoOneToArrange
           && NeedsToBeMetInCareHome == other.NeedsToBeMetInCareHome;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MeetingNeedsCircumstances);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((OrdinaryResidence.GetHashCode() * 397) ^ FinancialPosition.GetHashCode());
}
