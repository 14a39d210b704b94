namespace TokenFlex.Data.Importers;

/// <summary>The interval length of a series whose rows give only start times.</summary>
internal static class IntervalLength
{
    /// <summary>
    /// The most frequent spacing between consecutive distinct starts (longer spacings are gaps); the fallback when
    /// there is a single start.
    /// </summary>
    public static TimeSpan Infer(IEnumerable<DateTimeOffset> starts, TimeSpan? fallback, string file)
    {
        var ordered = starts.Distinct().Order().ToList();
        var steps = ordered.Zip(ordered.Skip(1), (a, b) => b - a).ToList();
        if (steps.Count > 0)
        {
            return steps.GroupBy(d => d).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        }

        return fallback ?? throw new ImportException(
            $"{file}: one interval start alone does not tell the interval length; give at least two values");
    }
}
