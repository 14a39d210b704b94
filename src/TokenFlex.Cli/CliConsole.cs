using Spectre.Console;
using TokenFlex.Core.Validation;

namespace TokenFlex.Cli;

/// <summary>Output and error streams of one invocation, with a Spectre console on the output.</summary>
public sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error)
    {
        Output = output;
        Error = error;
        IsInteractive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = IsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = IsInteractive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = IsInteractive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!IsInteractive)
        {
            Ansi.Profile.Width = 160;
        }
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>True when writing to a terminal (progress spinners, colours).</summary>
    public bool IsInteractive { get; }

    public IAnsiConsole Ansi { get; }

    /// <summary>Lists every validation problem, one per line, with its JSON path.</summary>
    public void WriteValidationErrors(InputValidationException ex)
    {
        Error.WriteLine($"error: {ex.Errors.Count} problem{(ex.Errors.Count == 1 ? "" : "s")} in {ex.Source}; nothing was solved.");
        foreach (var problem in ex.Errors)
        {
            Error.WriteLine($"  - {problem}");
        }
    }

    /// <summary>Runs work under a progress display (a spinner on a terminal, plain lines otherwise).</summary>
    public T WithProgress<T>(string title, Func<Action<string>, T> work)
    {
        if (!IsInteractive)
        {
            return work(line => Error.WriteLine($"... {line}"));
        }

        return Ansi.Status().Spinner(Spinner.Known.Dots).Start(title, context => work(line => context.Status(Markup.Escape(line))));
    }
}
