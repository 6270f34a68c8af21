
namespace Knowsley.CareDomain.Charging;

/// <summary>Citations of the charging regulations, the Care Act and the statutory guidance used in explanations.</summary>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class ChargingCitations
{
    private const string RegulationsTitle = "Care and Support (Charging and Assessment of Resources) Regulations 2014";
    private const string RegulationsUrl = "https://www.legislation.gov.uk/uksi/2014/2672/contents";
    private const string GuidanceTitle = "Care and Support Statutory Guidance";
    private const string GuidanceUrl = "https://www.gov.uk/government/publications/care-act-statutory-guidance/care-and-support-statutory-guidance";

    /// <summary>Cites a provision of the charging regulations, SI 2014/2672 (not SI 2014/2670).</summary>
    /// <param name="provision">The provision, for example <c>reg. 25</c>.</param>
    /// <returns>The citation.</returns>
    public static Citation Regulations(string provision) => new("SI 2014/2672", provision, RegulationsTitle, RegulationsUrl);

    /// <summary>Cites a provision of the Care and Support Statutory Guidance.</summary>
    /// <param name="provision">The provision, for example <c>Annex C</c>.</param>
    /// <returns>The citation.</returns>
    public static Citation Guidance(string provision) => new("CSSG", provision, GuidanceTitle, GuidanceUrl);

    /// <summary>Cites a section of the Care Act 2014.</summary>
    /// <param name="section">The section, for example <c>s.14(4)</c>.</param>
    /// <returns>The citation.</returns>
    public static Citation CareAct(string section) => new("Care Act 2014", section, "Care Act 2014", "https://www.legislation.gov.uk/ukpga/2014/23/contents");

    /// <summary>Cites a council's local charging policy (a dated council parameter).</summary>
    /// <param name="setting">The setting, for example <c>MIG uplift</c>.</param>
    /// <returns>The citation.</returns>
    public static Citation CouncilPolicy(string setting) => new("Council charging policy", setting, "Local policy under Care Act 2014 s.14 and CSSG chapter 8");
}
