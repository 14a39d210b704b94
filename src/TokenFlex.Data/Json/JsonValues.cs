using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using TokenFlex.Core.Domain;

namespace TokenFlex.Data.Json;

/// <summary>
/// Converts single JSON values to .NET values. On a mismatch each method reports an error at the value's
/// path and returns a placeholder (NaN for numbers), so that the reader goes on.
/// </summary>
internal static partial class JsonValues
{
    /// <summary>The last segment of a path, for messages.</summary>
    public static string Field(string path) => path[(path.LastIndexOf('.') + 1)..];

    public static double Number(JsonElement element, string path, ReadContext context)
    {
        if (element.ValueKind == JsonValueKind.Number)
        {
            if (element.TryGetDouble(out var value) && double.IsFinite(value))
            {
                return value;
            }

            context.Error(path, $"{Field(path)} is too large to be a number", JsonFields.Raw(element));
            return double.NaN;
        }

        var hint = "";
        if (element.ValueKind == JsonValueKind.String && double.TryParse(
                element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var quoted))
        {
            hint = double.IsFinite(quoted)
                ? "; remove the quotes"
                : "; NaN and Infinity are not allowed: give a finite value (a measured or estimated one)";
        }
        context.Error(path, $"{Field(path)} must be a number, got {JsonFields.Describe(element)}{hint}",
            JsonFields.Raw(element));
        return double.NaN;
    }

    public static int Integer(JsonElement element, string path, ReadContext context)
    {
        var value = Number(element, path, context);
        if (double.IsNaN(value))
        {
            return 0;
        }

        if (value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue)
        {
            return (int)value;
        }

        var problem = value == Math.Floor(value) ? "is too large" : "must be a whole number";
        context.Error(path, $"{Field(path)} {problem}", JsonFields.Raw(element));
        return 0;
    }

    public static string String(JsonElement element, string path, ReadContext context)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return element.GetString()!;
        }

        context.Error(path, $"{Field(path)} must be a string, got {JsonFields.Describe(element)}",
            JsonFields.Raw(element));
        return "";
    }

    public static bool Boolean(JsonElement element, string path, ReadContext context, bool fallback)
    {
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        context.Error(path, $"{Field(path)} must be true or false, got {JsonFields.Describe(element)}",
            JsonFields.Raw(element));
        return fallback;
    }

    /// <summary>Reads an enum by its camelCase name, ignoring case ("twoPass", "TwoPass", "twopass").</summary>
    public static T Enum<T>(JsonElement element, string path, ReadContext context, T fallback)
        where T : struct, Enum
    {
        var text = String(element, path, context);
        if (element.ValueKind != JsonValueKind.String)
        {
            return fallback;
        }

        foreach (var value in System.Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        var names = System.Enum.GetValues<T>().Select(v => CamelCase(v.ToString())).ToList();
        context.Error(path, $"unknown value '{text}' for {Field(path)}{EditDistance.Hint(text, names)}", text);
        return fallback;
    }

    /// <summary>Reads a precision name (BF16, FP8, INT4, W4A16 …) with <see cref="PrecisionNames.TryParse"/>.</summary>
    public static Precision Precision(JsonElement element, string path, ReadContext context)
    {
        var text = String(element, path, context);
        if (PrecisionNames.TryParse(text, out var precision))
        {
            return precision;
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            var names = string.Join(", ", PrecisionNames.All.Select(p => p.Name));
            context.Error(path, $"unknown precision '{text}'; expected one of {names}", text);
        }

        return Core.Domain.Precision.Bf16;
    }

    /// <summary>Reads an RFC 3339 timestamp with an explicit offset ('Z' or ±hh:mm) and returns it in UTC.</summary>
    public static DateTimeOffset Timestamp(JsonElement element, string path, ReadContext context)
    {
        var text = String(element, path, context);
        if (TryParseTimestamp(text, out var value))
        {
            return value;
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            context.Error(path, $"'{text}' is not an RFC 3339 timestamp with an offset; write e.g. "
                                + "2025-07-15T00:00:00Z", text);
        }

        return default;
    }

    public static bool TryParseTimestamp(string text, out DateTimeOffset value)
    {
        value = default;
        if (!Rfc3339().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        value = parsed.ToUniversalTime();
        return true;
    }

    public static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
