namespace Knowsley.CareDomain.Cli;

/// <summary>The entry point of the <c>care</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args) => CareApp.Run(args, CliServices.ForConsole());
}
