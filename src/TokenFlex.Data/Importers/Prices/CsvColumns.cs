using System.Globalization;
using TokenFlex.Data.Csv;

namespace TokenFlex.Data.Importers.Prices;

/// <summary>Column access on a CSV table with messages that name the file, line and column.</summary>
internal sealed class CsvColumns(CsvTable table, string layout)
{
    public CsvTable Table { get; } = table;

    /// <summary>Index of a column (ignoring case), or -1.</summary>
    public int Find(params string[] names)
    {
        foreach (var name in names)
        {
            var index = Table.Header.ToList().FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Index of a required column; a missing one names the layout's columns.</summary>
    public int Require(string expectedColumns, params string[] names)
    {
        var index = Find(names);
        if (index >= 0)
        {
            return index;
        }

        var alternatives = names.Length == 1 ? $"'{names[0]}'" : string.Join(" or ", names.Select(n => $"'{n}'"));
        throw new ImportException($"{Table.Name} line 1: column {alternatives} is missing; the {layout} layout has the "
                                  + $"columns {expectedColumns}");
    }

    public static string Cell(CsvRow row, int index) => row.Cells[index].Trim();

    public double Number(CsvRow row, int index)
    {
        var text = Cell(row, index);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
        {
            return value;
        }

        var what = text.Length == 0 ? "the cell is empty; give a number" : $"'{text}' is not a number";
        throw new ImportException($"{Where(row, index)}: {what}");
    }

    public int Integer(CsvRow row, int index, int min, int max)
    {
        var text = Cell(row, index);
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max)
        {
            return value;
        }

        throw new ImportException($"{Where(row, index)}: '{text}' is not a whole number from {min} to {max}");
    }

    /// <summary>A time that states its offset (ISO 8601 / RFC 3339, with 'T' or a space).</summary>
    public DateTimeOffset Utc(CsvRow row, int index, string example)
    {
        var text = Cell(row, index);
        return ImportFiles.TryParseUtc(text, out var value)
            ? value
            : throw new ImportException($"{Where(row, index)}: '{text}' is not a time with an offset in the {layout} "
                                        + $"layout (e.g. {example})");
    }

    /// <summary>A UTC time in an exact invariant format (no offset in the text).</summary>
    public DateTimeOffset UtcExact(CsvRow row, int index, string format, string example)
    {
        var text = Cell(row, index);
        return DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? new DateTimeOffset(value, TimeSpan.Zero)
            : throw new ImportException($"{Where(row, index)}: '{text}' is not a time in the {layout} layout "
                                        + $"(e.g. {example})");
    }

    public string Where(CsvRow row, int index) => $"{Table.Name} line {row.LineNumber}, column '{Table.Header[index]}'";
}
