using System.Globalization;

namespace TokenFlex.Reporting.Tables;

/// <summary>A column of a text table shared by the terminal and the HTML report: a header and a cell per row.</summary>
/// <param name="Header">Column header, with its unit.</param>
/// <param name="Cell">The text of one row's cell.</param>
/// <typeparam name="T">Row type.</typeparam>
public sealed record TextColumn<T>(string Header, Func<T, string> Cell);

/// <summary>Number text of the tables: invariant culture, and a value that rounds to zero has no minus sign.</summary>
public static class TableText
{
    /// <summary>Placeholder for a value that does not exist (no plan).</summary>
    public const string Missing = "-";

    /// <summary>Formats a number, e.g. <c>N0</c> → <c>7,795</c>; "-0" becomes "0".</summary>
    public static string Number(double value, string format)
    {
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        return text.StartsWith('-') && text.AsSpan(1).IndexOfAnyExcept("0.,") < 0 ? text[1..] : text;
    }

    /// <summary>A number, or <see cref="Missing"/> when null.</summary>
    public static string Number(double? value, string format) => value is { } v ? Number(v, format) : Missing;

    /// <summary>A fraction as a percentage with one decimal, e.g. 0.352 → <c>35.2 %</c>.</summary>
    public static string Percent(double? fraction) => fraction is { } f ? Number(100 * f, "F1") + " %" : Missing;
}
