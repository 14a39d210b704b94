using System.Buffers;
using System.Text;

namespace TokenFlex.Data.Csv;

/// <summary>
/// Reads a UTF-8, comma-separated file with a header row (RFC 4180 quoting; a quoted field may not span lines).
/// Problems come back as <see cref="CsvTable.Problem"/>, never as exceptions.
/// </summary>
internal static class CsvParser
{
    private static readonly char[] OtherSeparators = [';', '\t', '|'];

    public static CsvTable Load(string fullPath, string name)
    {
        if (!File.Exists(fullPath))
        {
            return Fail(name, $"{name} not found (looked for {fullPath})");
        }

        byte[]? bytes;
        try
        {
            bytes = BoundedFile.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(name, $"{name} could not be read: {e.Message}");
        }

        if (bytes is null)
        {
            return Fail(name, BoundedFile.TooLargeMessage(name));
        }

        var problem = Utf8Problem(bytes, name);
        return problem is null ? Parse(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'), name) : Fail(name, problem);
    }

    /// <summary>Why the bytes are not UTF-8 text (naming the line of the first bad byte), or null.</summary>
    public static string? Utf8Problem(byte[] bytes, string name)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return $"{name} is UTF-16 text; save it as UTF-8 (in Excel: 'CSV UTF-8')";
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes.AsSpan(offset), out _, out var consumed) != OperationStatus.Done)
            {
                var line = bytes.AsSpan(0, offset).Count((byte)'\n') + 1;
                return $"{name} line {line} is not valid UTF-8 (byte 0x{bytes[offset]:X2} at offset {offset}); save "
                       + "the file as UTF-8 (in Excel: 'CSV UTF-8')";
            }

            offset += consumed;
        }

        return null;
    }

    public static CsvTable Parse(string text, string name)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.All(string.IsNullOrWhiteSpace))
        {
            return Fail(name, $"{name} is empty; it needs a header row (time, …) and one row per period");
        }

        var header = Split(lines[0]);
        var headerProblem = HeaderProblem(lines[0], header, name);
        if (headerProblem is not null)
        {
            return Fail(name, headerProblem);
        }

        var rows = new List<CsvRow>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var cells = Split(lines[i]);
            if (cells.Count != header.Count)
            {
                return Fail(name, $"{name} line {i + 1}: {cells.Count} fields but the header has {header.Count}");
            }

            rows.Add(new CsvRow(i + 1, cells));
        }

        return new CsvTable { Name = name, Header = header, Rows = rows };
    }

    private static string? HeaderProblem(string line, List<string> header, string name)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return $"{name} line 1 is empty; the first line must be the header (time, …)";
        }

        var separator = OtherSeparators.FirstOrDefault(line.Contains);
        if (header.Count == 1 && separator != default)
        {
            var shown = separator == '\t' ? "tab" : $"'{separator}'";
            return $"{name} line 1: the header has a single column; the file seems to use {shown} as separator; "
                   + "save it with ',' separators";
        }

        var duplicate = header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? null : $"{name} line 1: column '{duplicate.Key}' appears more than once";
    }

    /// <summary>Splits one line on commas; a field in double quotes may hold commas and "" for a quote.</summary>
    public static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted && ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        fields.Add(field.ToString().Trim());
        return fields;
    }

    private static CsvTable Fail(string name, string problem) => new() { Name = name, Problem = problem };
}
