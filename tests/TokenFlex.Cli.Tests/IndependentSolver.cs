using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TokenFlex.Cli.Tests;

/// <summary>
/// Debian's coinor-cbc, run as a separate process on an exported MPS file. CI installs it and sets
/// TOKENFLEX_REQUIRE_CBC=1, which turns a missing binary into a failure instead of a skipped check.
/// </summary>
internal static partial class IndependentSolver
{
    public static string? FindCbc()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
        {
            var candidate = Path.Combine(dir, "cbc");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        if (Environment.GetEnvironmentVariable("TOKENFLEX_REQUIRE_CBC") == "1")
        {
            throw new InvalidOperationException("cbc is required (TOKENFLEX_REQUIRE_CBC=1) but not on PATH.");
        }

        return null;
    }

    /// <summary>Solves an MPS file with CBC to a relative gap and returns its objective.</summary>
    public static double SolveMps(string cbc, string mpsPath, double relativeGap)
    {
        var start = new ProcessStartInfo(cbc)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { mpsPath, "ratio", relativeGap.ToString("R", CultureInfo.InvariantCulture), "sec", "300", "solve" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        output.ShouldContain("Optimal solution found", customMessage: output);
        var match = ObjectiveLine().Match(output);
        match.Success.ShouldBeTrue(output);
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Objective value:\s+(-?[0-9.eE+-]+)")]
    private static partial Regex ObjectiveLine();
}
