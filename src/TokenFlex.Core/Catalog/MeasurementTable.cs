using System.Globalization;

namespace TokenFlex.Core.Catalog;

/// <summary>Reads measurement rows from CSV text with the quantization catalogue's header.</summary>
public static class MeasurementTable
{
    /// <summary>Columns the reader needs; others are ignored.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } =
    [
        "model", "params_b", "precision", "method", "gpu", "tp_degree", "throughput_tok_s",
        "batch_or_concurrency", "gpu_power_w_load", "gpu_power_w_idle", "energy_j_per_token",
        "quality_metric", "quality_delta", "load_time_s", "source_url", "notes",
    ];

    /// <summary>The measurements shipped in TokenFlex.Core (embedded <c>Catalog/Data/measurements.csv</c>).</summary>
    /// <returns>The rows in file order.</returns>
    public static IReadOnlyList<MeasurementRow> LoadBuiltIn()
    {
        var assembly = typeof(MeasurementTable).Assembly;
        var name = assembly.GetManifestResourceNames()
            .Single(n => n.EndsWith("Catalog.Data.measurements.csv", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Parses CSV text whose header names at least <see cref="RequiredColumns"/>.</summary>
    /// <param name="csvText">CSV text with a header line.</param>
    /// <returns>The rows in file order.</returns>
    /// <exception cref="FormatException">A column is missing or a number does not parse.</exception>
    public static IReadOnlyList<MeasurementRow> Parse(string csvText)
    {
        var records = CsvText.Parse(csvText);
        if (records.Count == 0)
        {
            throw new FormatException("Measurement CSV is empty; it needs a header line.");
        }

        var header = records[0];
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException($"Measurement CSV lacks columns: {string.Join(", ", missing)}.");
        }

        var index = RequiredColumns.ToDictionary(c => c, c => IndexOf(header, c));
        return records.Skip(1)
            .Where(r => r.Count > 1 || (r.Count == 1 && r[0].Length > 0))
            .Select((r, i) => ToRow(r, index, i + 2))
            .ToList();
    }

    private static int IndexOf(IReadOnlyList<string> header, string column)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i] == column)
            {
                return i;
            }
        }

        return -1;
    }

    private static MeasurementRow ToRow(IReadOnlyList<string> record, Dictionary<string, int> index, int line)
    {
        string Text(string column) => index[column] < record.Count ? record[index[column]].Trim() : "";
        double? Number(string column) => ParseNumber(Text(column), column, line);

        return new MeasurementRow
        {
            Model = Text("model"),
            ParamsBillions = Number("params_b"),
            Precision = Text("precision"),
            Method = Text("method"),
            Gpu = Text("gpu"),
            TpDegree = Number("tp_degree") is { } tp ? (int)tp : null,
            ThroughputTokensPerSecond = Number("throughput_tok_s"),
            BatchOrConcurrency = Text("batch_or_concurrency"),
            GpuPowerLoadW = Number("gpu_power_w_load"),
            GpuPowerIdleText = Text("gpu_power_w_idle"),
            EnergyJPerToken = Number("energy_j_per_token"),
            QualityMetric = Text("quality_metric"),
            QualityDelta = Text("quality_delta"),
            LoadTimeSeconds = Number("load_time_s"),
            SourceUrl = Text("source_url"),
            Notes = Text("notes"),
        };
    }

    private static double? ParseNumber(string text, string column, int line)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw new FormatException($"Measurement CSV record {line}, column {column}: '{text}' is not a number.");
    }
}
