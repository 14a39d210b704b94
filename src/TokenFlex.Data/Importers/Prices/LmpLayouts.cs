using TokenFlex.Data.Csv;

namespace TokenFlex.Data.Importers.Prices;

/// <summary>One price row of an LMP file, before the node and market are selected.</summary>
/// <param name="Line">Line in the file.</param>
/// <param name="Node">Pricing node, settlement point or location.</param>
/// <param name="Market">Market run (DAM, RTM …), or empty when the layout has none.</param>
/// <param name="StartUtc">Interval start [UTC].</param>
/// <param name="Duration">Interval length when the row states it; null to infer it from the spacing.</param>
/// <param name="PriceUsdPerMwh">Locational marginal price [USD/MWh].</param>
internal sealed record LmpRow(
    int Line, string Node, string Market, DateTimeOffset StartUtc, TimeSpan? Duration, double PriceUsdPerMwh);

/// <summary>The CAISO OASIS, PJM Data Miner, gridstatus and plain layouts (ERCOT is in <see cref="ErcotLayout"/>).</summary>
internal static class LmpLayouts
{
    private const string OasisColumns =
        "INTERVALSTARTTIME_GMT, INTERVALENDTIME_GMT, NODE, MARKET_RUN_ID, LMP_TYPE and MW (or VALUE)";

    private const string PjmColumns = "datetime_beginning_utc, pnode_name and total_lmp_da (or total_lmp_rt)";

    private const string GridStatusColumns = "interval_start_utc, interval_end_utc, location, market and lmp";

    public static IEnumerable<LmpRow> Rows(CsvTable table, LmpCsvFormat format) => format switch
    {
        LmpCsvFormat.CaisoOasis => CaisoOasis(new CsvColumns(table, "CAISO OASIS")),
        LmpCsvFormat.Ercot => ErcotLayout.Rows(new CsvColumns(table, "ERCOT")),
        LmpCsvFormat.Pjm => Pjm(new CsvColumns(table, "PJM Data Miner")),
        LmpCsvFormat.GridStatus => GridStatus(new CsvColumns(table, "gridstatus")),
        _ => Plain(new CsvColumns(table, "plain (time, priceUsdPerMwh)")),
    };

    private static IEnumerable<LmpRow> CaisoOasis(CsvColumns c)
    {
        var start = c.Require(OasisColumns, "INTERVALSTARTTIME_GMT");
        var end = c.Require(OasisColumns, "INTERVALENDTIME_GMT");
        var node = c.Require(OasisColumns, "NODE");
        var market = c.Require(OasisColumns, "MARKET_RUN_ID");
        var type = c.Require(OasisColumns, "LMP_TYPE");
        var price = c.Require(OasisColumns, "MW", "VALUE");
        const string example = "2025-03-24T07:00:00-00:00";
        foreach (var row in c.Table.Rows.Where(r => CsvColumns.Cell(r, type).Equals("LMP", StringComparison.OrdinalIgnoreCase)))
        {
            var from = c.Utc(row, start, example);
            var to = c.Utc(row, end, example);
            yield return new LmpRow(row.LineNumber, CsvColumns.Cell(row, node), CsvColumns.Cell(row, market), from,
                Positive(c, row, end, to - from), c.Number(row, price));
        }
    }

    private static IEnumerable<LmpRow> Pjm(CsvColumns c)
    {
        var start = c.Require(PjmColumns, "datetime_beginning_utc");
        var node = c.Require(PjmColumns, "pnode_name");
        var price = c.Require(PjmColumns, "total_lmp_da", "total_lmp_rt");
        var current = c.Find("row_is_current");
        foreach (var row in c.Table.Rows)
        {
            if (current >= 0 && CsvColumns.Cell(row, current).Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var from = c.UtcExact(row, start, "M/d/yyyy h:mm:ss tt", "3/24/2025 4:00:00 AM");
            yield return new LmpRow(row.LineNumber, CsvColumns.Cell(row, node), "", from, null, c.Number(row, price));
        }
    }

    private static IEnumerable<LmpRow> GridStatus(CsvColumns c)
    {
        var start = c.Require(GridStatusColumns, "interval_start_utc");
        var end = c.Find("interval_end_utc");
        var node = c.Require(GridStatusColumns, "location");
        var market = c.Find("market");
        var price = c.Require(GridStatusColumns, "lmp");
        const string example = "2025-03-24 07:00:00+00:00";
        foreach (var row in c.Table.Rows)
        {
            var from = c.Utc(row, start, example);
            TimeSpan? duration = end < 0 ? null : Positive(c, row, end, c.Utc(row, end, example) - from);
            yield return new LmpRow(row.LineNumber, CsvColumns.Cell(row, node),
                market < 0 ? "" : CsvColumns.Cell(row, market), from, duration, c.Number(row, price));
        }
    }

    private static IEnumerable<LmpRow> Plain(CsvColumns c)
    {
        const string columns = "time and priceUsdPerMwh";
        var time = c.Require(columns, "time");
        var price = c.Require(columns, "priceUsdPerMwh");
        foreach (var row in c.Table.Rows)
        {
            yield return new LmpRow(row.LineNumber, "", "", c.Utc(row, time, "2025-03-24T07:00:00Z"), null,
                c.Number(row, price));
        }
    }

    private static TimeSpan Positive(CsvColumns c, CsvRow row, int endColumn, TimeSpan duration) =>
        duration > TimeSpan.Zero
            ? duration
            : throw new ImportException($"{c.Where(row, endColumn)}: the interval ends before it starts");
}
