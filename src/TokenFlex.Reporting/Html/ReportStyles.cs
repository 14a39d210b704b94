namespace TokenFlex.Reporting.Html;

/// <summary>The report's inline style sheet: readable on screen and in print, no web fonts, no external resources.</summary>
internal static class ReportStyles
{
    public const string Css = """
        :root { color-scheme: light; --ink: #222; --muted: #5a5a5a; --rule: #d8d8d8; --accent: #4c72b0; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink); background: #fff; }
        main { max-width: 1280px; margin: 0 auto; padding: 24px 20px 48px; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 20px; margin: 36px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
        h3 { font-size: 16px; margin: 24px 0 6px; }
        .meta, .note { color: var(--muted); font-size: 13px; }
        .key-figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; padding: 0; list-style: none; }
        .key-figures li { flex: 1 1 180px; border: 1px solid var(--rule); border-radius: 6px; padding: 10px 12px; }
        .key-figures strong { display: block; font-size: 20px; }
        .table-wrap { overflow-x: auto; margin: 8px 0 16px; }
        table { border-collapse: collapse; font-size: 13px; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: bold; padding: 4px 0; }
        th, td { padding: 4px 8px; border-bottom: 1px solid var(--rule); text-align: right; white-space: nowrap; }
        thead th { border-bottom: 2px solid var(--ink); }
        tbody th { text-align: left; }
        figure.plot { margin: 16px 0 28px; }
        figure.plot svg { display: block; width: 100%; height: auto; max-width: 960px; border: 1px solid var(--rule); }
        figcaption { font-size: 13px; color: var(--muted); max-width: 960px; margin-top: 6px; }
        figcaption strong { color: var(--ink); }
        ol.notes li { margin-bottom: 6px; }
        @media print { h2 { break-after: avoid; } figure.plot { break-inside: avoid; } }
        """;
}
