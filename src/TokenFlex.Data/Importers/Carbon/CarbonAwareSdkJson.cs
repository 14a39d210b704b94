using System.Globalization;
using System.Text.Json;

namespace TokenFlex.Data.Importers.Carbon;

/// <summary>
/// Carbon Aware SDK shapes: <c>EmissionsData</c> lists (JSON data-source file, with or without the
/// <c>Emissions</c> wrapper, and Web API <c>/emissions/bylocations</c> results) and forecasts
/// (<c>/emissions/forecasts/current</c>: <c>forecastData</c> points whose <c>duration</c> is in minutes). Keys are
/// matched ignoring case (the file uses PascalCase, the Web API camelCase). Ratings are g/kWh.
/// </summary>
internal static class CarbonAwareSdkJson
{
    public static TimedSeries Parse(JsonElement root, string name, string? location)
    {
        var (array, path) = root.ValueKind == JsonValueKind.Object
            ? (ImportFiles.Required(root, "Emissions", name, "$", ignoreCase: true), "$.Emissions")
            : (root, "$");
        var items = CarbonFileReader.Items(CarbonFileReader.Array(array, name, path), path).ToList();
        var forecast = items.Count > 0 && ImportFiles.Property(items[0].Element, "forecastData", true) is not null;
        var points = forecast ? ForecastPoints(items, name) : EmissionPoints(items, name);
        var locations = points.Select(p => p.Location).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (location is null && locations.Count > 1)
        {
            throw new ImportException($"{name} holds {locations.Count} locations ({string.Join(", ", locations)}); "
                                      + "choose one with \"location\"");
        }

        var chosen = location ?? locations.FirstOrDefault() ?? "";
        var kept = points.Where(p => p.Location == chosen).ToList();
        if (kept.Count == 0 && points.Count > 0)
        {
            throw new ImportException($"{name} has no ratings for location '{chosen}'; locations in the file: "
                                      + string.Join(", ", locations));
        }

        return new TimedSeries
        {
            Source = name,
            Points = kept.OrderBy(p => p.Value.StartUtc).Select(p => p.Value).ToList(),
            Unit = CarbonFileReader.Unit,
            Location = chosen,
            Provider = "Carbon Aware SDK",
        };
    }

    private static List<(string Location, TimedValue Value)> EmissionPoints(
        List<(JsonElement Element, string Path)> items, string name)
    {
        var points = new List<(string, TimedValue)>();
        foreach (var (item, path) in items)
        {
            var location = Text(item, "location", name, path);
            var time = ImportFiles.Time(ImportFiles.Required(item, "time", name, path, true), name, $"{path}.Time");
            var rating = ImportFiles.Number(ImportFiles.Required(item, "rating", name, path, true), name, $"{path}.Rating");
            var duration = Duration(ImportFiles.Required(item, "duration", name, path, true), name, $"{path}.Duration");
            points.Add((location, new TimedValue(time, duration, rating, path)));
        }

        return points;
    }

    private static List<(string Location, TimedValue Value)> ForecastPoints(
        List<(JsonElement Element, string Path)> items, string name)
    {
        var points = new List<(string, TimedValue)>();
        foreach (var (forecast, forecastPath) in items)
        {
            var data = ImportFiles.Required(forecast, "forecastData", name, forecastPath, true);
            var dataPath = $"{forecastPath}.forecastData";
            foreach (var (item, path) in CarbonFileReader.Items(CarbonFileReader.Array(data, name, dataPath), dataPath))
            {
                var location = Text(item, "location", name, path);
                var time = ImportFiles.Time(ImportFiles.Required(item, "timestamp", name, path, true), name,
                    $"{path}.timestamp");
                var value = ImportFiles.Number(ImportFiles.Required(item, "value", name, path, true), name, $"{path}.value");
                var duration = Duration(ImportFiles.Required(item, "duration", name, path, true), name, $"{path}.duration");
                points.Add((location, new TimedValue(time, duration, value, path)));
            }
        }

        return points;
    }

    private static string Text(JsonElement item, string key, string name, string path) =>
        ImportFiles.Text(ImportFiles.Required(item, key, name, path, true), name, $"{path}.{key}");

    /// <summary>A TimeSpan text ("01:00:00", "00:05:00") or a number of minutes (forecast data points).</summary>
    private static TimeSpan Duration(JsonElement element, string name, string path)
    {
        TimeSpan duration;
        if (element.ValueKind == JsonValueKind.Number)
        {
            duration = TimeSpan.FromMinutes(ImportFiles.Number(element, name, path));
        }
        else if (!TimeSpan.TryParse(ImportFiles.Text(element, name, path), CultureInfo.InvariantCulture, out duration))
        {
            throw new ImportException($"{name} {path}: '{element.GetString()}' is not a duration like 01:00:00");
        }

        return duration > TimeSpan.Zero ? duration
            : throw new ImportException($"{name} {path}: the duration must be positive");
    }
}
