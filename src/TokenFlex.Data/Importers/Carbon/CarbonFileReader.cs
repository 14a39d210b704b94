using System.Text.Json;
using TokenFlex.Core.Domain;

namespace TokenFlex.Data.Importers.Carbon;

/// <summary>
/// Reads a carbon-intensity file (<see cref="CarbonFormat"/>) into a <see cref="TimedSeries"/> in gCO₂/kWh that
/// carries the signal type and scope the source states.
/// </summary>
public static class CarbonFileReader
{
    /// <summary>Unit of every carbon series after conversion.</summary>
    public const string Unit = "gCO2/kWh";

    /// <summary>Reads a file.</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="name">Name for messages; the file name when null.</param>
    /// <param name="format">File format.</param>
    /// <param name="location">Zone, region or location to keep when the file holds several; optional otherwise.</param>
    /// <param name="scope">For the Electricity Maps CSV export: which of its two columns to read.</param>
    /// <exception cref="ImportException">The file is missing or malformed.</exception>
    public static TimedSeries Read(string path, string? name, CarbonFormat format, string? location = null,
        EmissionScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        name ??= Path.GetFileName(path);
        if (format == CarbonFormat.ElectricityMapsCsv)
        {
            return ElectricityMapsCsv.Read(ImportFiles.ReadCsv(path, name), location, scope);
        }

        return Parse(ImportFiles.ReadText(path, name), name, format, location);
    }

    /// <summary>Reads JSON text in one of the JSON formats (also used by the live clients on API responses).</summary>
    /// <param name="json">The document.</param>
    /// <param name="name">Name for messages.</param>
    /// <param name="format">A JSON format.</param>
    /// <param name="location">Zone, region or location to keep; optional when the document has one.</param>
    public static TimedSeries Parse(string json, string name, CarbonFormat format, string? location = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(name);
        using var document = ImportFiles.ParseJson(json, name);
        var root = document.RootElement;
        return format switch
        {
            CarbonFormat.ElectricityMaps => ElectricityMapsJson.Parse(root, name, location),
            CarbonFormat.WattTime => WattTimeJson.Parse(root, name, location),
            CarbonFormat.CarbonAwareSdk => CarbonAwareSdkJson.Parse(root, name, location),
            _ => throw new ArgumentException($"{format} is not a JSON format.", nameof(format)),
        };
    }

    /// <summary>The elements of a JSON array with their paths.</summary>
    internal static IEnumerable<(JsonElement Element, string Path)> Items(JsonElement array, string path) =>
        array.EnumerateArray().Select((e, i) => (e, $"{path}[{i}]"));

    internal static JsonElement Array(JsonElement element, string name, string path) =>
        element.ValueKind == JsonValueKind.Array
            ? element
            : throw new ImportException($"{name} {path}: expected an array, got {ImportFiles.Describe(element)}");
}
