using System.Text;

namespace TokenFlex.Reporting.Plots;

/// <summary>Element ids and file names of plots: lowercase ASCII letters, digits and '-'.</summary>
public static class PlotIds
{
    /// <summary>Turns a name into an id fragment, e.g. <c>P-local</c> → <c>p-local</c>, <c>São Paulo</c> → <c>s-o-paulo</c>.</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder();
        foreach (var ch in name.ToLowerInvariant())
        {
            var keep = ch is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (keep)
            {
                text.Append(ch);
            }
            else if (text.Length > 0 && text[^1] != '-')
            {
                text.Append('-');
            }
        }

        var slug = text.ToString().Trim('-');
        return slug.Length == 0 ? "x" : slug;
    }
}
