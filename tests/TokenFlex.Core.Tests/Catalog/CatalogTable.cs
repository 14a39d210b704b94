using System.Text;
using TokenFlex.Core.Catalog;
using TokenFlex.Core.Domain;

namespace TokenFlex.Core.Tests.Catalog;

/// <summary>Renders the catalogue report as the Markdown tables pasted into docs/catalog.md.</summary>
internal static class CatalogTable
{
    public static string Entries(CatalogReport report)
    {
        var text = new StringBuilder();
        text.AppendLine("| id | g | Θ tok/s | P⁰ kW | e J/tok | full-load J/tok GPU | full-load J/tok server "
                        + "| δ % | TPOT ms | TTFT ms | weights GB | load s | start $ | fit RMSE W | fit max rel. err. "
                        + "| estimated? |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var entry in report.Entries)
        {
            var c = entry.Configuration;
            text.AppendLine(
                $"| {c.Id} | {c.GpusPerInstance} | {c.ThroughputTokensPerSecond:F0} | {c.StaticPowerKw:F3} "
                + $"| {c.EnergyJPerToken:F4} | {entry.FullLoadGpuEnergyJPerToken:F4} "
                + $"| {entry.FullLoadServerEnergyJPerToken:F4} | {c.QualityLossPercent:F2} | {c.TpotMs:F1} "
                + $"| {c.TtftMs:F0} | {c.WeightMemoryGb:F1} | {c.LoadTimeSeconds:F1} | {c.StartCostUsd:F2} "
                + $"| {entry.AnchorFit.PowerFit.RmseResidual:F1} | {entry.AnchorFit.PowerFit.MaxRelativeError:P1} "
                + $"| {(entry.IsEstimated ? "yes" : "no")} |");
        }

        return text.ToString();
    }

    public static string Ratios(CatalogReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(
            "| precision | regime | per-GPU speed-up | per-GPU power ratio | J/token ratio | rows | rule |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var r in report.PrecisionRatios)
        {
            text.AppendLine(
                $"| {r.Precision.Name()} | {r.Regime} | {r.PerGpuSpeedup:F3} | {r.PerGpuPowerRatio:F3} "
                + $"| {r.EnergyPerTokenRatio:F3} | {r.ThroughputObservations.Count} | {r.Rule} |");
        }

        return text.ToString();
    }

    public static string Observations(CatalogReport report)
    {
        var text = new StringBuilder();
        text.AppendLine("| precision | regime | ratio | evidence |");
        text.AppendLine("|---|---|---|---|");
        var all = report.PrecisionRatios
            .SelectMany(r => r.ThroughputObservations.Concat(r.PowerObservations))
            .Distinct();
        foreach (var o in all)
        {
            text.AppendLine($"| {o.Precision.Name()} | {o.Regime} | {o.Ratio:F3} | {o.Evidence} |");
        }

        return text.ToString();
    }
}
