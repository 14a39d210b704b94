using System.Diagnostics;
using TokenFlex.Reporting;
using Xunit.Abstractions;

namespace TokenFlex.Reliability.Tests;

/// <summary>
/// Issue 4, point 5: a <c>tokenflex run</c> killed (SIGKILL) at random moments never leaves a corrupt output directory:
/// the directory holds the previous complete run (every file matches manifest.json), or nothing, or an interrupted
/// commit whose every file belongs to one of the two runs and which the next run's start completes.
/// </summary>
public class KillMidWriteTests(ITestOutputHelper output)
{
    private const int Trials = 20;
    private const string Strategies = "B0,B1,B2,B3,P,P-local,P-static";

    [Fact]
    [Trait("Category", "Reliability")]
    public void Run_KilledAtRandomMoments_LeavesThePreviousRunOrACompletableCommitNeverACorruptOne()
    {
        // Arrange: two scenarios with different prices, so that files of the two runs differ.
        var (first, second) = TwoScenarios();
        var directory = Path.Combine(Scenarios.TempDirectory(), "out");
        var clock = Stopwatch.StartNew();
        Cli(first, directory).WaitForExit();
        var fullRunSeconds = clock.Elapsed.TotalSeconds;
        var random = new Random(20250324);
        var outcomes = new Dictionary<string, int>();
        var problems = new List<string>();
        var (target, step) = (0.7 * fullRunSeconds, 0.2 * fullRunSeconds);

        // Act: the kill moment walks towards the boundary between staging and commit (later after a kill before
        // the commit, earlier after one past it), with jitter, so that kills land in the write phase.
        for (var trial = 0; trial < Trials; trial++)
        {
            var before = RunManifest.Read(directory)?.RunId;
            var process = Cli(trial % 2 == 0 ? second : first, directory);
            Thread.Sleep(TimeSpan.FromSeconds(Math.Max(0.05, target + 0.02 * (random.NextDouble() - 0.5))));
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            var outcome = Inspect(directory, before, problems, trial);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            target += outcome.StartsWith("before", StringComparison.Ordinal) ? step : -step;
            step = Math.Max(0.005, step * 0.7);
        }

        // Assert
        output.WriteLine($"full run {fullRunSeconds:F2} s; {Trials} kills in {clock.Elapsed.TotalSeconds:F0} s: "
                         + string.Join(", ", outcomes.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}")));
        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    /// <summary>Checks the directory after a kill; returns what the kill interrupted.</summary>
    private static string Inspect(string directory, string? runBefore, List<string> problems, int trial)
    {
        var interrupted = OutputChecks.StagingDirectories(directory)
            .Any(s => File.Exists(Path.Combine(s, "pending-manifest.json")));
        var problem = OutputChecks.CompleteRunProblem(directory);
        if (problem is not null && !interrupted)
        {
            problems.Add($"trial {trial}: {problem}, and no interrupted commit to complete");
        }

        // What the next run does first: take the lock, complete an interrupted commit, then find a complete run.
        OutputDirectory.Begin(directory).Dispose();
        if (OutputChecks.CompleteRunProblem(directory) is { } after)
        {
            problems.Add($"trial {trial}: after recovery, {after}");
        }

        var runAfter = RunManifest.Read(directory)?.RunId;
        return problem is not null ? "mid-commit, completed by the next start"
            : runAfter == runBefore ? "before the commit, previous run intact"
            : interrupted ? "after staging, completed by the next start"
            : "after the commit, new run complete";
    }

    private static Process Cli(string scenario, string directory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "tokenflex.dll"), "run", "--scenario", scenario,
                     "--strategies", Strategies, "--out", directory,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static (string First, string Second) TwoScenarios()
    {
        var first = Path.Combine(Scenarios.DataDirectory, "micro-csv.json");
        var folder = Scenarios.TempDirectory();
        File.Copy(first, Path.Combine(folder, "micro-csv.json"));
        File.WriteAllText(Path.Combine(folder, "prices.csv"),
            File.ReadAllText(Path.Combine(Scenarios.DataDirectory, "prices.csv"))
                .Replace(",30,", ",35,", StringComparison.Ordinal));
        return (first, Path.Combine(folder, "micro-csv.json"));
    }
}
