using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using TokenFlex.Core.Catalog;
using TokenFlex.Core.Domain;

namespace TokenFlex.Cli.Commands;

/// <summary><c>tokenflex catalog</c>: the built-in quantization-to-power catalogue with its sources.</summary>
public static class CatalogCommand
{
    public static Command Create(CliConsole console)
    {
        var sources = new Option<bool>("--sources") { Description = "Also list the source and method of every parameter." };
        var command = new Command("catalog", "Print the built-in quantization-to-power catalogue.")
        {
            sources,
            CatalogFitCommand.Create(console),
        };
        command.SetAction(parse =>
        {
            console.Ansi.Write(Table(BuiltInCatalog.Entries));
            if (parse.GetValue(sources))
            {
                WriteSources(console, BuiltInCatalog.Entries);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Table Table(IReadOnlyList<ServingConfiguration> entries)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Quantization-to-power catalogue[/]");
        string[] headers =
        [
            "Configuration", "Precision", "GPUs", "Θ tok/s", "P⁰ kW", "e J/tok", "Full-load J/tok", "δ %", "TPOT ms",
            "Load s", "Start $", "Basis (see --sources)",
        ];
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        foreach (var k in entries)
        {
            var fullLoad = 1000 * k.StaticPowerKw / k.ThroughputTokensPerSecond + k.EnergyJPerToken;
            var estimated = BuiltInCatalog.Report.Entries.FirstOrDefault(e => e.Configuration.Id == k.Id)?.IsEstimated
                ?? k.Sources.Values.Any(s => s.Kind is SourceKind.Estimated);
            table.AddRow(
                k.Id, k.Precision.Name(), F(k.GpusPerInstance, "N0"), F(k.ThroughputTokensPerSecond, "N0"),
                F(k.StaticPowerKw, "F3"), F(k.EnergyJPerToken, "F4"), F(fullLoad, "F4"), F(k.QualityLossPercent, "F2"),
                F(k.TpotMs, "F1"), F(k.LoadTimeSeconds, "F0"), F(k.StartCostUsd, "F2"), estimated ? "estimated from ratios" : "fit to ML.ENERGY sweep");
        }

        return table;
    }

    private static void WriteSources(CliConsole console, IReadOnlyList<ServingConfiguration> entries)
    {
        foreach (var k in entries)
        {
            console.Output.WriteLine(k.Id);
            foreach (var (field, source) in k.Sources.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                console.Output.WriteLine($"  {field}: {source.Kind}. {source.Method} {string.Join(" ", source.SourceUrls)}");
            }
        }
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
