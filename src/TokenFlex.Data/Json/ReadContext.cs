using TokenFlex.Core.Domain;
using TokenFlex.Core.Time;
using TokenFlex.Core.Validation;
using TokenFlex.Data.Csv;

namespace TokenFlex.Data.Json;

/// <summary>
/// State of one scenario read: structural errors, the paths whose rule errors are hidden because a structural
/// error already covers them, the time grid (once known), the CSV cache and the configuration catalogue.
/// </summary>
internal sealed class ReadContext
{
    private readonly HashSet<string> _covered = new(StringComparer.Ordinal);

    public ReadContext(string baseDirectory, IReadOnlyList<ServingConfiguration> catalog)
    {
        Catalog = catalog;
        BaseDirectory = baseDirectory;
        Csv = new CsvCache(baseDirectory);
    }

    /// <summary>Directory that file references (CSV, LMP, carbon) are relative to.</summary>
    public string BaseDirectory { get; }

    /// <summary>Every carbon series read, with the kind its source states, for <see cref="CarbonSignalReader"/>.</summary>
    public List<CarbonSeriesTag> CarbonSeries { get; } = [];

    public IReadOnlyList<ServingConfiguration> Catalog { get; }

    public CsvCache Csv { get; }

    /// <summary>Structural errors found while reading (malformed values, missing or unknown fields, CSV).</summary>
    public ValidationCollector Errors { get; } = new();

    /// <summary>The time grid, or null while unknown or when it is invalid (series are then not aligned).</summary>
    public TimeGrid? Grid { get; set; }

    /// <summary>Adds a structural error; rule errors at or below <paramref name="path"/> are then hidden.</summary>
    public void Error(string path, string message, object? value = null)
    {
        Errors.Add(path, message, value);
        _covered.Add(path);
    }

    /// <summary>Hides rule errors at or below a path whose value was replaced by a placeholder.</summary>
    public void Cover(string path) => _covered.Add(path);

    /// <summary>True when a structural error covers <paramref name="path"/> or one of its ancestors.</summary>
    public bool IsCovered(string path)
    {
        if (_covered.Contains(path))
        {
            return true;
        }

        for (var i = path.Length - 1; i > 0; i--)
        {
            if (path[i] is '.' or '[' && _covered.Contains(path[..i]))
            {
                return true;
            }
        }

        return false;
    }
}
