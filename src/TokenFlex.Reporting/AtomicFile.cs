namespace TokenFlex.Reporting;

/// <summary>
/// Writes a file so that readers see either its old content or its complete new content, never a
/// partial write: the bytes go to a uniquely named temporary file in the same directory, are flushed
/// to disk, and the temporary file is then renamed over the target (an atomic replace on the same
/// volume). If anything fails, the temporary file is deleted and the target is left as it was.
/// </summary>
public static class AtomicFile
{
    /// <summary>Prefix of the temporary files; they live beside the target until the rename.</summary>
    public const string TemporaryPrefix = ".tokenflex-tmp-";

    /// <summary>UTF-8 without a byte-order mark, the encoding of every report file.</summary>
    internal static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes UTF-8 text (without a byte-order mark) atomically.</summary>
    /// <param name="path">Target file; its directory must exist.</param>
    /// <param name="contents">The text.</param>
    public static void WriteAllText(string path, string contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        WriteAllBytes(path, Utf8.GetBytes(contents));
    }

    /// <summary>Writes bytes atomically.</summary>
    /// <param name="path">Target file; its directory must exist.</param>
    /// <param name="bytes">The content.</param>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Write(path, stream => stream.Write(bytes));
    }

    /// <summary>
    /// Writes a file atomically from a callback. If <paramref name="write"/> throws, the target is
    /// untouched, the temporary file is deleted and the exception propagates.
    /// </summary>
    /// <param name="path">Target file; its directory must exist.</param>
    /// <param name="write">Writes the whole content to the stream it is given.</param>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var target = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(target)
            ?? throw new ArgumentException($"'{path}' has no parent directory.", nameof(path));
        var temporary = Path.Combine(directory, $"{TemporaryPrefix}{Guid.NewGuid():N}-{Path.GetFileName(target)}");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Deletes a file, swallowing I/O errors: cleanup must not hide the exception being handled.</summary>
    internal static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
