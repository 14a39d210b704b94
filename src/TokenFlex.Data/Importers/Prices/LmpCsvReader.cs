using TokenFlex.Data.Csv;
using TokenFlex.Data.Json;

namespace TokenFlex.Data.Importers.Prices;

/// <summary>
/// Reads locational marginal prices from ISO CSV downloads (<see cref="LmpCsvFormat"/>) into a
/// <see cref="TimedSeries"/> in USD/MWh at the file's own resolution; <see cref="SeriesAlignment"/> then averages
/// it onto a scenario's time grid. A file with several nodes or market runs needs the one to use.
/// </summary>
public static class LmpCsvReader
{
    /// <summary>Reads one node's prices from a file.</summary>
    /// <param name="path">Path of the CSV file.</param>
    /// <param name="name">Name for messages (as the user referred to it); the file name when null.</param>
    /// <param name="format">Column layout.</param>
    /// <param name="node">Pricing node, settlement point or location; may be omitted when the file has one.</param>
    /// <param name="market">Market run (CAISO <c>MARKET_RUN_ID</c>, gridstatus <c>market</c>); may be omitted when the
    /// file has one.</param>
    /// <exception cref="ImportException">The file is missing or malformed, or the node or market is ambiguous.</exception>
    public static TimedSeries Read(string path, string? name, LmpCsvFormat format, string? node = null,
        string? market = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return FromTable(ImportFiles.ReadCsv(path, name ?? Path.GetFileName(path)), format, node, market);
    }

    internal static TimedSeries FromTable(CsvTable table, LmpCsvFormat format, string? node, string? market)
    {
        var rows = LmpLayouts.Rows(table, format).ToList();
        if (rows.Count == 0)
        {
            throw new ImportException($"{table.Name} has no price rows in the {format.Name()} layout");
        }

        var selected = Select(table.Name, rows, r => r.Node, node, "node", format != LmpCsvFormat.Plain);
        selected = Select(table.Name, selected, r => r.Market, market, "market",
            format is LmpCsvFormat.CaisoOasis or LmpCsvFormat.GridStatus);
        var ordered = selected.OrderBy(r => r.StartUtc).ToList();
        var inferred = InferredLength(table.Name, ordered);
        return new TimedSeries
        {
            Source = table.Name,
            Points = ordered.Select(r => new TimedValue(r.StartUtc, r.Duration ?? inferred, r.PriceUsdPerMwh,
                $"line {r.Line}")).ToList(),
            Unit = "USD/MWh",
            Location = ordered[0].Node,
            Provider = format.Name(),
        };
    }

    private static List<LmpRow> Select(string file, List<LmpRow> rows, Func<LmpRow, string> key, string? wanted,
        string what, bool applies)
    {
        if (!applies)
        {
            return wanted is null ? rows
                : throw new ImportException($"{file}: the layout has no {what} column; remove \"{what}\"");
        }

        var values = rows.Select(key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (wanted is null)
        {
            return values.Count <= 1 ? rows
                : throw new ImportException($"{file} holds {values.Count} {what}s ({Listed(values)}); choose one with "
                                            + $"\"{what}\"");
        }

        var matching = rows.Where(r => key(r) == wanted).ToList();
        return matching.Count > 0 ? matching
            : throw new ImportException($"{file} has no rows for {what} '{wanted}'"
                                        + EditDistance.Hint(wanted, values, $"{what}s in the file"));
    }

    private static TimeSpan InferredLength(string file, List<LmpRow> rows) =>
        rows.All(r => r.Duration is not null)
            ? TimeSpan.Zero
            : IntervalLength.Infer(rows.Select(r => r.StartUtc), null, file);

    private static string Listed(List<string> values) =>
        values.Count <= 5 ? string.Join(", ", values) : string.Join(", ", values.Take(5)) + ", …";
}
