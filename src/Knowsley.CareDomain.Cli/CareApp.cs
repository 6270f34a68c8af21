using System.CommandLine;

namespace Knowsley.CareDomain.Cli;

/// <summary>Builds the <c>care</c> command tree and runs it.</summary>
internal static class CareApp
{
    internal static RootCommand BuildRoot(CliServices services)
    {
        var root = new RootCommand(
            "care: English adult social care rules as code (Care Act 2014, ASCOF). "
            + "Every figure is dated and cited; every result is explained.");
        foreach (var option in root.Options)
        {
            if (option is VersionOption)
            {
                option.Action = new VersionAction();
            }
        }

        foreach (var command in CommandCatalog.Create(services))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    internal static int Run(string[] args, CliServices services)
    {
        var root = BuildRoot(services);
        var configuration = new InvocationConfiguration
        {
            Output = services.Out,
            Error = services.Error,
        };
        return root.Parse(args).Invoke(configuration);
    }
}
