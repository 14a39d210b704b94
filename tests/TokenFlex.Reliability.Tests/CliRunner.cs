using TokenFlex.Cli;

namespace TokenFlex.Reliability.Tests;

/// <summary>Runs the command line in-process and captures its output.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Writes JSON to a scenario file in a fresh directory and returns its path.</summary>
    public static string ScenarioFile(string json)
    {
        var path = Path.Combine(Scenarios.TempDirectory(), "scenario.json");
        File.WriteAllText(path, json);
        return path;
    }
}
