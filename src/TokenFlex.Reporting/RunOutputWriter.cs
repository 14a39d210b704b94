using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Results;
using TokenFlex.Reporting.Exports;

namespace TokenFlex.Reporting;

/// <summary>
/// Writes the output of one <c>tokenflex run</c>: <c>summary.json</c>, <c>costs.csv</c> (all strategies) and,
/// for each strategy, a folder <c>&lt;strategy&gt;/</c> with <c>plan.json</c>, <c>stage-one.json</c>, <c>campus-periods.csv</c>,
/// <c>instances.csv</c>, <c>token-flows.csv</c>, <c>backlogs.csv</c>, <c>costs.csv</c> and
/// <c>cost-periods.csv</c>, then
/// <c>manifest.json</c>. Every run uses per-strategy folders, even with one strategy, so the layout is stable.
/// Extra files (the HTML report and its plots, sweep tables) are staged with the run, in the same commit.
/// All files go through <see cref="OutputDirectory"/>: a failed run leaves the previous run in place, a
/// successful one replaces it completely.
/// </summary>
/// <param name="timeProvider">Source of <c>generatedAtUtc</c>; the system clock when null.</param>
public sealed class RunOutputWriter(TimeProvider? timeProvider = null)
{
    /// <summary>File names written at the top of the output directory.</summary>
    public static IReadOnlyList<string> TopLevelFiles { get; } = ["summary.json", "costs.csv"];

    private readonly TimeProvider _timeProvider = timeProvider ?? TimeProvider.System;

    /// <summary>Strategy that plays B0 for <c>savingVsB0</c>; null to compute no saving.</summary>
    public string? BaselineStrategy { get; init; } = BaselineSaving.DefaultBaseline;

    /// <summary>
    /// The scenario the results solve; when set, each strategy folder also gets the serving-stack and REopt exports
    /// (<see cref="PlanExports.FileNames"/>).
    /// </summary>
    public Scenario? Scenario { get; init; }

    /// <summary>Test seam: called with each file's name before it is staged.</summary>
    internal Action<string>? BeforeStageFile { get; set; }

    /// <summary>Test seam: called with each file's name before it is moved into the output directory.</summary>
    internal Action<string>? BeforeCommitFile { get; set; }

    /// <summary>Writes a run's results into <paramref name="directory"/>, replacing the previous run's files.</summary>
    /// <param name="directory">Output directory; created if missing.</param>
    /// <param name="scenarioName">Scenario name for <c>summary.json</c>.</param>
    /// <param name="results">One plan per strategy; strategy names must be distinct portable folder names.</param>
    /// <param name="extraFiles">
    /// Further files given the run's timestamp (e.g. <c>report.html</c>, <c>plots/*.svg</c>); none when null. Their
    /// names must not fall into a strategy's folder or repeat a file of the run.
    /// </param>
    /// <returns>Full paths of the files written, <c>manifest.json</c> last.</returns>
    public IReadOnlyList<string> Write(
        string directory,
        string scenarioName,
        IReadOnlyList<PlanResult> results,
        Func<DateTimeOffset, IEnumerable<OutputFile>>? extraFiles = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(scenarioName);
        ArgumentNullException.ThrowIfNull(results);
        ValidateStrategies(results);

        using var output = OutputDirectory.Begin(directory, _timeProvider);
        output.BeforeCommitFile = BeforeCommitFile;
        var generatedAtUtc = output.GeneratedAtUtc;
        var savings = BaselineSaving.ForAll(results, BaselineStrategy);
        var summary = SummaryWriter.ToUtf8Bytes(scenarioName, results, generatedAtUtc, BaselineStrategy);
        Stage(output, "summary.json", summary);
        Stage(output, "costs.csv", CsvWriters.Costs(results));
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            var folder = result.Strategy + "/";
            Stage(output, folder + "plan.json", PlanJsonWriter.ToUtf8Bytes(result, generatedAtUtc, savings[i]));
            Stage(output, folder + "campus-periods.csv", CsvWriters.CampusPeriods(result.CampusPeriods));
            Stage(output, folder + "instances.csv", CsvWriters.Instances(result.Instances));
            Stage(output, folder + "token-flows.csv", CsvWriters.TokenFlows(result.TokenFlows));
            Stage(output, folder + "backlogs.csv", CsvWriters.Backlogs(result.Backlogs));
            Stage(output, folder + "costs.csv", CsvWriters.Costs([result]));
            Stage(output, folder + "cost-periods.csv", CsvWriters.CostPeriods(result.CostPeriods));
            if (result.StageOne is { } stageOne)
            {
                Stage(output, folder + "stage-one.json", System.Text.Encoding.UTF8.GetBytes(StageOneJson.Write(stageOne)));
            }

            if (Scenario is not null)
            {
                foreach (var (name, text) in PlanExports.Render(Scenario, result))
                {
                    Stage(output, folder + name, text);
                }
            }
        }

        foreach (var file in extraFiles?.Invoke(generatedAtUtc) ?? [])
        {
            ValidateExtra(file.Name, results);
            Stage(output, file.Name, file.Bytes);
        }

        var manifest = output.Commit();
        return
        [
            .. manifest.Files.Select(f => RelativePaths.Combine(output.TargetPath, f.Name)),
            Path.Combine(output.TargetPath, OutputDirectory.ManifestFileName),
        ];
    }

    private void Stage(OutputDirectory output, string name, byte[] bytes)
    {
        BeforeStageFile?.Invoke(name);
        output.WriteBytes(name, bytes);
    }

    private void Stage(OutputDirectory output, string name, string text) =>
        Stage(output, name, AtomicFile.Utf8.GetBytes(text));

    private static void ValidateExtra(string name, IReadOnlyList<PlanResult> results)
    {
        var first = name.Split('/')[0];
        if (results.Any(r => string.Equals(r.Strategy, first, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"Extra file '{name}' collides with the folder of strategy '{first}'.", nameof(name));
        }
    }

    private static void ValidateStrategies(IReadOnlyList<PlanResult> results)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var result in results)
        {
            var name = result.Strategy;
            if (!RelativePaths.IsSafeSegment(name) || name == OutputDirectory.ManifestFileName
                || TopLevelFiles.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw new ArgumentException(
                    $"Strategy name '{name}' cannot name an output folder: use letters, digits, '-' or '_'.",
                    nameof(results));
            }

            if (!seen.Add(name))
            {
                throw new ArgumentException(
                    $"Strategy '{name}' appears twice (names are compared ignoring case).", nameof(results));
            }
        }
    }
}
