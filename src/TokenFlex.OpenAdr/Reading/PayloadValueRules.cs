using System.Text.Json;
using TokenFlex.OpenAdr.Model;

namespace TokenFlex.OpenAdr.Reading;

/// <summary>
/// The value rules of the payload types TokenFlex applies (OpenADR 3.1.1 event-interval-payload enumerations):
/// one number (≥ 0 for limits, setpoints and GHG), or one integer 0–3 for SIMPLE. Other types are kept as given.
/// </summary>
internal static class PayloadValueRules
{
    public static void Check(
        JsonFieldReader reader, string type, string valuesPath, IReadOnlyList<(JsonElement Item, string Path)> values)
    {
        if (!PayloadTypes.Applied.Contains(type))
        {
            return;
        }

        if (values.Count != 1)
        {
            reader.Errors.Add(valuesPath, $"{type} takes exactly one value, not {values.Count}");
            return;
        }

        var (value, path) = values[0];
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number))
        {
            reader.Errors.Add(path, $"{type} takes a number", JsonFieldReader.Raw(value));
        }
        else if (type == PayloadTypes.Simple && (number is < 0 or > 3 || number != Math.Floor(number)))
        {
            reader.Errors.Add(path, "SIMPLE takes an integer level 0, 1, 2 or 3", JsonFieldReader.Raw(value));
        }
        else if (type != PayloadTypes.Price && number < 0)
        {
            reader.Errors.Add(path, $"{type} takes a number ≥ 0", JsonFieldReader.Raw(value));
        }
    }
}
