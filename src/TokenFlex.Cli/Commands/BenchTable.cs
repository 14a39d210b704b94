using System.Globalization;
using System.Text;
using Spectre.Console;
using TokenFlex.Scenarios.Benchmarks;

namespace TokenFlex.Cli.Commands;

/// <summary>The benchmark table and its CSV.</summary>
public static class BenchTable
{
    private static readonly string[] Headers =
    [
        "Size", "Vars", "Ints", "Rows", "Build s", "Method", "Status", "Solve s", "Objective k$", "LP bound k$",
        "Gap to LP", "Plain HiGHS s", "Plain gap to LP", "Plain/TokenFlex", "Peak MB", "Re-dispatch ms",
    ];

    public static Table Render(IReadOnlyList<BenchmarkRow> rows)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Benchmark[/]");
        foreach (var header in Headers)
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        foreach (var row in rows)
        {
            table.AddRow(Cells(row).Select(Markup.Escape).ToArray());
        }

        return table;
    }

    public static string Csv(IReadOnlyList<BenchmarkRow> rows)
    {
        var csv = new StringBuilder(string.Join(",", Headers.Select(h => h.Replace(' ', '_'))) + "\n");
        foreach (var row in rows)
        {
            csv.Append(string.Join(",", Cells(row).Select(c => c.Replace(",", "", StringComparison.Ordinal)))).Append('\n');
        }

        return csv.ToString();
    }

    private static string[] Cells(BenchmarkRow r) =>
    [
        r.Size, N(r.Variables), N(r.Integers), N(r.Rows), F(r.BuildSeconds, "F2"), r.Method, r.Status, F(r.SolveSeconds, "F1"),
        F(r.Objective, "F3"), F(r.LpBound, "F3"), P(r.GapToLpBound), r.PlainStatus == "-" ? "-" : $"{F(r.PlainSeconds, "F1")} ({r.PlainStatus})",
        P(r.PlainGapToLpBound), double.IsFinite(r.SpeedRatio) && r.PlainStatus != "-" ? F(r.SpeedRatio, "F1") + "×" : "-",
        F(r.PeakMemoryMb, "N0"), F(r.RedispatchIntervalMs, "F0"),
    ];

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double? value, string format) => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "-";

    private static string P(double? fraction) => fraction is { } f ? (100 * f).ToString("F3", CultureInfo.InvariantCulture) + " %" : "-";
}
