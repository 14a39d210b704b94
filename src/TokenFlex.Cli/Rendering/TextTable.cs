using Spectre.Console;
using TokenFlex.Reporting.Tables;

namespace TokenFlex.Cli.Rendering;

/// <summary>Turns text columns (<see cref="TextColumn{T}"/>) into a Spectre table; all text is escaped.</summary>
public static class TextTable
{
    /// <summary>A rounded table with a bold title, right-aligned columns and one row per item.</summary>
    public static Table Create<T>(string title, IReadOnlyList<TextColumn<T>> columns, IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(title)}[/]");
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column.Header)).RightAligned());
        }

        foreach (var row in rows)
        {
            table.AddRow([.. columns.Select(c => Markup.Escape(c.Cell(row)))]);
        }

        return table;
    }
}
