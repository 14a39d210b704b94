using System.CommandLine;
using TokenFlex.Cli.Commands;

namespace TokenFlex.Cli;

/// <summary>The <c>tokenflex</c> command line: a thin shell over the application services.</summary>
public static class CliApp
{
    /// <summary>Parses and runs a command line; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand(
            "TokenFlex: quantization-enabled demand response for LLM inference data centers. "
            + "Plans instances, precisions, routing, batteries, PV, generators and DR commitments at least cost.");
        var console = new CliConsole(output, error);
        root.Subcommands.Add(RunCommand.Create(console));
        root.Subcommands.Add(ValidateCommand.Create(console));
        root.Subcommands.Add(CatalogCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(DrCommand.Create(console));
        root.Subcommands.Add(StochasticCommand.Create(console));
        root.Subcommands.Add(RedispatchCommand.Create(console));
        root.Subcommands.Add(SimulateCommand.Create(console));
        root.Subcommands.Add(SweepCommand.Create(console));
        root.Subcommands.Add(BenchCommand.Create(console));
        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var problem in parse.Errors)
                {
                    error.WriteLine($"error: {problem.Message}");
                }

                error.WriteLine("Run 'tokenflex --help' or 'tokenflex <command> --help' for usage.");
                return ExitCodes.InvalidInput;
            }

            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The top of the command line reports every failure as a message and an exit code.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return CliErrors.Handle(ex, console);
        }
    }
}
