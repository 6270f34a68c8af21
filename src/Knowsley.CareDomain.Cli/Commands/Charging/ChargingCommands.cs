using System.Collections.Generic;
using System.CommandLine;

namespace Knowsley.CareDomain.Cli.Commands.Charging;

/// <summary>The charging commands: <c>care charge</c> and <c>care recalc</c>.</summary>
internal static class ChargingCommands
{
    internal static IEnumerable<Command> Create(CliServices services)
    {
        yield return ChargeCommand.Create(services);
        yield return RecalcCommand.Create(services);
    }
}
