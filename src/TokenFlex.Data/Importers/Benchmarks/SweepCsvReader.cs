using System.Globalization;
using TokenFlex.Core.Catalog;
using TokenFlex.Data.Importers.Prices;

namespace TokenFlex.Data.Importers.Benchmarks;

/// <summary>
/// Reads a plain CSV of batch-sweep measurements: <c>batch</c>, <c>tokensPerSecond</c> (output tokens of the
/// instance) and <c>watts</c> (GPU power of the instance), optionally <c>itlP50Ms</c> and <c>itlP90Ms</c>, and an
/// optional <c>configuration</c> label that separates several sweeps in one file (with <c>gpus</c>, default 1).
/// Without latency columns the inter-token latency is estimated by Little's law, ITL = 1000 · batch / tokensPerSecond
/// ms (every running request gets one token per step), and used for both percentiles.
/// </summary>
public static class SweepCsvReader
{
    private const string Columns = "batch, tokensPerSecond, watts, and optionally itlP50Ms, itlP90Ms, configuration, gpus";

    /// <summary>Reads a file.</summary>
    /// <param name="path">Path of the CSV file.</param>
    /// <param name="name">Name for messages; the file name when null.</param>
    /// <exception cref="ImportException">The file is missing or a cell is malformed.</exception>
    public static IReadOnlyList<BenchmarkSweep> Read(string path, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        name ??= Path.GetFileName(path);
        var c = new CsvColumns(ImportFiles.ReadCsv(path, name), "sweep CSV");
        var batch = c.Require(Columns, "batch");
        var throughput = c.Require(Columns, "tokensPerSecond");
        var watts = c.Require(Columns, "watts");
        var (p50, p90) = (c.Find("itlP50Ms"), c.Find("itlP90Ms"));
        if ((p50 < 0) != (p90 < 0))
        {
            throw new ImportException($"{name} line 1: give both itlP50Ms and itlP90Ms, or neither (then ITL is "
                                      + "estimated as batch / tokensPerSecond)");
        }

        var (label, gpus) = (c.Find("configuration"), c.Find("gpus"));
        var rows = c.Table.Rows.Select(row =>
        {
            var (b, x) = (c.Number(row, batch), c.Number(row, throughput));
            if (x <= 0 || b <= 0)
            {
                throw new ImportException($"{c.Where(row, x <= 0 ? throughput : batch)}: must be > 0");
            }

            var littleMs = 1000 * b / x;
            var point = new SweepPoint(x, c.Number(row, watts), p50 < 0 ? littleMs : c.Number(row, p50),
                p90 < 0 ? littleMs : c.Number(row, p90), b, SourceUrl: name);
            var key = new BenchmarkConfiguration(label < 0 ? Path.GetFileNameWithoutExtension(name)
                : CsvColumns.Cell(row, label), "", gpus < 0 ? 1 : c.Integer(row, gpus, 1, 1024), "", "");
            return (Key: key, Point: point);
        }).ToList();
        if (rows.Count == 0)
        {
            throw new ImportException($"{name} has no measurement rows; the columns are {Columns}");
        }

        return rows.GroupBy(r => r.Key)
            .Select(g => new BenchmarkSweep(g.Key, g.Select(r => r.Point).ToList(), name, ItlEstimated: p50 < 0))
            .ToList();
    }

    /// <summary>Reads a benchmark file by its extension: <c>.json</c> ML.ENERGY results, <c>.csv</c> a sweep CSV.</summary>
    /// <param name="path">Path of the file.</param>
    public static IReadOnlyList<BenchmarkSweep> ReadAny(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLower(CultureInfo.InvariantCulture) switch
        {
            ".json" => MlEnergyResultsReader.Read(path),
            ".csv" => Read(path),
            _ => throw new ImportException($"{Path.GetFileName(path)}: unknown benchmark file type; give ML.ENERGY "
                                           + "results (.json) or a sweep CSV (.csv)"),
        };
    }
}
