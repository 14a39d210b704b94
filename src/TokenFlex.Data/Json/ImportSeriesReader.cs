using TokenFlex.Core.Domain;
using TokenFlex.Data.Importers;
using TokenFlex.Data.Importers.Carbon;
using TokenFlex.Data.Importers.Prices;

namespace TokenFlex.Data.Json;

/// <summary>
/// Reads SERIES given as import references: <c>{ "lmpCsv": file, "format": "caiso-oasis", "node": … }</c> for prices
/// and <c>{ "carbonJson"|"carbonCsv": file, "format": "electricitymaps", … }</c> for carbon. The file is read in
/// its own format, put on the time grid (<see cref="SeriesAlignment"/>) and, for carbon, its kind is recorded.
/// Any problem in the file is one error at the series' path whose message names the file and line or JSON path.
/// </summary>
internal static class ImportSeriesReader
{
    public static bool IsImport(JsonFields fields) =>
        fields.PresentKeys().Any(k => k is "lmpCsv" or "carbonJson" or "carbonCsv");

    public static double[] Read(JsonFields f, SeriesKind kind) =>
        f.PresentKeys().Contains("lmpCsv") ? ReadLmp(f, kind) : ReadCarbon(f, kind);

    private static double[] ReadLmp(JsonFields f, SeriesKind kind)
    {
        var file = f.RequiredString("lmpCsv");
        var formatText = f.RequiredString("format");
        var node = f.NullableString("node");
        var market = f.NullableString("market");
        var scale = f.Number("scale", 1);
        var fill = f.Enum("fillGaps", GapFill.None);
        f.Finish();
        var context = f.Context;
        if (kind != SeriesKind.Price)
        {
            return Fail(f, f.PathOf("lmpCsv"), "lmpCsv references are allowed for priceUsdPerMwh only");
        }

        if (!LmpCsvFormats.TryParse(formatText, out var format))
        {
            var names = LmpCsvFormats.All.Select(p => p.Name).ToList();
            return Fail(f, f.PathOf("format"), $"unknown LMP format '{formatText}'{EditDistance.Hint(formatText, names)}");
        }

        if (scale == 0 || !double.IsFinite(scale))
        {
            return Fail(f, f.PathOf("scale"), "scale must be a finite number other than 0");
        }

        if (file.Length == 0 || context.Grid is not { } grid)
        {
            context.Cover(f.Path);
            return [];
        }

        var table = context.Csv.Get(file);
        if (table.Problem is not null)
        {
            return Fail(f, f.Path, table.Problem);
        }

        return Import(f, () => SeriesAlignment.ToGrid(LmpCsvReader.FromTable(table, format, node, market), grid, fill))
            ?.Values.Select(v => v * scale).ToArray() ?? [];
    }

    private static double[] ReadCarbon(JsonFields f, SeriesKind kind)
    {
        var key = f.PresentKeys().Contains("carbonJson") ? "carbonJson" : "carbonCsv";
        var other = key == "carbonJson" ? "carbonCsv" : "carbonJson";
        var file = f.RequiredString(key);
        var formatText = f.RequiredString("format");
        var location = f.NullableString("location");
        CarbonSignalType? signalType = f.Has("signalType") ? f.Enum("signalType", CarbonSignalType.Average) : null;
        EmissionScope? scope = f.Has("scope") ? f.Enum("scope", EmissionScope.Lifecycle) : null;
        var shiftDays = f.Integer("shiftDays", 0);
        var fill = f.Enum("fillGaps", GapFill.None);
        var both = f.Has(other);
        f.Finish();
        if (kind != SeriesKind.Carbon)
        {
            return Fail(f, f.PathOf(key), $"{key} references are allowed for carbonGPerKwh only");
        }

        if (both)
        {
            return Fail(f, f.PathOf(other), "give one of carbonJson and carbonCsv");
        }

        if (!CarbonFormats.TryParse(formatText, out var format))
        {
            var names = CarbonFormats.All.Select(p => p.Name).ToList();
            return Fail(f, f.PathOf("format"), $"unknown carbon format '{formatText}'{EditDistance.Hint(formatText, names)}");
        }

        if (format.IsJson() != (key == "carbonJson"))
        {
            var right = format.IsJson() ? "carbonJson" : "carbonCsv";
            return Fail(f, f.PathOf("format"), $"format '{formatText}' is read with \"{right}\", not \"{key}\"");
        }

        if (file.Length == 0 || f.Context.Grid is not { } grid)
        {
            f.Context.Cover(f.Path);
            return [];
        }

        var path = Path.Combine(f.Context.BaseDirectory, file);
        var series = Import(f, () => CarbonFileReader.Read(path, file, format, location, scope).ShiftedByDays(shiftDays));
        if (series is null || !Consistent(f, series, signalType, scope))
        {
            return [];
        }

        f.Context.CarbonSeries.Add(new CarbonSeriesTag(f.Path, series.SignalType ?? signalType,
            series.Scope ?? scope, $"{file} ({series.Provider})", Imported: true));
        return Import(f, () => SeriesAlignment.ToGrid(series, grid, fill))?.Values ?? [];
    }

    /// <summary>The kind the file states must agree with what the reference declares.</summary>
    private static bool Consistent(JsonFields f, TimedSeries series, CarbonSignalType? type, EmissionScope? scope)
    {
        if (series.SignalType is { } fileType && type is { } declaredType && fileType != declaredType)
        {
            Fail(f, f.PathOf("signalType"), $"{series.Source} holds {Lower(fileType)} carbon ({series.Provider}) but "
                                             + $"signalType says {Lower(declaredType)}; remove signalType or use a "
                                             + "source of that kind");
            return false;
        }

        if (series.Scope is { } fileScope && scope is { } declaredScope && fileScope != declaredScope)
        {
            Fail(f, f.PathOf("scope"), $"{series.Source} holds {Lower(fileScope)} emission factors "
                                       + $"({series.Provider}) but scope says {Lower(declaredScope)}; remove scope or "
                                       + "use a source of that kind");
            return false;
        }

        return true;
    }

    private static T? Import<T>(JsonFields f, Func<T> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (ImportException e)
        {
            Fail(f, f.Path, e.Message);
            return null;
        }
    }

    private static double[] Fail(JsonFields f, string path, string message)
    {
        f.Context.Error(path, message);
        f.Context.Cover(f.Path);
        return [];
    }

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
