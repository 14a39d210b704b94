using System.Text;

namespace TokenFlex.Reporting.Tests;

/// <summary>A fresh directory under the system temp folder, deleted after the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } =
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tokenflex-reporting-" + Guid.NewGuid().ToString("N"));

    public TempDirectory() => Directory.CreateDirectory(Path);

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Every file under the directory: relative '/'-separated name → content, in ordinal order.</summary>
    public SortedDictionary<string, string> Snapshot() => new(
        Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories).ToDictionary(
            f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/'),
            f => System.IO.File.ReadAllText(f)),
        StringComparer.Ordinal);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}

/// <summary>A clock stopped at one instant.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>A minimal RFC 4180 reader for checking what the writers produce.</summary>
internal static class Csv
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                cell.Append(ch);
            }
        }

        text.EndsWith("\r\n", StringComparison.Ordinal).ShouldBeTrue("every CSV row ends with CRLF");
        return rows;
    }
}
