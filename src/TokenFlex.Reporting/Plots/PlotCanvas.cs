using System.Globalization;
using ScottPlot;

namespace TokenFlex.Reporting.Plots;

/// <summary>Common look of the report's plots and their export to SVG and PNG.</summary>
internal static class PlotCanvas
{
    public const int WidthPixels = 960;

    public const int HeightPixels = 440;

    /// <summary>Font of every label; DejaVu Sans is on Debian images (fonts-dejavu-core) and in browsers' fallbacks.</summary>
    public const string FontName = "DejaVu Sans";

    public static readonly Color Grid = Color.FromHex("#4C72B0");
    public static readonly Color Pv = Color.FromHex("#E8B400");
    public static readonly Color BatteryOut = Color.FromHex("#55A868");
    public static readonly Color BatteryIn = Color.FromHex("#A6D8B0");
    public static readonly Color Generator = Color.FromHex("#C44E52");
    public static readonly Color Ink = Color.FromHex("#222222");
    public static readonly Color Muted = Color.FromHex("#888888");
    public static readonly Color EventShade = Color.FromHex("#F28E2B").WithAlpha(0.15);
    public static readonly Color Decrease = Color.FromHex("#55A868");
    public static readonly Color Increase = Color.FromHex("#C44E52");
    public static readonly Color Total = Color.FromHex("#4C72B0");

    /// <summary>A new plot with the report's font, title and axis labels (units in the labels).</summary>
    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    /// <summary>Renders and disposes a plot.</summary>
    public static PlotFigure Render(Plot plot, string id, string title, string caption)
    {
        using (plot)
        {
            var svg = plot.GetSvgXml(WidthPixels, HeightPixels);
            var png = plot.GetImageBytes(WidthPixels, HeightPixels, ImageFormat.Png);
            return new PlotFigure(id, title, caption, svg, png);
        }
    }

    /// <summary>Invariant number text for captions and labels.</summary>
    public static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
