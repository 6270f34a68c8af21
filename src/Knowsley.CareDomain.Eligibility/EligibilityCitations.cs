namespace Knowsley.CareDomain.Eligibility;

/// <summary>Citations of the Care Act 2014, the Eligibility Criteria Regulations and the statutory guidance used in explanations.</summary>
/// <remarks>
/// The regulations are the Care and Support (Eligibility Criteria) Regulations 2015, SI 2015/313. The statutory guidance is
/// the Care and Support Statutory Guidance (CSSG), chapter 6; its paragraph numbers were not confirmed against the
/// published text, so guidance citations name the chapter and the topic rather than a paragraph. Chapter 6 has also
/// been renumbered since 2014 (DHSC's list of changes records paragraph 6.71 split in two and the text of the old
/// paragraph 6.121 deleted), so a paragraph number is only meaningful with the version of the guidance it was read in.
/// </remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class EligibilityCitations
{
    private const string RegulationsTitle = "Care and Support (Eligibility Criteria) Regulations 2015";
    private const string GuidanceTitle = "Care and Support Statutory Guidance";

    /// <summary>Cites a provision of the Eligibility Criteria Regulations, SI 2015/313.</summary>
    /// <param name="provision">The provision, for example <c>reg. 2(1)(b)</c>.</param>
    /// <returns>The citation.</returns>
    public static Citation Regulations(string provision) => new("SI 2015/313", provision, RegulationsTitle);

    /// <summary>Cites a section of the Care Act 2014.</summary>
    /// <param name="section">The section, for example <c>s.13(2)</c>.</param>
    /// <returns>The citation.</returns>
    public static Citation CareAct(string section) => new("Care Act 2014", section, "Care Act 2014");

    /// <summary>Cites the Care and Support Statutory Guidance.</summary>
    /// <param name="provision">The chapter and topic, for example <c>ch. 6 (fluctuating needs)</c>.</param>
    /// <returns>The citation.</returns>
    public static Citation Guidance(string provision) => new("CSSG", provision, GuidanceTitle);

    /// <summary>Cites the Coronavirus Act 2020, whose Schedule 12 replaced the s.18(1) duty from 31 March 2020 to 16 July 2021.</summary>
    /// <param name="provision">The provision, for example <c>Sch. 12</c>.</param>
    /// <returns>The citation.</returns>
    public static Citation CoronavirusAct(string provision) => new("Coronavirus Act 2020", provision, "Coronavirus Act 2020");

    /// <summary>Cites the complaints regulations for adult social care, SI 2009/309.</summary>
    /// <returns>The citation.</returns>
    public static Citation ComplaintsRegulations()
        => new("SI 2009/309", "complaints procedure", "Local Authority Social Services and National Health Service Complaints (England) Regulations 2009");

    /// <summary>Cites a council's local eligibility policy (a dated council parameter).</summary>
    /// <param name="setting">The setting, for example <c>evidence note required</c>.</param>
    /// <returns>The citation.</returns>
    public static Citation CouncilPolicy(string setting) => new("Council eligibility policy", setting, "Local recording policy under Care Act 2014 s.13(2)");
}
