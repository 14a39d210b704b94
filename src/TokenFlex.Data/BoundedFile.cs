namespace TokenFlex.Data;

/// <summary>
/// Reads whole input files with a size cap, so that a wrong path (a disk image, a log, a device) is reported
/// instead of filling the memory. Scenario and CSV files share the cap <see cref="MaxBytes"/>.
/// </summary>
public static class BoundedFile
{
    /// <summary>Largest scenario or CSV file read [bytes] (256 MiB).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>
    /// Reads a file of at most <paramref name="maxBytes"/> bytes; returns null when it is larger. Throws the usual
    /// I/O exceptions (not found, access denied …), which callers turn into validation messages.
    /// </summary>
    /// <param name="path">File to read.</param>
    /// <param name="maxBytes">Size cap [bytes].</param>
    /// <returns>The file's bytes, or null when the file exceeds the cap.</returns>
    public static byte[]? ReadAllBytes(string path, long maxBytes = MaxBytes)
    {
        if (Directory.Exists(path))
        {
            throw new UnauthorizedAccessException($"'{path}' is a directory, not a file.");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.CanSeek && stream.Length > maxBytes)
        {
            return null;
        }

        // Devices and pipes report no length: read until the cap is passed.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The message for a file over the cap: what the limit is and what to do.</summary>
    /// <param name="name">The file's name as the user gave it.</param>
    /// <param name="maxBytes">The cap [bytes].</param>
    public static string TooLargeMessage(string name, long maxBytes = MaxBytes) =>
        $"{name} is larger than the limit of {maxBytes / (1024 * 1024)} MiB ({maxBytes} bytes); check that it is the "
        + "file you meant";
}
