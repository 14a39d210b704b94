using TokenFlex.Cli;
using TokenFlex.Core.Catalog;
using TokenFlex.Core.Domain;
using TokenFlex.Core.Validation;
using TokenFlex.Data;
using TokenFlex.Optimization.Results;
using TokenFlex.Optimization.Solvers;

namespace TokenFlex.Reliability.Tests;

/// <summary>Counts of a fuzz run and the failures, each with the case that reproduces it.</summary>
internal sealed class FuzzStats
{
    public int Cases { get; set; }

    public int Invalid { get; set; }

    public int Valid { get; set; }

    public Dictionary<SolveStatus, int> Solved { get; } = [];

    public Dictionary<int, int> CliExitCodes { get; } = [];

    public List<string> Failures { get; } = [];

    /// <summary>Solves that ended in an engine error or without a solution, for the log.</summary>
    public List<string> Notes { get; } = [];

    public override string ToString() =>
        $"{Cases} cases: {Invalid} validation errors, {Valid} valid; solved: "
        + string.Join(", ", Solved.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))
        + "; CLI exit codes: " + string.Join(", ", CliExitCodes.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value}"))
        + $"; {Failures.Count} failures";
}

/// <summary>
/// Runs fuzz cases of one base scenario: read the mutated files; a validation error must list at least one problem
/// and no other exception may escape; a valid scenario is solved (when <paramref name="solveEvery"/> picks it) and
/// must give a result with a status, with a diagnosis when infeasible; every <paramref name="cliEvery"/>-th case also
/// goes through <see cref="CliApp.Run"/> with <c>--out</c>, which must exit with 0, 2 or 3 and leave a complete run
/// or nothing.
/// </summary>
internal sealed class FuzzHarness(
    string name, ScenarioMutator mutator, string strategy, int solveEvery, int cliEvery, FuzzStats stats)
{
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    private readonly string _directory = Scenarios.TempDirectory();
    private readonly string _output = Scenarios.TempDirectory();

    /// <summary>Runs case <paramref name="index"/>; false when it hung (the fuzz run should stop).</summary>
    public bool Run(int seed, int index)
    {
        var input = mutator.Create(seed, index);
        var path = Write(input);
        var label = $"{name} case {index} (seed {seed}): {ScenarioMutator.Describe(input.Mutations)}";
        var work = Task.Run(() => Check(path, index, label));
        if (!work.Wait(HangLimit))
        {
            stats.Failures.Add($"hang over {HangLimit.TotalSeconds} s: {label}");
            return false;
        }

        stats.Cases++;
        return true;
    }

    private string Write(FuzzInput input)
    {
        var path = Path.Combine(_directory, "scenario.json");
        File.WriteAllBytes(path, input.Json);
        foreach (var (file, bytes) in input.Csv)
        {
            File.WriteAllBytes(Path.Combine(_directory, file), bytes);
        }

        return path;
    }

    private void Check(string path, int index, string label)
    {
        try
        {
            var scenario = Read(path, label);
            if (scenario is not null && index % solveEvery == 0)
            {
                Solve(scenario, label);
            }

            if (index % cliEvery == 0)
            {
                RunCli(path, label);
            }
        }
#pragma warning disable CA1031 // Every escaping exception is a fuzz failure to report, not to rethrow.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stats.Failures.Add($"{e.GetType().Name}: {e.Message} in {label}\n{e.StackTrace}");
        }
    }

    private Scenario? Read(string path, string label)
    {
        try
        {
            var scenario = ScenarioReader.ReadFile(path, BuiltInCatalog.Entries);
            stats.Valid++;
            return scenario;
        }
        catch (InputValidationException e)
        {
            stats.Invalid++;
            if (e.Errors.Count == 0 || e.Errors.Any(x => string.IsNullOrWhiteSpace(x.Message) || x.Path.Length == 0))
            {
                stats.Failures.Add($"validation error without a path or message in {label}");
            }

            return null;
        }
    }

    private void Solve(Scenario scenario, string label)
    {
        var definition = Scenarios.Strategy(strategy);
        PlanResult result = Scenarios.Solve(scenario, definition, timeLimitSeconds: 2);
        stats.Solved[result.Solve.Status] = stats.Solved.GetValueOrDefault(result.Solve.Status) + 1;
        if (result.Solve.Status is SolveStatus.Error or SolveStatus.NoSolution)
        {
            stats.Notes.Add($"{result.Solve.Status}: {result.Solve.Message} in {label}");
        }

        if (result.Solve.Status == SolveStatus.Infeasible && result.Diagnosis is null)
        {
            stats.Failures.Add($"infeasible without a diagnosis in {label}");
        }
    }

    private void RunCli(string path, string label)
    {
        var (code, _, error) = CliRunner.Run(
            "run", "--scenario", path, "--strategies", strategy, "--time-limit", "2", "--out", _output);
        stats.CliExitCodes[code] = stats.CliExitCodes.GetValueOrDefault(code) + 1;
        if (code is not (ExitCodes.Success or ExitCodes.InvalidInput or ExitCodes.NoPlan))
        {
            stats.Failures.Add($"CLI exit code {code} in {label}: {error}");
        }

        var problem = OutputChecks.CompleteRunProblem(_output)
                      ?? (OutputChecks.StagingDirectories(_output).Count > 0 ? "a staging directory is left" : null);
        if (problem is not null)
        {
            stats.Failures.Add($"output directory not clean after the CLI ({problem}) in {label}");
        }
    }
}
