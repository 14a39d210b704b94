using System.Text.Json;
using TokenFlex.Core.Domain;

namespace TokenFlex.Data.Importers.Carbon;

/// <summary>
/// WattTime API v3 signal responses (<c>/v3/historical</c>, <c>/v3/forecast</c>). <c>point_time</c> is the interval
/// start and <c>meta.data_point_period_seconds</c> its length (else the spacing, 5 minutes for a single point).
/// MOER and AOER count direct (combustion) emissions.
/// </summary>
internal static class WattTimeJson
{
    /// <summary>g/kWh per lb/MWh: 453.59237 g/lb ÷ 1000 kWh/MWh.</summary>
    public const double GramsPerKwhPerPoundPerMwh = 0.45359237;

    public static TimedSeries Parse(JsonElement root, string name, string? region)
    {
        var meta = ImportFiles.Required(root, "meta", name, "$");
        var signal = ImportFiles.Text(ImportFiles.Required(meta, "signal_type", name, "$.meta"), name, "$.meta.signal_type");
        var type = signal switch
        {
            "co2_moer" => CarbonSignalType.Marginal,
            "co2_aoer" => CarbonSignalType.Average,
            _ => throw new ImportException($"{name} $.meta.signal_type: '{signal}' is not a carbon intensity; use "
                                           + "co2_moer (marginal) or co2_aoer (average)"),
        };
        var factor = UnitFactor(meta, name);
        var fileRegion = ImportFiles.Property(meta, "region") is { } r ? ImportFiles.Text(r, name, "$.meta.region") : "";
        if (region is not null && fileRegion.Length > 0 && region != fileRegion)
        {
            throw new ImportException($"{name} $.meta.region: the file is for region '{fileRegion}', not '{region}'");
        }

        var data = CarbonFileReader.Array(ImportFiles.Required(root, "data", name, "$"), name, "$.data");
        var points = new List<(DateTimeOffset Start, double Value, string Path)>();
        foreach (var (item, path) in CarbonFileReader.Items(data, "$.data"))
        {
            if (ImportFiles.Property(item, "forecast") is not null)
            {
                throw new ImportException($"{name} {path}: this is a batch of historical forecasts; save one forecast "
                                          + "(its 'data' array and 'meta') as the file");
            }

            var start = ImportFiles.Time(ImportFiles.Required(item, "point_time", name, path), name, $"{path}.point_time");
            var value = ImportFiles.Number(ImportFiles.Required(item, "value", name, path), name, $"{path}.value");
            points.Add((start, value * factor, path));
        }

        var length = ImportFiles.Property(meta, "data_point_period_seconds") is { } seconds
            ? TimeSpan.FromSeconds(ImportFiles.Number(seconds, name, "$.meta.data_point_period_seconds"))
            : IntervalLength.Infer(points.Select(p => p.Start), TimeSpan.FromMinutes(5), name);
        return new TimedSeries
        {
            Source = name,
            Points = points.OrderBy(p => p.Start).Select(p => new TimedValue(p.Start, length, p.Value, p.Path)).ToList(),
            Unit = CarbonFileReader.Unit,
            Location = region ?? fileRegion,
            Provider = $"WattTime {signal}",
            SignalType = type,
            Scope = EmissionScope.Direct,
            GeneratedAtUtc = ImportFiles.Property(meta, "generated_at") is { } g
                ? ImportFiles.Time(g, name, "$.meta.generated_at") : null,
        };
    }

    private static double UnitFactor(JsonElement meta, string name)
    {
        var units = ImportFiles.Text(ImportFiles.Required(meta, "units", name, "$.meta"), name, "$.meta.units");
        return units switch
        {
            "lbs_co2_per_mwh" => GramsPerKwhPerPoundPerMwh,
            "kg_co2_per_mwh" or "g_co2_per_kwh" => 1,
            _ => throw new ImportException($"{name} $.meta.units: '{units}' is not an emission rate; expected "
                                           + "lbs_co2_per_mwh, kg_co2_per_mwh or g_co2_per_kwh"),
        };
    }
}
