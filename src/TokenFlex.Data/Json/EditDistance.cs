namespace TokenFlex.Data.Json;

/// <summary>Suggests the intended name for a misspelt one (unknown fields, enum values, ids, CSV columns).</summary>
internal static class EditDistance
{
    /// <summary>Levenshtein distance, ignoring case.</summary>
    public static int Between(string a, string b)
    {
        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The closest candidate when it is close enough to be a plausible typo: at most half the longer name's
    /// length (at least 2) and fewer edits than the input has characters; otherwise null.
    /// </summary>
    public static string? Suggest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Between(input, candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        if (best is null)
        {
            return null;
        }

        var limit = Math.Max(2, Math.Max(input.Length, best.Length) / 2);
        return bestDistance <= limit && bestDistance < input.Length ? best : null;
    }

    /// <summary>"; did you mean 'x'?" or "; expected one of a, b, c" for an error message.</summary>
    public static string Hint(
        string input, IReadOnlyCollection<string> candidates, string listLabel = "expected one of")
    {
        var suggestion = Suggest(input, candidates);
        if (suggestion is not null)
        {
            var caseOnly = string.Equals(suggestion, input, StringComparison.OrdinalIgnoreCase);
            return $"; did you mean '{suggestion}'?" + (caseOnly ? " (names are case-sensitive)" : "");
        }

        return candidates.Count == 0 ? "" : $"; {listLabel}: {string.Join(", ", candidates.Take(30))}";
    }
}
