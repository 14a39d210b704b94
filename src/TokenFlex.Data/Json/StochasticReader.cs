using System.Text.Json;
using TokenFlex.Core.Domain;

namespace TokenFlex.Data.Json;

/// <summary>Reads the stage-2 scenarios of the two-stage stochastic model (<c>stochasticScenarios</c>).</summary>
internal static class StochasticReader
{
    public static StochasticScenario Read(JsonFields f)
    {
        var scenario = ReadOverlay(f, f.RequiredString("id"), f.RequiredNumber("probability"));
        f.Finish();
        return scenario;
    }

    /// <summary>The realised-data fields of a scenario (without finishing the object, so callers may read more keys).</summary>
    public static StochasticScenario ReadOverlay(JsonFields f, string id, double probability)
    {
        return new StochasticScenario
        {
            Id = id,
            Probability = probability,
            PriceUsdPerMwh = SeriesByName(f, "priceUsdPerMwh"),
            CarbonGPerKwh = SeriesByName(f, "carbonGPerKwh"),
            PvAvailableKw = SeriesByName(f, "pvAvailableKw"),
            Demand = f.Objects("demand", required: false).Select(WorkloadReader.ReadDemand).ToList(),
            EventCalled = Flags(f, "eventCalled"),
        };
    }

    /// <summary>An object of SERIES keyed by campus id; empty when absent.</summary>
    private static Dictionary<string, double[]> SeriesByName(JsonFields f, string key)
    {
        var series = new Dictionary<string, double[]>(StringComparer.Ordinal);
        if (f.Get(key) is not { } map)
        {
            return series;
        }

        if (map.ValueKind != JsonValueKind.Object)
        {
            f.Context.Error(f.PathOf(key), $"{key} must be an object {{ \"campusId\": SERIES }}, got {JsonFields.Describe(map)}",
                JsonFields.Raw(map));
            return series;
        }

        foreach (var property in map.EnumerateObject())
        {
            series[property.Name] = SeriesReader.Read(property.Value, $"{f.PathOf(key)}['{property.Name}']", f.Context);
        }

        return series;
    }

    /// <summary>An object of booleans keyed by DR event id; empty when absent.</summary>
    private static Dictionary<string, bool> Flags(JsonFields f, string key)
    {
        var flags = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (f.Get(key) is not { } map)
        {
            return flags;
        }

        if (map.ValueKind != JsonValueKind.Object)
        {
            f.Context.Error(f.PathOf(key), $"{key} must be an object {{ \"eventId\": true|false }}, got {JsonFields.Describe(map)}",
                JsonFields.Raw(map));
            return flags;
        }

        foreach (var property in map.EnumerateObject())
        {
            flags[property.Name] = JsonValues.Boolean(property.Value, $"{f.PathOf(key)}['{property.Name}']", f.Context, false);
        }

        return flags;
    }
}
