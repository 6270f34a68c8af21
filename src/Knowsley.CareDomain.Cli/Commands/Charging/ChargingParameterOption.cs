using System.CommandLine;
using Knowsley.CareDomain.Charging.Rates;
using Knowsley.CareDomain.Parameters;

namespace Knowsley.CareDomain.Cli.Commands.Charging;

/// <summary>The <c>--council</c> option shared by the charging commands: a council parameter file layered on the statutory tables.</summary>
internal static class ChargingParameterOption
{
    internal static Option<string?> Create() => new("--council")
    {
        Description = "A council parameter file (charging.local.* settings) layered over the statutory rate tables",
    };

    internal static ParameterSet Load(string? councilFile)
        => councilFile is null ? ChargingParameters.Default : ChargingParameters.Default.WithOverlay(ParameterSet.FromFile(councilFile));
}
