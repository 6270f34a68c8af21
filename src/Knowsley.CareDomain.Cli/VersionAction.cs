using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Knowsley.CareDomain.Cli;

/// <summary>Prints the tool's own package version (the default would print the host process's version).</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    internal static string Version
        => typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(VersionAction).Assembly.GetName().Version?.ToString()
            ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCodes.Success;
    }
}
