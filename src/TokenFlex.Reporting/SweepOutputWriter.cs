using TokenFlex.Scenarios.Sweeps;

namespace TokenFlex.Reporting;

/// <summary>
/// Writes the output of one <c>tokenflex sweep</c>: <c>sweeps.json</c>, <c>sweeps.csv</c> and any extra files
/// (the HTML report and its plots), then <c>manifest.json</c>, through <see cref="OutputDirectory"/>: the
/// directory then holds exactly this run's files (a previous run's, sweep or plan, are replaced).
/// </summary>
/// <param name="timeProvider">Source of <c>generatedAtUtc</c>; the system clock when null.</param>
public sealed class SweepOutputWriter(TimeProvider? timeProvider = null)
{
    /// <summary>File names of the sweep tables.</summary>
    public static IReadOnlyList<string> Files { get; } = ["sweeps.json", "sweeps.csv"];

    private readonly TimeProvider _timeProvider = timeProvider ?? TimeProvider.System;

    /// <summary>Writes sweep results into <paramref name="directory"/>, replacing the previous run's files.</summary>
    /// <param name="directory">Output directory; created if missing.</param>
    /// <param name="scenarioName">Name of the base scenario.</param>
    /// <param name="sweeps">The results.</param>
    /// <param name="extraFiles">
    /// Further files given the run's timestamp, e.g. the HTML report and its plots; none when null.
    /// </param>
    /// <returns>Full paths of the files written, <c>manifest.json</c> last.</returns>
    public IReadOnlyList<string> Write(
        string directory, string scenarioName, IReadOnlyList<SweepResult> sweeps,
        Func<DateTimeOffset, IEnumerable<OutputFile>>? extraFiles = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(scenarioName);
        ArgumentNullException.ThrowIfNull(sweeps);
        using var output = OutputDirectory.Begin(directory, _timeProvider);
        foreach (var file in Staged(scenarioName, sweeps, output.GeneratedAtUtc)
                     .Concat(extraFiles?.Invoke(output.GeneratedAtUtc) ?? []))
        {
            output.WriteBytes(file.Name, file.Bytes);
        }

        var manifest = output.Commit();
        return
        [
            .. manifest.Files.Select(f => RelativePaths.Combine(output.TargetPath, f.Name)),
            Path.Combine(output.TargetPath, OutputDirectory.ManifestFileName),
        ];
    }

    /// <summary><c>sweeps.json</c> and <c>sweeps.csv</c> as files to stage.</summary>
    /// <param name="scenarioName">Name of the base scenario.</param>
    /// <param name="sweeps">The results.</param>
    /// <param name="generatedAtUtc">When the run was written [UTC].</param>
    public static IReadOnlyList<OutputFile> Staged(
        string scenarioName, IReadOnlyList<SweepResult> sweeps, DateTimeOffset generatedAtUtc) =>
    [
        new(Files[0], SweepJsonWriter.ToUtf8Bytes(scenarioName, sweeps, generatedAtUtc)),
        OutputFile.Text(Files[1], SweepCsvWriter.Write(sweeps)),
    ];
}
