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
        "Size", "Vars", "Ints", "Rows", "Build s", "Method", "Status", "Solve s", "Obj k$", "LP bnd k$",
        "Gap LP", "HiGHS s", "HiGHS gap", "Ratio", "Peak MB", "Redisp ms",
    ];

    public static Table Render(IReadOnlyList<BenchmarkRow> rows)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Benchmark[/]")
            .Caption("Gap LP: (objective − LP bound)/|objective|, the LP relaxation of the full model. HiGHS: plain HiGHS, exact, "
                     + "default settings, same limit (opt: proven within 0.01 %; limit: stopped by the limit). Ratio: HiGHS s / TokenFlex s. "
                     + "(h): hourly commitment with 15-minute dispatch. Redisp: one interval re-dispatched with stage 1 fixed. "
                     + "Built-in: largest gap of its strategies, relative to gross cost where the net total is near zero.");
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
        F(r.Objective, "F3"), F(r.LpBound, "F3"), P(r.GapToLpBound), r.PlainStatus == "-" ? "-" : $"{F(r.PlainSeconds, "F1")} {Short(r.PlainStatus)}",
        P(r.PlainGapToLpBound), double.IsFinite(r.SpeedRatio) && r.PlainStatus != "-" ? F(r.SpeedRatio, "F1") + "x" : "-",
        F(r.PeakMemoryMb, "N0"), F(r.RedispatchIntervalMs, "F0"),
    ];

    private static string Short(string status) => status switch
    {
        "Optimal" => "opt",
        "Feasible" => "limit",
        "NoSolution" => "none",
        _ => status,
    };

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double? value, string format) => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "-";

    private static string P(double? fraction) => fraction is { } f ? (100 * f).ToString("F3", CultureInfo.InvariantCulture) + " %" : "-";
}
