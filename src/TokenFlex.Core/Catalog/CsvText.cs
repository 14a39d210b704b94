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
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                i = ReadQuoted(text, i + 1, field);
                continue;
            }

            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add(fields);
                fields = [];
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
            }
            else
            {
                field.Append(c);
            }

            i++;
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(fields);
        }

        return records;
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
