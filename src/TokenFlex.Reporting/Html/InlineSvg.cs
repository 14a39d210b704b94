using System.Text.RegularExpressions;

namespace TokenFlex.Reporting.Html;

/// <summary>
/// Prepares an SVG document for inlining into HTML: drops the XML declaration, prefixes every id (and its
/// <c>url(#…)</c> and <c>href="#…"</c> references) so that several plots on one page cannot capture each other's
/// clip paths, adds a viewBox so the plot scales with the page, and labels it for screen readers.
/// </summary>
public static partial class InlineSvg
{
    /// <summary>The inline form of <paramref name="svg"/>.</summary>
    /// <param name="svg">An SVG document (as ScottPlot writes it).</param>
    /// <param name="idPrefix">Prefix for its ids, e.g. the figure id; letters, digits and '-'.</param>
    /// <param name="label">Accessible name of the image.</param>
    public static string Prepare(string svg, string idPrefix, string label)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var body = XmlDeclaration().Replace(svg, "").Trim();
        body = IdAttribute().Replace(body, m => $"id=\"{idPrefix}-{m.Groups[1].Value}\"");
        body = UrlReference().Replace(body, m => $"url(#{idPrefix}-{m.Groups[1].Value})");
        body = HrefReference().Replace(body, m => $"{m.Groups[1].Value}=\"#{idPrefix}-{m.Groups[2].Value}\"");
        var root = RootElement().Match(body);
        if (!root.Success)
        {
            throw new ArgumentException("The text has no <svg> root element.", nameof(svg));
        }

        var attributes = root.Groups[1].Value;
        var width = Attribute(attributes, "width");
        var height = Attribute(attributes, "height");
        var extra = $" role=\"img\" aria-label=\"{HtmlText.Escape(label)}\" class=\"plot-svg\"";
        if (width is not null && height is not null && Attribute(attributes, "viewBox") is null)
        {
            extra += $" viewBox=\"0 0 {width} {height}\" preserveAspectRatio=\"xMidYMid meet\"";
        }

        return body[..(root.Index + root.Length - 1)] + extra + body[(root.Index + root.Length - 1)..];
    }

    private static string? Attribute(string attributes, string name)
    {
        var match = Regex.Match(attributes, $"\\s{name}=\"([^\"]*)\"", RegexOptions.CultureInvariant);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>", RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("\\bid=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)\s]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlReference();

    [GeneratedRegex("((?:xlink:)?href)=\"#([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex HrefReference();

    [GeneratedRegex(@"<svg\b([^>]*)>", RegexOptions.CultureInvariant)]
    private static partial Regex RootElement();
}
