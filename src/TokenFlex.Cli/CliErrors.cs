using TokenFlex.Core.Validation;

namespace TokenFlex.Cli;

/// <summary>
/// Turns an exception that reached the top of a command into a message and an exit code, so that no input,
/// limit or failure ends the process with a stack trace: invalid input is exit code 2, running out of memory 3
/// (no plan), and anything else an internal error, 1, with what to report.
/// </summary>
public static class CliErrors
{
    /// <summary>Environment variable that adds the stack trace to an internal error.</summary>
    public const string DebugVariable = "TOKENFLEX_DEBUG";

    /// <summary>Reports <paramref name="exception"/> on the console's error stream and returns the exit code.</summary>
    public static int Handle(Exception exception, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(console);
        var error = console.Error;
        switch (exception)
        {
            case InputValidationException invalid:
                console.WriteValidationErrors(invalid);
                return ExitCodes.InvalidInput;
            case IOException or UnauthorizedAccessException or InvalidDataException:
                error.WriteLine($"error: {exception.Message}");
                return ExitCodes.InvalidInput;
            case OutOfMemoryException:
                error.WriteLine("error: out of memory: TokenFlex could not allocate the memory the model needs; "
                                + "shorten the horizon, remove configurations or campuses, or run on a machine with "
                                + "more memory.");
                return ExitCodes.NoPlan;
            default:
                error.WriteLine($"internal error: {exception.GetType().Name}: {exception.Message}");
                error.WriteLine("This is a bug in TokenFlex; please report it with the command line and the "
                                + $"scenario file (set {DebugVariable}=1 for the stack trace).");
                if (Environment.GetEnvironmentVariable(DebugVariable) == "1")
                {
                    error.WriteLine(exception);
                }

                return ExitCodes.InternalError;
        }
    }
}
