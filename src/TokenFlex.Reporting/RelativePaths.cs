using System.Buffers;

namespace TokenFlex.Reporting;

/// <summary>
/// Names of files inside an output directory: relative, '/'-separated, portable, and never able to
/// point outside the directory (a manifest on disk is untrusted input, since its names decide what gets deleted).
/// </summary>
internal static class RelativePaths
{
    private static readonly SearchValues<char> NotPortable = SearchValues.Create("<>:\"\\|?*/");

    /// <summary>
    /// True for one portable path segment: not empty, no separator, no leading dot, no control or reserved characters.
    /// </summary>
    public static bool IsSafeSegment(string segment) =>
        segment.Length is > 0 and <= 128
        && segment[0] != '.'
        && !segment.EndsWith(' ')
        && !segment.EndsWith('.')
        && segment.AsSpan().IndexOfAny(NotPortable) < 0
        && !segment.Any(char.IsControl);

    /// <summary>True for a '/'-separated name whose every segment is safe.</summary>
    public static bool IsSafe(string name) => name.Length > 0 && name.Split('/').All(IsSafeSegment);

    /// <summary>Throws unless <paramref name="name"/> is safe.</summary>
    public static void Validate(string name, string parameterName)
    {
        if (!IsSafe(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a portable relative file name: use '/'-separated segments without leading dots, "
                + "control characters or any of <>:\"\\|?*.", parameterName);
        }
    }

    /// <summary>The full path of a safe relative name under <paramref name="root"/>.</summary>
    public static string Combine(string root, string name) =>
        Path.Combine([root, .. name.Split('/')]);
}
