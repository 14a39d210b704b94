using TokenFlex.Core.Time;
using TokenFlex.Data.Json;

namespace TokenFlex.Data.Csv;

/// <summary>One data row of a CSV file with its 1-based line number.</summary>
/// <param name="LineNumber">Line in the file (the header is line 1).</param>
/// <param name="Cells">The row's fields.</param>
internal sealed record CsvRow(int LineNumber, IReadOnlyList<string> Cells);

/// <summary>
/// A parsed CSV file of time series: a header row, a <c>time</c> column and numeric columns. A file that could
/// not be read carries its <see cref="Problem"/> instead of rows. Each problem is reported in full once; later
/// references to the same file point back to it.
/// </summary>
internal sealed class CsvTable
{
    public const string TimeColumn = "time";

    private string? _timeProblem;
    private TimeGrid? _checkedGrid;

    /// <summary>File name as the scenario refers to it.</summary>
    public required string Name { get; init; }

    public IReadOnlyList<string> Header { get; init; } = [];

    public IReadOnlyList<CsvRow> Rows { get; init; } = [];

    /// <summary>Why the file cannot be used (not found, not UTF-8, wrong separator …), or null.</summary>
    public string? Problem { get; init; }

    public bool ProblemReported { get; set; }

    public bool TimeProblemReported { get; set; }

    public int ColumnIndex(string column) => Header.ToList().IndexOf(column);

    /// <summary>
    /// Why the <c>time</c> column does not match <paramref name="grid"/> exactly (first mismatching line, or a row
    /// count that differs from the number of periods), or null. Computed once per grid.
    /// </summary>
    public string? TimeProblem(TimeGrid grid)
    {
        if (!ReferenceEquals(_checkedGrid, grid))
        {
            _timeProblem = CheckTime(grid);
            _checkedGrid = grid;
        }

        return _timeProblem;
    }

    private string? CheckTime(TimeGrid grid)
    {
        var timeIndex = Header.ToList()
            .FindIndex(h => string.Equals(h, TimeColumn, StringComparison.OrdinalIgnoreCase));
        if (timeIndex < 0)
        {
            return $"{Name} has no '{TimeColumn}' column; add one with the UTC start of each period "
                   + "(RFC 3339, e.g. 2025-07-15T00:00:00Z)";
        }

        for (var t = 0; t < Math.Min(Rows.Count, grid.PeriodCount); t++)
        {
            var cell = Rows[t].Cells[timeIndex].Trim();
            var expected = grid.PeriodStartUtc(t).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ");
            if (!JsonValues.TryParseTimestamp(cell, out var time))
            {
                return $"{Name} line {Rows[t].LineNumber}: time '{cell}' is not an RFC 3339 timestamp; expected "
                       + expected;
            }

            if (time != grid.PeriodStartUtc(t))
            {
                return $"{Name} line {Rows[t].LineNumber}: time '{cell}' does not match the time grid; period {t} "
                       + $"starts at {expected}";
            }
        }

        return Rows.Count == grid.PeriodCount
            ? null
            : $"{Name} has {Rows.Count} data rows but the time grid has {grid.PeriodCount} periods; give one row per "
              + "period";
    }
}

/// <summary>CSV files of one scenario read, each loaded once, by full path.</summary>
internal sealed class CsvCache(string baseDirectory)
{
    private readonly Dictionary<string, CsvTable> _tables = new(StringComparer.Ordinal);

    /// <summary>The file at <paramref name="relativePath"/> (relative to the scenario's directory).</summary>
    public CsvTable Get(string relativePath)
    {
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(Path.Combine(baseDirectory, relativePath));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            var problem = $"'{relativePath}' is not a valid file path: {e.Message}";
            return new CsvTable { Name = relativePath, Problem = problem };
        }

        if (!_tables.TryGetValue(fullPath, out var table))
        {
            table = CsvParser.Load(fullPath, relativePath);
            _tables[fullPath] = table;
        }

        return table;
    }
}
