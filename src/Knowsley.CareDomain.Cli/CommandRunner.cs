using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Knowsley.CareDomain.Parameters;
using Knowsley.CareDomain.Validation;

namespace Knowsley.CareDomain.Cli;

/// <summary>Runs a command body and turns the library's errors into clear messages and exit codes.</summary>
internal static class CommandRunner
{
    internal static int Run(CliServices services, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (DomainValidationException ex)
        {
            services.Error.WriteLine($"error: the input is not valid ({ex.Errors.Count} problem{(ex.Errors.Count == 1 ? string.Empty : "s")}):");
            foreach (var error in ex.Errors)
            {
                services.Error.WriteLine($"  {error.Field}: {error.Message} [{error.Rule}]");
            }

            return ExitCodes.InvalidInput;
        }
        catch (ParameterFileException ex)
        {
            services.Error.WriteLine($"error: parameter file '{ex.Source}' is not valid:");
            foreach (var line in ex.Errors.Select(e => $"  {e.Field}: {e.Message} [{e.Rule}]"))
            {
                services.Error.WriteLine(line);
            }

            return ExitCodes.InvalidInput;
        }
        catch (ParameterNotAvailableException ex)
        {
            services.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (JsonException ex)
        {
            var where = ex.Path is null ? string.Empty : $" at {ex.Path}";
            services.Error.WriteLine($"error: the JSON input is not valid{where}: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            services.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            services.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
    }
}
