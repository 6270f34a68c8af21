using System;
using Knowsley.CareDomain.Parameters;
using NodaTime;

namespace Knowsley.CareDomain.Eligibility;

/// <summary>
/// The dated rules and council policy in force on a determination date, read once from a <see cref="ParameterSet"/>
/// (<see cref="EligibilityParameters"/> names them). Pass it to the determiner, or let the determiner read it.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class EligibilityRules
{
    /// <summary>Initializes the rules directly (for tests and callers without a parameter set).</summary>
    /// <param name="evidenceNoteRequired">Whether every finding needs an evidence note (council policy).</param>
    /// <param name="condition2ExcludesCareHomes">Whether s.18 condition 2 does not cover a care-home place.</param>
    /// <param name="coronavirusActSubstitutedDuty">Whether the s.18(1) duty is the Coronavirus Act 2020 substituted duty.</param>
    /// <param name="evidenceNoteCitation">The source of the evidence-note policy.</param>
    /// <param name="condition2Citation">The source of the care-home restriction.</param>
    /// <param name="dutyCitation">The source of the s.18(1) duty in force.</param>
    public EligibilityRules(
        bool evidenceNoteRequired,
        bool condition2ExcludesCareHomes,
        bool coronavirusActSubstitutedDuty,
        Citation? evidenceNoteCitation = null,
        Citation? condition2Citation = null,
        Citation? dutyCitation = null)
    {
        EvidenceNoteRequired = evidenceNoteRequired;
        Condition2ExcludesCareHomes = condition2ExcludesCareHomes;
        CoronavirusActSubstitutedDuty = coronavirusActSubstitutedDuty;
        EvidenceNoteCitation = evidenceNoteCitation ?? EligibilityCitations.CouncilPolicy("evidence note required");
        Condition2Citation = condition2Citation ?? EligibilityCitations.CareAct("s.18(3)");
        DutyCitation = dutyCitation ?? (coronavirusActSubstitutedDuty ? EligibilityCitations.CoronavirusAct("s.15, Sch. 12") : EligibilityCitations.CareAct("s.18(1)"));
    }

    /// <summary>Gets the rules of a standard determination today: evidence notes required, condition 2 excludes care homes, the original s.18(1) duty.</summary>
    public static EligibilityRules Default { get; } = new(evidenceNoteRequired: true, condition2ExcludesCareHomes: true, coronavirusActSubstitutedDuty: false);

    /// <summary>Gets a value indicating whether every finding needs an evidence note (council policy).</summary>
    /// <value>Read from <see cref="EligibilityParameters.EvidenceNoteRequired"/>; shipped default <c>true</c>.</value>
    public bool EvidenceNoteRequired { get; }

    /// <summary>Gets a value indicating whether s.18 condition 2 does not cover a care-home place.</summary>
    public bool Condition2ExcludesCareHomes { get; }

    /// <summary>Gets a value indicating whether the s.18(1) duty is the Coronavirus Act 2020 substituted duty (31 March 2020 to 16 July 2021).</summary>
    public bool CoronavirusActSubstitutedDuty { get; }

    /// <summary>Gets the source of the evidence-note policy.</summary>
    public Citation EvidenceNoteCitation { get; }

    /// <summary>Gets the source of the care-home restriction of condition 2.</summary>
    public Citation Condition2Citation { get; }

    /// <summary>Gets the source of the s.18(1) duty in force.</summary>
    public Citation DutyCitation { get; }

    /// <summary>Reads the rules in force on a date.</summary>
    /// <param name="parameters">The parameter set, normally <see cref="EligibilityParameters.Statutory"/> with a council overlay.</param>
    /// <param name="date">The determination date.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ParameterNotAvailableException">A parameter is missing or has no value on the date.</exception>
    public static EligibilityRules For(ParameterSet parameters, LocalDate date)
    {
        if (parameters is null)
        {
            throw new ArgumentNullException(nameof(parameters));
        }

        var evidence = parameters.EntryOn(EligibilityParameters.EvidenceNoteRequired, date);
        var condition2 = parameters.EntryOn(EligibilityParameters.Condition2ExcludesCareHomes, date);
        var duty = parameters.EntryOn(EligibilityParameters.CoronavirusActSubstitutedDuty, date);
        var substituted = parameters.Get(EligibilityParameters.CoronavirusActSubstitutedDuty).FlagOn(date);
        return new EligibilityRules(
            parameters.Get(EligibilityParameters.EvidenceNoteRequired).FlagOn(date),
            parameters.Get(EligibilityParameters.Condition2ExcludesCareHomes).FlagOn(date),
            substituted,
            evidence.Citation,
            condition2.Citation,
            substituted ? duty.Citation : EligibilityCitations.CareAct("s.18(1)"));
    }
}
