using System;
using Knowsley.CareDomain.Parameters;

namespace Knowsley.CareDomain.Eligibility;

/// <summary>The module's dated rules and default council policy (<c>Parameters/eligibility.json</c>), each with its citation.</summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>Name</term><description>Meaning</description></listheader>
/// <item><term><see cref="EvidenceNoteRequired"/></term><description>Flag, council policy: every finding needs an evidence note (default true).</description></item>
/// <item><term><see cref="Condition2ExcludesCareHomes"/></term><description>Flag: s.18 condition 2 does not cover a care-home place (true from 1 April 2015).</description></item>
/// <item><term><see cref="CoronavirusActSubstitutedDuty"/></term><description>Flag: the s.18(1) duty replaced by the Coronavirus Act 2020 Sch. 12 duty (true from 31 March 2020 to 16 July 2021).</description></item>
/// </list>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public static class EligibilityParameters
{
    /// <summary>The name of the council policy flag "every finding needs an evidence note".</summary>
    public const string EvidenceNoteRequired = "eligibility.policy.evidence-note-required";

    /// <summary>The name of the flag "s.18 condition 2 does not cover a care-home place".</summary>
    public const string Condition2ExcludesCareHomes = "eligibility.duty.condition-2-excludes-care-homes";

    /// <summary>The name of the flag "the s.18(1) duty is the Coronavirus Act 2020 substituted duty".</summary>
    public const string CoronavirusActSubstitutedDuty = "eligibility.duty.coronavirus-act-2020-substituted-duty";

    private static readonly Lazy<ParameterSet> StatutorySet = new(() => ParameterSet.FromEmbeddedResources(typeof(EligibilityParameters).Assembly));

    /// <summary>Gets the shipped parameter set. Overlay a council file with <see cref="ParameterSet.WithOverlay"/>.</summary>
    public static ParameterSet Statutory => StatutorySet.Value;
}
