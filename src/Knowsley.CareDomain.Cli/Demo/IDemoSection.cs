using Knowsley.CareDomain.Synthetic;

namespace Knowsley.CareDomain.Cli.Demo;

/// <summary>
/// One section of <c>care demo</c>: what one module computes for the synthetic caseload. A module adds its section
/// by implementing this and listing it in <see cref="DemoSections.All"/>.
/// </summary>
internal interface IDemoSection
{
    /// <summary>Gets the section's key: its property name in <c>--json</c> output, for example <c>charging</c>.</summary>
    string Key { get; }

    /// <summary>Gets the heading printed above the section.</summary>
    string Title { get; }

    /// <summary>Computes the section for a caseload. Must be deterministic for a given caseload.</summary>
    /// <param name="caseload">The synthetic caseload.</param>
    /// <param name="services">The tool's services (clock, writers); sections print nothing themselves.</param>
    /// <returns>The data (for JSON) and the view (for the console).</returns>
    DemoSectionResult Run(SyntheticCaseload caseload, CliServices services);
}
