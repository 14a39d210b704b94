using System.Text;
using TokenFlex.Scenarios.Sweeps;

namespace TokenFlex.Reporting;

/// <summary>
/// <c>sweeps.csv</c>: one row per sweep point with B0's and P's figures, in the CSV conventions of
/// <see cref="CsvWriters"/> (RFC 4180, CRLF, invariant numbers, empty cells where a strategy has no plan).
/// </summary>
public static class SweepCsvWriter
{
    private static readonly (string Name, Func<SweepResult, SweepPoint, string> Value)[] Columns =
    [
        ("sweep", (s, _) => s.Name),
        ("parameter", (s, _) => s.Parameter),
        ("unit", (s, _) => s.Unit),
        ("value", (_, p) => ReportFormat.Number(p.Value)),
        ("label", (_, p) => p.Label),
        ("b0Status", (_, p) => p.Baseline.Status),
        ("b0TotalCostUsd", (_, p) => Number(p.Baseline.TotalCostUsd)),
        ("b0GrossCostUsd", (_, p) => Number(p.Baseline.GrossCostUsd)),
        ("b0EmissionsTonnesCo2", (_, p) => Number(p.Baseline.EmissionsTonnesCo2)),
        ("pStatus", (_, p) => p.Proposed.Status),
        ("pTotalCostUsd", (_, p) => Number(p.Proposed.TotalCostUsd)),
        ("pGrossCostUsd", (_, p) => Number(p.Proposed.GrossCostUsd)),
        ("pDrRevenueUsd", (_, p) => Number(p.Proposed.DrRevenueUsd)),
        ("pEmissionsTonnesCo2", (_, p) => Number(p.Proposed.EmissionsTonnesCo2)),
        ("savingVsB0", (_, p) => Number(p.SavingFraction)),
        ("grossSavingVsB0", (_, p) => Number(p.GrossSavingFraction)),
        ("pMipGap", (_, p) => Number(p.Proposed.MipGap)),
        ("b0SolveSeconds", (_, p) => ReportFormat.Number(p.Baseline.SolveSeconds)),
        ("pSolveSeconds", (_, p) => ReportFormat.Number(p.Proposed.SolveSeconds)),
    ];

    /// <summary>The CSV text of sweep results.</summary>
    /// <param name="sweeps">The results, in the order to write.</param>
    public static string Write(IEnumerable<SweepResult> sweeps)
    {
        ArgumentNullException.ThrowIfNull(sweeps);
        var text = new StringBuilder();
        text.AppendJoin(',', Columns.Select(c => c.Name)).Append("\r\n");
        foreach (var sweep in sweeps)
        {
            foreach (var point in sweep.Points)
            {
                text.AppendJoin(',', Columns.Select(c => CsvWriters.Escape(c.Value(sweep, point)))).Append("\r\n");
            }
        }

        return text.ToString();
    }

    private static string Number(double? value) => value is { } v ? ReportFormat.Number(v) : "";
}
