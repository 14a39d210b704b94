using System.Text;

namespace TokenFlex.Core.Catalog;

/// <summary>
/// A small RFC 4180 reader: comma-separated fields, fields in double quotes may hold commas, line breaks
/// and doubled quotes (<c>""</c>). Both LF and CRLF end a record; a trailing line break adds no record.
/// </summary>
public static class CsvText
{
    /// <summary>Splits CSV text into records of fields.</summary>
    /// <param name="text">The whole CSV text.</param>
    /// <returns>The records in file order, each a list of unquoted field values.</returns>
    /// <exception cref="FormatException">A quoted field is not closed.</exception>
    public static IReadOnlyList<IReadOnlyList<string>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<IReadOnlyList<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                i = ReadQuoted(text, i + 1, field) - 1;
            }
            else if (c == ',')
            {
                EndField(fields, field);
            }
            else if (c is '\n' or '\r')
            {
                EndField(fields, field);
                records.Add(fields);
                fields = [];
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            EndField(fields, field);
            records.Add(fields);
        }

        return records;
    }

    private static void EndField(List<string> fields, StringBuilder field)
    {
        fields.Add(field.ToString());
        field.Clear();
    }

    /// <summary>Reads a quoted field that starts at <paramref name="start"/> (just after the opening quote).</summary>
    /// <returns>The index just after the closing quote.</returns>
    private static int ReadQuoted(string text, int start, StringBuilder field)
    {
        var i = start;
        while (i < text.Length)
        {
            if (text[i] != '"')
            {
                field.Append(text[i]);
                i++;
            }
            else if (i + 1 < text.Length && text[i + 1] == '"')
            {
                field.Append('"');
                i += 2;
            }
            else
            {
                return i + 1;
            }
        }

        throw new FormatException(
            $"CSV quoted field starting at character {start - 1} is not closed; add the closing quote.");
    }
}
