using TokenFlex.Reporting.Plots;

namespace TokenFlex.Reporting.Html;

/// <summary>
/// The files of an HTML report: <c>report.html</c> (self-contained: inline CSS and SVG, no script, nothing fetched)
/// and every plot exported as <c>plots/&lt;name&gt;.svg</c> and <c>plots/&lt;name&gt;.png</c>.
/// </summary>
public static class ReportFiles
{
    /// <summary>Name of the report in the output directory.</summary>
    public const string ReportName = "report.html";

    /// <summary>Folder of the plot exports.</summary>
    public const string PlotsFolder = "plots";

    /// <summary>Renders the report and its plot exports.</summary>
    /// <param name="content">What to show.</param>
    public static IReadOnlyList<OutputFile> Create(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var plots = ReportPlots.Create(content.Results, content.Sweeps);
        return [OutputFile.Text(ReportName, HtmlReport.Render(content, plots)), .. Exports(plots.All)];
    }

    /// <summary>Each plot as <c>plots/&lt;name&gt;.svg</c> and <c>plots/&lt;name&gt;.png</c>.</summary>
    /// <param name="figures">The rendered plots.</param>
    public static IReadOnlyList<OutputFile> Exports(IEnumerable<PlotFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return
        [
            .. figures.SelectMany(figure => new[]
            {
                OutputFile.Text(ExportName(figure, "svg"), figure.Svg),
                new OutputFile(ExportName(figure, "png"), figure.Png),
            }),
        ];
    }

    /// <summary>Relative name of a plot's export, e.g. <c>plots/waterfall.svg</c> for <c>plot-waterfall</c>.</summary>
    public static string ExportName(PlotFigure figure, string extension)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var stem = figure.Id.StartsWith("plot-", StringComparison.Ordinal) ? figure.Id[5..] : figure.Id;
        return $"{PlotsFolder}/{stem}.{extension}";
    }

    /// <summary>Writes only the report and its plots into a directory, atomically (as one run of <see cref="OutputDirectory"/>).</summary>
    /// <param name="directory">Output directory; created if missing. Its previous TokenFlex run is replaced.</param>
    /// <param name="content">What to show.</param>
    /// <returns>Full path of <c>report.html</c>.</returns>
    public static string Write(string directory, ReportContent content)
    {
        using var output = OutputDirectory.Begin(directory);
        foreach (var file in Create(content))
        {
            output.WriteBytes(file.Name, file.Bytes);
        }

        output.Commit();
        return Path.Combine(output.TargetPath, ReportName);
    }
}
