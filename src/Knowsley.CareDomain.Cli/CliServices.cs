using System;
using System.IO;
using NodaTime;
using Spectre.Console;

namespace Knowsley.CareDomain.Cli;

/// <summary>What a command may touch: its output and error writers, a console for tables, and the clock.</summary>
internal sealed class CliServices
{
    internal CliServices(TextWriter output, TextWriter error, IAnsiConsole console, IClock clock, bool interactive)
    {
        Out = output;
        Error = error;
        Console = console;
        Clock = clock;
        Interactive = interactive;
    }

    /// <summary>Gets the writer for plain and JSON output.</summary>
    internal TextWriter Out { get; }

    /// <summary>Gets the writer for errors and warnings.</summary>
    internal TextWriter Error { get; }

    /// <summary>Gets the console for tables and progress bars; it writes to <see cref="Out"/>.</summary>
    internal IAnsiConsole Console { get; }

    /// <summary>Gets the clock; commands never read the machine clock any other way.</summary>
    internal IClock Clock { get; }

    /// <summary>Gets a value indicating whether a person is watching a terminal (progress bars are shown only then).</summary>
    internal bool Interactive { get; }

    internal static CliServices ForConsole()
    {
        var interactive = !System.Console.IsOutputRedirected
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(System.Console.Out),
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!interactive)
        {
            console.Profile.Width = 120;
        }

        return new CliServices(System.Console.Out, System.Console.Error, console, SystemClock.Instance, interactive);
    }

    internal static CliServices ForWriters(TextWriter output, TextWriter error, IClock clock)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = 120;
        return new CliServices(output, error, console, clock, interactive: false);
    }

    /// <summary>Gets today's date in the UK, from <see cref="Clock"/>.</summary>
    internal LocalDate TodayInUk()
        => Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date;
}
