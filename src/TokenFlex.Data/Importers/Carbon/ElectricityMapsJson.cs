using System.Text.Json;
using TokenFlex.Core.Domain;

namespace TokenFlex.Data.Importers.Carbon;

/// <summary>
/// Electricity Maps API v3 carbon-intensity responses. <c>datetime</c> is the interval start; the length is
/// <c>temporalGranularity</c> when given (<c>5_minutes</c>, <c>15_minutes</c>, <c>hourly</c>, <c>daily</c>), else the
/// spacing of the values (hourly for a single value). A null <c>carbonIntensity</c> is a missing value.
/// </summary>
internal static class ElectricityMapsJson
{
    private static readonly string[] ArrayKeys = ["history", "data", "forecast"];

    public static TimedSeries Parse(JsonElement root, string name, string? zone)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ImportException($"{name} $: expected an Electricity Maps response object, got "
                                      + ImportFiles.Describe(root));
        }

        var fileZone = ImportFiles.Property(root, "zone") is { } z ? ImportFiles.Text(z, name, "$.zone") : "";
        if (zone is not null && fileZone.Length > 0 && fileZone != zone)
        {
            throw new ImportException($"{name} $.zone: the file is for zone '{fileZone}', not '{zone}'");
        }

        var entries = Entries(root, name);
        var scope = Scope(root, name, "$", null);
        var granularity = Granularity(root, name, "$");
        var points = new List<(DateTimeOffset Start, double Value, string Path)>();
        foreach (var (entry, path) in entries)
        {
            scope = Scope(entry, name, path, scope);
            granularity ??= Granularity(entry, name, path);
            var start = ImportFiles.Time(ImportFiles.Required(entry, "datetime", name, path), name, $"{path}.datetime");
            if (ImportFiles.Property(entry, "carbonIntensity") is { } value)
            {
                points.Add((start, ImportFiles.Number(value, name, $"{path}.carbonIntensity"), path));
            }
        }

        var length = granularity ?? IntervalLength.Infer(points.Select(p => p.Start), TimeSpan.FromHours(1), name);
        return new TimedSeries
        {
            Source = name,
            Points = points.OrderBy(p => p.Start).Select(p => new TimedValue(p.Start, length, p.Value, p.Path)).ToList(),
            Unit = CarbonFileReader.Unit,
            Location = zone ?? fileZone,
            Provider = "Electricity Maps",
            SignalType = CarbonSignalType.Average,
            Scope = scope,
            GeneratedAtUtc = ImportFiles.Property(root, "updatedAt") is { } u
                ? ImportFiles.Time(u, name, "$.updatedAt") : null,
        };
    }

    private static List<(JsonElement Element, string Path)> Entries(JsonElement root, string name)
    {
        foreach (var key in ArrayKeys)
        {
            if (ImportFiles.Property(root, key) is { } array)
            {
                return CarbonFileReader.Items(CarbonFileReader.Array(array, name, $"$.{key}"), $"$.{key}").ToList();
            }
        }

        return ImportFiles.Property(root, "carbonIntensity") is not null
            ? [(root, "$")]
            : throw new ImportException($"{name} $: no 'history', 'data', 'forecast' or 'carbonIntensity' field; "
                                        + "expected an Electricity Maps v3 carbon-intensity response");
    }

    private static EmissionScope? Scope(JsonElement element, string name, string path, EmissionScope? known)
    {
        if (ImportFiles.Property(element, "emissionFactorType") is not { } value)
        {
            return known;
        }

        var text = ImportFiles.Text(value, name, $"{path}.emissionFactorType");
        EmissionScope scope = text.ToUpperInvariant() switch
        {
            "LIFECYCLE" => EmissionScope.Lifecycle,
            "DIRECT" => EmissionScope.Direct,
            _ => throw new ImportException($"{name} {path}.emissionFactorType: '{text}' is neither 'lifecycle' nor "
                                           + "'direct'"),
        };
        return known is null || known == scope ? scope
            : throw new ImportException($"{name} {path}.emissionFactorType: '{text}' differs from the "
                                        + $"{known.ToString()!.ToLowerInvariant()} values before it; one file holds one "
                                        + "kind");
    }

    private static TimeSpan? Granularity(JsonElement element, string name, string path)
    {
        if (ImportFiles.Property(element, "temporalGranularity") is not { } value)
        {
            return null;
        }

        var text = ImportFiles.Text(value, name, $"{path}.temporalGranularity");
        return text switch
        {
            "5_minutes" => TimeSpan.FromMinutes(5),
            "15_minutes" => TimeSpan.FromMinutes(15),
            "hourly" => TimeSpan.FromHours(1),
            "daily" => TimeSpan.FromDays(1),
            _ => throw new ImportException($"{name} {path}.temporalGranularity: '{text}' is not one of 5_minutes, "
                                           + "15_minutes, hourly, daily"),
        };
    }
}
