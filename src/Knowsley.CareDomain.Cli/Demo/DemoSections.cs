using System.Collections.Generic;

namespace Knowsley.CareDomain.Cli.Demo;

/// <summary>The sections of <c>care demo</c>, in the order printed. A module adds its section with one line here.</summary>
internal static class DemoSections
{
    internal static IReadOnlyList<IDemoSection> All { get; } = new IDemoSection[]
    {
        new CaseloadSummarySection(),
        new Commands.Charging.ChargingDemoSection(),
        new Commands.Reviews.ReviewsDemoSection(),
        new Commands.Eligibility.EligibilityDemoSection(),
    };
}
