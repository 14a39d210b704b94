using System.Globalization;
using System.Text.Json;
using TokenFlex.Data.Csv;

namespace TokenFlex.Data.Json;

/// <summary>
/// Reads a SERIES value: an array of numbers (one per period), a single number (the same value in every
/// period) or a CSV reference <c>{ "csv": "prices.csv", "column": "phx", "scale": 1 }</c>.
/// </summary>
internal static class SeriesReader
{
    /// <summary>Most bad cells listed per CSV column before the rest is counted.</summary>
    private const int MaxCellErrors = 5;

    public static double[] Read(JsonElement element, string path, ReadContext context, SeriesKind kind = SeriesKind.Plain)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var fields = JsonFields.Of(element, path, context);
            if (ImportSeriesReader.IsImport(fields))
            {
                return ImportSeriesReader.Read(fields, kind);
            }

            var file = element.TryGetProperty("csv", out var csv) ? JsonFields.Raw(csv) : "a CSV file";
            Untagged(kind, path, context, $"a column of {file}");
            return ReadCsv(fields);
        }

        Untagged(kind, path, context, "numbers given in the scenario");
        return element.ValueKind switch
        {
            JsonValueKind.Array => element.EnumerateArray()
                .Select((item, t) => JsonValues.Number(item, $"{path}[{t}]", context)).ToArray(),
            JsonValueKind.Number => Constant(JsonValues.Number(element, path, context), context),
            _ => Invalid(element, path, context),
        };
    }

    /// <summary>Records a carbon series whose source does not state its kind (numbers or a plain CSV column).</summary>
    private static void Untagged(SeriesKind kind, string path, ReadContext context, string origin)
    {
        if (kind == SeriesKind.Carbon)
        {
            context.CarbonSeries.Add(new CarbonSeriesTag(path, null, null, origin, Imported: false));
        }
    }

    private static double[] Constant(double value, ReadContext context) =>
        Enumerable.Repeat(value, context.Grid?.PeriodCount ?? 0).ToArray();

    private static double[] Invalid(JsonElement element, string path, ReadContext context)
    {
        context.Error(path, $"{JsonValues.Field(path)} must be a series: an array of numbers, a single number or "
                            + $"{{ \"csv\": file, \"column\": name }}; got {JsonFields.Describe(element)}",
            JsonFields.Raw(element));
        return [];
    }

    private static double[] ReadCsv(JsonFields fields)
    {
        var file = fields.RequiredString("csv");
        var column = fields.RequiredString("column");
        var scale = fields.Number("scale", 1);
        fields.Finish();
        var context = fields.Context;
        if (scale == 0)
        {
            context.Error(fields.PathOf("scale"), "scale must not be 0; it multiplies every value (e.g. 1000 for "
                                                  + "MW → kW)", scale);
        }

        ReportEmpty(fields, "csv", file, "a file name relative to the scenario, e.g. \"prices.csv\"");
        ReportEmpty(fields, "column", column, "the name of a data column in the CSV header");
        if (file.Length == 0 || column.Length == 0 || !double.IsFinite(scale) || scale == 0)
        {
            context.Cover(fields.Path);
            return [];
        }

        var table = context.Csv.Get(file);
        if (!Usable(table, fields.Path, context))
        {
            return [];
        }

        var index = table.ColumnIndex(column);
        if (index < 0 || string.Equals(column, CsvTable.TimeColumn, StringComparison.OrdinalIgnoreCase))
        {
            var columns = table.Header.Where(h => !h.Equals(CsvTable.TimeColumn, StringComparison.OrdinalIgnoreCase));
            context.Error(fields.PathOf("column"), $"{file} has no data column '{column}'"
                                                   + EditDistance.Hint(column, columns.ToList(), "columns"), column);
            context.Cover(fields.Path);
            return [];
        }

        return Column(table, index, scale, fields.Path, context);
    }

    /// <summary>Reports a key given as an empty string (a missing key is reported by the getter).</summary>
    private static void ReportEmpty(JsonFields fields, string key, string value, string expected)
    {
        if (value.Length == 0 && fields.Has(key))
        {
            fields.Context.Error(fields.PathOf(key), $"{key} is empty; give {expected}");
        }
    }

    private static bool Usable(CsvTable table, string path, ReadContext context)
    {
        if (table.Problem is not null)
        {
            context.Error(path, table.ProblemReported ? $"{table.Name} cannot be used (see the first error about it)"
                : table.Problem);
            table.ProblemReported = true;
            return false;
        }

        if (context.Grid is not { } grid || table.TimeProblem(grid) is not { } timeProblem)
        {
            return true;
        }

        context.Error(path, table.TimeProblemReported
            ? $"{table.Name} does not match the time grid (see the first error about it)"
            : timeProblem);
        table.TimeProblemReported = true;
        return false;
    }

    private static double[] Column(CsvTable table, int index, double scale, string path, ReadContext context)
    {
        var values = new double[table.Rows.Count];
        var failures = 0;
        for (var t = 0; t < values.Length; t++)
        {
            var cell = table.Rows[t].Cells[index];
            if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && double.IsFinite(value))
            {
                values[t] = value * scale;
                continue;
            }

            values[t] = double.NaN;
            if (++failures <= MaxCellErrors)
            {
                var what = cell.Length == 0 ? "the cell is empty; give a number"
                    : double.IsNaN(value) || double.IsInfinity(value) ? $"'{cell}' is not a finite number"
                    : $"'{cell}' is not a number";
                context.Error(path, $"{table.Name} line {table.Rows[t].LineNumber}, column "
                                    + $"'{table.Header[index]}': {what}", cell.Length == 0 ? null : cell);
            }
        }

        if (failures > MaxCellErrors)
        {
            context.Error(path, $"{failures - MaxCellErrors} more cells of column '{table.Header[index]}' in "
                                + $"{table.Name} are not numbers");
        }

        return values;
    }
}
