namespace TokenFlex.Reporting;

/// <summary>A file to add to a run's output directory, e.g. <c>report.html</c> or <c>plots/waterfall.svg</c>.</summary>
/// <param name="Name">Relative '/'-separated name, portable (see <see cref="OutputDirectory.WriteBytes"/>).</param>
/// <param name="Bytes">The content.</param>
public sealed record OutputFile(string Name, byte[] Bytes)
{
    /// <summary>A UTF-8 text file (no byte-order mark).</summary>
    /// <param name="name">Relative name.</param>
    /// <param name="text">The content.</param>
    public static OutputFile Text(string name, string text) => new(name, AtomicFile.Utf8.GetBytes(text));
}
