using System.Collections.Generic;
using System.CommandLine;
using Knowsley.CareDomain.Cli.Demo;

namespace Knowsley.CareDomain.Cli;

/// <summary>
/// Every top-level command of the <c>care</c> tool. A module adds its command with one line here; its code lives
/// in <c>Commands/&lt;Module&gt;/</c>.
/// </summary>
internal static class CommandCatalog
{
    internal static IEnumerable<Command> Create(CliServices services)
    {
        yield return DemoCommand.Create(services);
        foreach (var command in Commands.Charging.ChargingCommands.Create(services)) { yield return command; }
        yield return Commands.Reviews.ReviewsCommand.Create(services);
        yield return Commands.Eligibility.EligibilityCommand.Create(services);
    }
}
