using System.Globalization;
using System.Text.Json;

namespace TokenFlex.Reporting;

/// <summary>One cell of a schedule row, typed so that CSV and JSON format it the same way.</summary>
internal readonly record struct FieldValue
{
    private enum Kind
    {
        Text,
        Number,
        Integer,
        Boolean,
    }

    private Kind Type { get; init; }

    private string? Text { get; init; }

    private double Number { get; init; }

    private long Integer { get; init; }

    private bool Boolean { get; init; }

    /// <summary>Text; null is an empty CSV cell and a JSON null.</summary>
    public static FieldValue Of(string? value) => new() { Type = Kind.Text, Text = value };

    public static FieldValue Of(double value) => new() { Type = Kind.Number, Number = value };

    public static FieldValue Of(int value) => new() { Type = Kind.Integer, Integer = value };

    /// <summary>An integer, or an empty CSV cell and a JSON null when there is none.</summary>
    public static FieldValue Of(int? value) => value is { } integer ? Of(integer) : Of((string?)null);

    public static FieldValue Of(bool value) => new() { Type = Kind.Boolean, Boolean = value };

    /// <summary>An instant, as RFC 3339 UTC text.</summary>
    public static FieldValue Of(DateTimeOffset value) => Of(ReportFormat.Timestamp(value));

    /// <summary>An instant as RFC 3339 UTC text, or an empty CSV cell and a JSON null when there is none.</summary>
    public static FieldValue Of(DateTimeOffset? value) => value is { } instant ? Of(instant) : Of((string?)null);

    /// <summary>The unquoted CSV text of the cell.</summary>
    public string ToCsvText() => Type switch
    {
        Kind.Text => Text ?? "",
        Kind.Number => ReportFormat.Number(Number),
        Kind.Integer => Integer.ToString(CultureInfo.InvariantCulture),
        _ => Boolean ? "true" : "false",
    };

    public void WriteJson(Utf8JsonWriter writer, string name)
    {
        switch (Type)
        {
            case Kind.Text:
                writer.WriteString(name, Text);
                break;
            case Kind.Number:
                writer.NumberOrNull(name, Number);
                break;
            case Kind.Integer:
                writer.WriteNumber(name, Integer);
                break;
            default:
                writer.WriteBoolean(name, Boolean);
                break;
        }
    }
}

/// <summary>A named column of a schedule: the CSV header and the JSON key are the same camelCase name.</summary>
internal sealed record Field<T>(string Name, Func<T, FieldValue> Value);
