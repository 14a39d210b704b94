using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TokenFlex.Core.Domain;
using TokenFlex.Data;

namespace TokenFlex.Cli.Tests;

/// <summary>
/// Generates examples/three-campus-files from the built-in case: its price and carbon series in ISO and carbon-API
/// formats, and a scenario.json that reads them. <see cref="ThreeCampusFilesExampleTests"/> checks that the committed
/// files are what this generates (set TOKENFLEX_WRITE_EXAMPLES=1 to rewrite them) and that they rebuild the case.
/// </summary>
internal static partial class ThreeCampusFilesExample
{
    public const string Folder = "three-campus-files";

    /// <summary>When the example carbon data were "retrieved" (the files need an issue time).</summary>
    private static readonly DateTimeOffset IssuedAt = new(2025, 3, 24, 6, 0, 0, TimeSpan.Zero);

    /// <summary>Every file of the example by name.</summary>
    public static IReadOnlyDictionary<string, string> Generate(Scenario builtIn)
    {
        var grid = builtIn.TimeGrid;
        Campus Campus(string id) => builtIn.Campuses.Single(c => c.Id == id);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["caiso-oasis-prc-lmp.csv"] = ExampleFormats.CaisoOasis(grid, Campus("caiso").PriceUsdPerMwh,
                "TH_NP15_GEN-APND"),
            ["ercot-dam-spp.csv"] = ExampleFormats.ErcotDayAhead(grid, Campus("ercot").PriceUsdPerMwh, "HB_HOUSTON"),
            ["pjm-da-hrl-lmps.csv"] = ExampleFormats.PjmDayAhead(grid, Campus("pjm").PriceUsdPerMwh, 51291, "AECO"),
            ["caiso-electricitymaps-history.json"] = ExampleFormats.ElectricityMapsHistory(grid,
                Campus("caiso").CarbonGPerKwh, "US-CAL-CISO", IssuedAt),
            ["ercot-electricitymaps-forecast.json"] = ExampleFormats.ElectricityMapsForecast(grid,
                Campus("ercot").CarbonGPerKwh, "US-TEX-ERCO", IssuedAt),
            ["pjm-carbon-aware-sdk.json"] = ExampleFormats.CarbonAwareSdkFile(grid, Campus("pjm").CarbonGPerKwh,
                "eastus"),
            ["scenario.json"] = Scenario(builtIn),
        };
        return files;
    }

    private static string Scenario(Scenario builtIn)
    {
        var node = JsonNode.Parse(ScenarioWriter.Write(builtIn))!.AsObject();
        node["name"] = "three-campus-files";
        node["description"] = "The built-in three-campus case rebuilt from files: prices as CAISO OASIS, ERCOT and PJM "
                              + "Data Miner CSVs, carbon as Electricity Maps and Carbon Aware SDK JSON (see README.md).";
        node["configurations"] = new JsonArray(builtIn.Configurations
            .Select(k => (JsonNode)new JsonObject { ["catalogId"] = k.Id }).ToArray());
        Series(node, 0, Lmp("caiso-oasis-prc-lmp.csv", "caiso-oasis", "TH_NP15_GEN-APND", "DAM"),
            Carbon("caiso-electricitymaps-history.json", "electricitymaps"));
        Series(node, 1, Lmp("ercot-dam-spp.csv", "ercot", "HB_HOUSTON"),
            Carbon("ercot-electricitymaps-forecast.json", "electricitymaps"));
        var pjmCarbon = Carbon("pjm-carbon-aware-sdk.json", "carbon-aware-sdk");
        (pjmCarbon["location"], pjmCarbon["signalType"], pjmCarbon["scope"]) = ("eastus", "average", "lifecycle");
        Series(node, 2, Lmp("pjm-da-hrl-lmps.csv", "pjm", "AECO"), pjmCarbon);
        var text = node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = Encoder });
        return NumberArray().Replace(text, m => "[" + string.Join(", ", m.Groups[1].Value
            .Split(',', StringSplitOptions.TrimEntries)) + "]").Replace("\r\n", "\n") + "\n";
    }

    private static void Series(JsonObject root, int campus, JsonObject price, JsonObject carbon)
    {
        var node = root["campuses"]![campus]!.AsObject();
        node["priceUsdPerMwh"] = price;
        node["carbonGPerKwh"] = carbon;
    }

    private static JsonObject Lmp(string file, string format, string pricingNode, string? market = null)
    {
        var node = new JsonObject { ["lmpCsv"] = file, ["format"] = format, ["node"] = pricingNode };
        if (market is not null)
        {
            node["market"] = market;
        }

        return node;
    }

    private static JsonObject Carbon(string file, string format) =>
        new() { ["carbonJson"] = file, ["format"] = format };

    private static readonly System.Text.Encodings.Web.JavaScriptEncoder Encoder =
        System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    [GeneratedRegex(@"\[\s*(-?[0-9][-0-9.eE+]*(?:\s*,\s*-?[0-9][-0-9.eE+]*)*)\s*\]")]
    private static partial Regex NumberArray();
}
