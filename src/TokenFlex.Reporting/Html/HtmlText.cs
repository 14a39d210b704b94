using System.Text;
using TokenFlex.Reporting.Tables;

namespace TokenFlex.Reporting.Html;

/// <summary>Escaping and small building blocks of the HTML report; every text that goes into the page passes here.</summary>
public static class HtmlText
{
    /// <summary>Escapes text for element content and quoted attribute values (&amp; &lt; &gt; &quot; &#39;).</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            escaped.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => ch.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>Appends a table with a caption: a header row, one row per item; the first column is a row header.</summary>
    public static void AppendTable<T>(
        StringBuilder html, string id, string caption, IReadOnlyList<TextColumn<T>> columns, IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(columns);
        html.Append($"<div class=\"table-wrap\"><table id=\"{Escape(id)}\">\n<caption>{Escape(caption)}</caption>\n<thead><tr>");
        foreach (var column in columns)
        {
            html.Append($"<th scope=\"col\">{Escape(column.Header)}</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < columns.Count; i++)
            {
                var tag = i == 0 ? "th scope=\"row\"" : "td";
                html.Append($"<{tag}>{Escape(columns[i].Cell(row))}</{tag.Split(' ')[0]}>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n");
    }

    /// <summary>Appends <c>&lt;p&gt;</c> with escaped text.</summary>
    public static void AppendParagraph(StringBuilder html, string text, string? cssClass = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var attribute = cssClass is null ? "" : $" class=\"{Escape(cssClass)}\"";
        html.Append($"<p{attribute}>{Escape(text)}</p>\n");
    }

    /// <summary>
    /// Opens a self-contained page: doctype, head with the title and the report's inline CSS, and the start of
    /// <c>&lt;main&gt;</c> with a header holding the title as <c>&lt;h1&gt;</c>. The caller closes the header.
    /// </summary>
    public static void AppendPageStart(StringBuilder html, string title)
    {
        ArgumentNullException.ThrowIfNull(html);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>{Escape(title)}</title>\n<style>\n{ReportStyles.Css}\n</style>\n</head>\n<body>\n<main>\n")
            .Append($"<header>\n<h1>{Escape(title)}</h1>\n");
    }
}
