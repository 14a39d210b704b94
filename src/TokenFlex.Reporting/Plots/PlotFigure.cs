namespace TokenFlex.Reporting.Plots;

/// <summary>
/// One rendered plot of the report: an id (also its file name), a title, a caption that says what it shows and
/// the number to take away, and the plot as SVG text and PNG bytes.
/// </summary>
/// <param name="Id">Element id and file stem, e.g. <c>plot-waterfall</c>.</param>
/// <param name="Title">Heading of the figure.</param>
/// <param name="Caption">What the plot shows and its takeaway, one or two sentences.</param>
/// <param name="Svg">The SVG document as ScottPlot wrote it.</param>
/// <param name="Png">The same plot as PNG.</param>
public sealed record PlotFigure(string Id, string Title, string Caption, string Svg, byte[] Png);
