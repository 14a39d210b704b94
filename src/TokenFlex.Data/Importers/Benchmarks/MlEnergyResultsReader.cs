using System.Text.Json;
using TokenFlex.Core.Catalog;
using TokenFlex.Data.Importers.Carbon;

namespace TokenFlex.Data.Importers.Benchmarks;

/// <summary>
/// Reads ML.ENERGY benchmark results: a leaderboard model file (<c>public/data/models/*.json</c> of
/// ml-energy/leaderboard: top-level <c>model_id</c>, <c>weight_precision</c>, <c>task</c> and a <c>configurations</c>
/// array) or an array of flat result rows with the same field names. Per configuration it reads <c>gpu_model</c>,
/// <c>num_gpus</c>, <c>max_num_seqs</c>, <c>avg_batch_size</c>, <c>output_throughput_tokens_per_sec</c>,
/// <c>median_itl_ms</c>, <c>p90_itl_ms</c> and the instance GPU power <c>avg_power_watts</c> (summed over the GPUs),
/// or <c>energy_per_token_joules</c> × throughput when the power is absent.
/// </summary>
public static class MlEnergyResultsReader
{
    /// <summary>Reads a file; configurations are grouped by model, GPU, GPU count, precision and task.</summary>
    /// <param name="path">Path of the JSON file.</param>
    /// <param name="name">Name for messages; the file name when null.</param>
    /// <exception cref="ImportException">The file is missing or a field is missing or malformed.</exception>
    public static IReadOnlyList<BenchmarkSweep> Read(string path, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        name ??= Path.GetFileName(path);
        using var document = ImportFiles.ParseJson(ImportFiles.ReadText(path, name), name);
        var root = document.RootElement;
        var (rows, top) = root.ValueKind == JsonValueKind.Object
            ? (CarbonFileReader.Items(CarbonFileReader.Array(
                ImportFiles.Required(root, "configurations", name, "$"), name, "$.configurations"), "$.configurations"), root)
            : (CarbonFileReader.Items(CarbonFileReader.Array(root, name, "$"), "$"), default);
        var points = rows.Select(r => Point(r.Element, top, name, r.Path)).ToList();
        if (points.Count == 0)
        {
            throw new ImportException($"{name} holds no benchmark configurations");
        }

        return points.GroupBy(p => p.Configuration)
            .Select(g => new BenchmarkSweep(g.Key, g.Select(p => p.Point).ToList(), name))
            .ToList();
    }

    private static (BenchmarkConfiguration Configuration, SweepPoint Point) Point(
        JsonElement row, JsonElement top, string name, string path)
    {
        string Text(string key) => ImportFiles.Text(Field(row, top, key, name, path), name, $"{path}.{key}");
        double Number(string key) => ImportFiles.Number(Field(row, top, key, name, path), name, $"{path}.{key}");

        var gpus = Number("num_gpus");
        if (gpus < 1 || gpus != Math.Floor(gpus))
        {
            throw new ImportException($"{name} {path}.num_gpus: {gpus} is not a whole number of GPUs ≥ 1");
        }

        var task = ImportFiles.Property(row, "task") ?? ImportFiles.Property(top, "task");
        var configuration = new BenchmarkConfiguration(Text("model_id"), Text("gpu_model"), (int)gpus,
            Text("weight_precision"), task is { } t ? ImportFiles.Text(t, name, $"{path}.task") : "");
        var throughput = Number("output_throughput_tokens_per_sec");
        if (throughput <= 0)
        {
            throw new ImportException($"{name} {path}.output_throughput_tokens_per_sec: must be > 0");
        }

        var energy = ImportFiles.Property(row, "energy_per_token_joules") is { } e
            ? ImportFiles.Number(e, name, $"{path}.energy_per_token_joules") : (double?)null;
        var power = ImportFiles.Property(row, "avg_power_watts") is { } w
            ? ImportFiles.Number(w, name, $"{path}.avg_power_watts")
            : energy * throughput ?? throw new ImportException(
                $"{name} {path}: neither 'avg_power_watts' nor 'energy_per_token_joules' is given; one is needed");
        var batch = ImportFiles.Property(row, "avg_batch_size") is { } b
            ? ImportFiles.Number(b, name, $"{path}.avg_batch_size") : double.NaN;
        var point = new SweepPoint(throughput, power, Number("median_itl_ms"), Number("p90_itl_ms"), batch, energy, name);
        return (configuration, point);
    }

    /// <summary>A field of the configuration row, else of the document's top level (leaderboard model files).</summary>
    private static JsonElement Field(JsonElement row, JsonElement top, string key, string name, string path) =>
        ImportFiles.Property(row, key) ?? ImportFiles.Property(top, key)
        ?? throw new ImportException($"{name} {path}: required field '{key}' is missing");
}
