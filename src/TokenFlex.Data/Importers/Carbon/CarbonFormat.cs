namespace TokenFlex.Data.Importers.Carbon;

/// <summary>Carbon-intensity file formats that <see cref="CarbonFileReader"/> reads.</summary>
public enum CarbonFormat
{
    /// <summary>
    /// Electricity Maps API v3 carbon-intensity responses (latest, history, past, past-range, forecast):
    /// <c>{zone, history|data|forecast: [{carbonIntensity, datetime, emissionFactorType, …}], updatedAt}</c>.
    /// Average intensity in gCO₂eq/kWh; life-cycle or direct as <c>emissionFactorType</c> says.
    /// </summary>
    ElectricityMaps,

    /// <summary>
    /// WattTime API v3 <c>/v3/historical</c> or <c>/v3/forecast</c> responses:
    /// <c>{data: [{point_time, value}], meta: {region, signal_type, units, data_point_period_seconds, generated_at}}</c>.
    /// <c>co2_moer</c> is marginal, <c>co2_aoer</c> average; both count direct emissions; lbs/MWh are converted to
    /// g/kWh (× 0.45359237).
    /// </summary>
    WattTime,

    /// <summary>
    /// Green Software Foundation Carbon Aware SDK: the JSON data-source file
    /// (<c>{"Emissions": [{Location, Time, Rating, Duration}]}</c> or a bare array), Web API emissions results
    /// (<c>[{location, time, rating, duration}]</c>) and forecasts (<c>[{location, forecastData: [{timestamp,
    /// duration, value}]}]</c>). g/kWh; the format does not say whether ratings are average or marginal.
    /// </summary>
    CarbonAwareSdk,

    /// <summary>
    /// The Electricity Maps data-portal CSV export: <c>Datetime (UTC)</c>, <c>Zone id</c> and the direct and
    /// life-cycle intensity columns (gCO₂eq/kWh, average).
    /// </summary>
    ElectricityMapsCsv,
}

/// <summary>Names of <see cref="CarbonFormat"/> as written in scenarios.</summary>
public static class CarbonFormats
{
    /// <summary>Every format with its name.</summary>
    public static IReadOnlyList<(CarbonFormat Format, string Name)> All { get; } =
    [
        (CarbonFormat.ElectricityMaps, "electricitymaps"),
        (CarbonFormat.WattTime, "watttime"),
        (CarbonFormat.CarbonAwareSdk, "carbon-aware-sdk"),
        (CarbonFormat.ElectricityMapsCsv, "electricitymaps-csv"),
    ];

    /// <summary>The name of a format, e.g. <c>electricitymaps</c>.</summary>
    public static string Name(this CarbonFormat format) => All.First(f => f.Format == format).Name;

    /// <summary>True for the formats that are JSON documents.</summary>
    public static bool IsJson(this CarbonFormat format) => format != CarbonFormat.ElectricityMapsCsv;

    /// <summary>Parses a format name, ignoring case.</summary>
    public static bool TryParse(string text, out CarbonFormat format)
    {
        foreach (var (value, name) in All)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                format = value;
                return true;
            }
        }

        format = default;
        return false;
    }
}
