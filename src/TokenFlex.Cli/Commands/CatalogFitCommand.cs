using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using TokenFlex.Core.Catalog;
using TokenFlex.Data.Importers;
using TokenFlex.Data.Importers.Benchmarks;

namespace TokenFlex.Cli.Commands;

/// <summary>
/// <c>tokenflex catalog fit FILE</c>: fits the quantization-to-power parameters (Θ, P⁰, e) to benchmark sweeps
/// (ML.ENERGY results JSON or a plain sweep CSV) with the catalogue's own fit, and prints the fit error per
/// configuration and, for a built-in model's sweep, the comparison with the built-in entry.
/// </summary>
public static class CatalogFitCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "ML.ENERGY results (.json) or a sweep CSV (.csv)." };
        var slo = new Option<double>("--slo-ms")
        {
            Description = "ITL limit that selects the operating range and Θ [ms] (default 50, as the catalogue).",
            DefaultValueFactory = _ => TpotSlo.Default.LimitMs,
        };
        var percentile = new Option<LatencyPercentile>("--percentile")
        {
            Description = "ITL percentile the limit applies to: p50 or p90 (default p90, as the catalogue).",
            DefaultValueFactory = _ => TpotSlo.Default.Percentile,
        };
        var command = new Command("fit", "Fit Θ, P⁰ and e to benchmark sweeps and print the fit error.")
        {
            file, slo, percentile,
        };
        command.SetAction(parse =>
        {
            var limit = parse.GetValue(slo);
            if (!(limit > 0) || !double.IsFinite(limit))
            {
                console.Error.WriteLine($"error: --slo-ms must be a positive number of milliseconds, got {limit}");
                return ExitCodes.InvalidInput;
            }

            IReadOnlyList<BenchmarkSweep> sweeps;
            try
            {
                sweeps = SweepCsvReader.ReadAny(parse.GetValue(file)!.FullName);
            }
            catch (ImportException e)
            {
                console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.InvalidInput;
            }

            var target = new TpotSlo(limit, parse.GetValue(percentile));
            var fits = BenchmarkFit.FitAll(sweeps, target);
            Write(console, fits, target);
            return fits.Any(f => f.Fit is not null) ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }

    private static void Write(CliConsole console, IReadOnlyList<BenchmarkFit> fits, TpotSlo slo)
    {
        var host = BuiltInCatalog.Report.HostKwPerGpu;
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Fitted quantization-to-power parameters[/]");
        string[] headers =
        [
            "Configuration", "Points in SLO", "Θ tok/s", "TPOT ms", "P⁰ GPU kW", "P⁰ server kW", "e J/tok",
            "Fit RMSE W", "Max rel. err.",
        ];
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)).RightAligned());
        }

        foreach (var f in fits)
        {
            var label = Markup.Escape(f.Sweep.Configuration.ToString());
            if (f.Fit is not { } fit)
            {
                table.AddRow(label, $"{0}/{f.Sweep.Points.Count}", "–", "–", "–", "–", "–", "–", "–");
                continue;
            }

            var gpus = f.Sweep.Configuration.Gpus;
            var staticKw = fit.StaticGpuPowerW / 1000;
            table.AddRow(label, $"{fit.PointsInRange.Count}/{f.Sweep.Points.Count}",
                F(fit.ThroughputTokensPerSecond, "N0"), F(fit.TpotMs, "F1"), F(staticKw, "F4"),
                F(staticKw + (host * gpus), "F4"), F(fit.MarginalEnergyJPerToken, "F5"),
                F(fit.PowerFit.RmseResidual, "F1"), F(fit.PowerFit.MaxRelativeError * 100, "F1") + " %");
        }

        console.Ansi.Write(table);
        console.Output.WriteLine($"Operating range: ITL {slo.Percentile.ToString().ToLowerInvariant()} ≤ "
                                 + $"{F(slo.LimitMs, "0.##")} ms. P⁰ server = P⁰ GPU + {F(host * 1000, "0.0")} W host "
                                 + "share per GPU (docs/catalog.md §1).");
        foreach (var f in fits)
        {
            WriteNotes(console, f);
        }
    }

    private static void WriteNotes(CliConsole console, BenchmarkFit f)
    {
        var label = f.Sweep.Configuration.ToString();
        if (f.Problem is not null)
        {
            console.Output.WriteLine($"{label}: no fit. {f.Problem}");
        }

        if (f.Sweep.ItlEstimated)
        {
            console.Output.WriteLine($"{label}: no latency columns; ITL estimated as batch / tokensPerSecond (Little's law).");
        }

        if (f.BuiltIn is { } c)
        {
            var verdict = c.WithinFitError ? "reproduced within the fit error" : "NOT within the fit error";
            var energyW = c.DeltaEnergyJPerToken * c.Reference.ThroughputTokensPerSecond;
            console.Output.WriteLine(
                $"{label} vs built-in {c.Entry.Id}: ΔΘ {F(c.DeltaThroughputTokensPerSecond, "0.###")} tok/s, "
                + $"ΔP⁰ GPU {F(c.DeltaStaticGpuPowerW, "0.###")} W, Δe·Θ {F(energyW, "0.###")} W "
                + $"(fit error {F(c.FitErrorW, "0.0")} W): {verdict}.");
        }
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
