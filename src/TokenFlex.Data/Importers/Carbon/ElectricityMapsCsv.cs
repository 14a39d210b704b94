using TokenFlex.Core.Domain;
using TokenFlex.Data.Csv;
using TokenFlex.Data.Importers.Prices;

namespace TokenFlex.Data.Importers.Carbon;

/// <summary>
/// The Electricity Maps data-portal CSV export (hourly, daily … files per zone and year): <c>Datetime (UTC)</c>
/// (<c>2024-03-25 07:00:00</c>, the interval start), <c>Zone id</c>, and average intensity in gCO₂eq/kWh in the
/// columns <c>Carbon intensity gCO₂eq/kWh (direct)</c> and <c>… (Life cycle)</c>; the scope chooses the column.
/// </summary>
internal static class ElectricityMapsCsv
{
    private const string Columns = "Datetime (UTC), Zone id, Carbon intensity gCO₂eq/kWh (direct) and Carbon "
                                   + "intensity gCO₂eq/kWh (Life cycle)";

    public static TimedSeries Read(CsvTable table, string? zone, EmissionScope? scope)
    {
        if (scope is null)
        {
            throw new ImportException($"{table.Name} has direct and life-cycle columns; choose one with \"scope\"");
        }

        var c = new CsvColumns(table, "Electricity Maps CSV");
        var time = c.Require(Columns, "Datetime (UTC)");
        var zoneColumn = c.Find("Zone id");
        var value = scope == EmissionScope.Direct
            ? c.Require(Columns, "Carbon intensity gCO₂eq/kWh (direct)")
            : c.Require(Columns, "Carbon intensity gCO₂eq/kWh (Life cycle)");
        var rows = table.Rows.Where(r => zone is null || zoneColumn < 0 || CsvColumns.Cell(r, zoneColumn) == zone).ToList();
        if (rows.Count == 0)
        {
            throw new ImportException($"{table.Name} has no rows for zone '{zone}'");
        }

        var starts = rows.Select(r => c.UtcExact(r, time, "yyyy-MM-dd HH:mm:ss", "2024-03-25 07:00:00")).ToList();
        var length = IntervalLength.Infer(starts, null, table.Name);
        return new TimedSeries
        {
            Source = table.Name,
            Points = rows.Select((r, i) => new TimedValue(starts[i], length, c.Number(r, value), $"line {r.LineNumber}"))
                .OrderBy(p => p.StartUtc).ToList(),
            Unit = CarbonFileReader.Unit,
            Location = zone ?? (zoneColumn >= 0 ? CsvColumns.Cell(rows[0], zoneColumn) : ""),
            Provider = "Electricity Maps CSV",
            SignalType = CarbonSignalType.Average,
            Scope = scope,
        };
    }
}
