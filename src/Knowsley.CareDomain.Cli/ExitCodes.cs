namespace Knowsley.CareDomain.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    internal const int Success = 0;

    /// <summary>Something unexpected failed inside the tool.</summary>
    internal const int InternalError = 1;

    /// <summary>The input was not valid (a file, a field, an option); the message says which and why.</summary>
    internal const int InvalidInput = 2;

    /// <summary>A bulk run finished but some rows were rejected (see the error file).</summary>
    internal const int RowsRejected = 3;
}
