namespace TokenFlex.Cli.Commands;

/// <summary>
/// Turns the first Ctrl-C into a cancellation of the running solve (which then returns its best plan so
/// far); a second Ctrl-C ends the process as usual.
/// </summary>
public sealed class CancellationHandler : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly CliConsole _console;

    private CancellationHandler(CliConsole console)
    {
        _console = console;
        Console.CancelKeyPress += OnCancel;
    }

    public CancellationToken Token => _source.Token;

    public static CancellationHandler Install(CliConsole console) => new(console);

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancel;
        _source.Dispose();
    }

    private void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        if (_source.IsCancellationRequested)
        {
            return;
        }

        e.Cancel = true;
        _console.Error.WriteLine("Interrupted: stopping the solver and keeping the best plan found so far (Ctrl-C again to abort).");
        _source.Cancel();
    }
}
