using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TokenFlex.Reliability.Tests;

/// <summary>A fuzz case: the scenario bytes, the CSV files beside it and what was done to them.</summary>
/// <param name="Json">The scenario file's bytes.</param>
/// <param name="Csv">CSV files by name.</param>
/// <param name="Mutations">The mutations applied, for the failure report.</param>
internal sealed record FuzzInput(byte[] Json, IReadOnlyDictionary<string, byte[]> Csv, IReadOnlyList<string> Mutations);

/// <summary>
/// Seeded mutations of a valid scenario: structural ones on the JSON tree (delete a key, change a type, NaN and
/// Infinity strings, negative, zero and huge numbers, truncated arrays, duplicated elements and ids, broken
/// references, renamed keys), byte-level ones on the text (truncation, random bytes, bare NaN, empty file) and
/// CSV ones (separators, truncated rows, bad cells, Latin-1 bytes). Case <c>i</c> of seed <c>s</c> is always the same.
/// </summary>
internal sealed class ScenarioMutator(string json, IReadOnlyDictionary<string, string> csv)
{
    private static readonly string[] NonFinite = ["NaN", "Infinity", "-Infinity", "nan", "1e999"];
    private static readonly double[] Huge = [1e308, 1e30, 1e12, 2147483648, 1e7 + 1, -1e308];
    private static readonly string[] References = ["no-such-id", "", "phx", "H100-SXM", "llama-3.1-70b", "chat"];

    public FuzzInput Create(int seed, int index)
    {
        var random = new Random(HashCode.Combine(seed, index));
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip };
        var node = JsonNode.Parse(json, documentOptions: options)!;
        var csvText = csv.ToDictionary(p => p.Key, p => p.Value);
        var mutations = new List<string>();
        var count = random.Next(10) < 6 ? 1 : 2 + random.Next(2);
        for (var i = 0; i < count; i++)
        {
            var kind = random.Next(csvText.Count > 0 ? 18 : 14);
            mutations.Add(kind < 10 ? Structural(node, random, kind)
                : kind < 14 ? "(bytes)"
                : CsvMutation(csvText, random, kind));
        }

        var bytes = Encoding.UTF8.GetBytes(node.ToJsonString());
        for (var i = 0; i < mutations.Count; i++)
        {
            if (mutations[i] == "(bytes)")
            {
                (bytes, mutations[i]) = Bytes(bytes, random);
            }
        }

        var csvBytes = csvText.ToDictionary(p => p.Key, p => Latin1Marker(p.Value));
        return new FuzzInput(bytes, csvBytes, mutations);
    }

    private static string Structural(JsonNode root, Random random, int kind)
    {
        var slots = Slots(root).ToList();
        var (parent, key, value) = slots[random.Next(slots.Count)];
        var at = $"{parent.GetPath()}:{key}";
        switch (kind)
        {
            case 0:
                Remove(parent, key);
                return $"delete {at}";
            case 1:
                Set(parent, key, OtherType(value, random));
                return $"retype {at}";
            case 2:
                Set(parent, key, NonFinite[random.Next(NonFinite.Length)]);
                return $"non-finite string at {at}";
            case 3:
                return Number(parent, key, value, v => -Math.Abs(v) - 1, $"negate {at}");
            case 4:
                return Number(parent, key, value, _ => Huge[random.Next(Huge.Length)], $"huge {at}");
            case 5:
                return Number(parent, key, value, _ => 0, $"zero {at}");
            case 6:
                return TruncateArray(root, random);
            case 7:
                return Duplicate(root, random);
            case 8:
                Set(parent, key, References[random.Next(References.Length)]);
                return $"reference {at}";
            default:
                return Rename(parent, key, random, at);
        }
    }

    private static IEnumerable<(JsonNode Parent, object Key, JsonNode? Value)> Slots(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    yield return (obj, name, child);
                    foreach (var inner in child is null ? [] : Slots(child))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array, i, array[i]);
                    foreach (var inner in array[i] is { } child ? Slots(child) : [])
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private static void Remove(JsonNode parent, object key)
    {
        if (parent is JsonObject obj)
        {
            obj.Remove((string)key);
        }
        else
        {
            ((JsonArray)parent).RemoveAt((int)key);
        }
    }

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (parent is JsonObject obj)
        {
            obj[(string)key] = value;
        }
        else
        {
            ((JsonArray)parent)[(int)key] = value;
        }
    }

    private static JsonNode? OtherType(JsonNode? value, Random random) => (value?.GetValueKind(), random.Next(4)) switch
    {
        (System.Text.Json.JsonValueKind.Number, 0) => JsonValue.Create(value!.ToJsonString()),
        (_, 0) => JsonValue.Create(42),
        (_, 1) => JsonValue.Create(true),
        (_, 2) => new JsonArray(1, "x"),
        _ => null,
    };

    private static string Number(JsonNode parent, object key, JsonNode? value, Func<double, double> change, string what)
    {
        var current = value is JsonValue v && v.TryGetValue<double>(out var d) ? d : 1;
        Set(parent, key, JsonValue.Create(change(current)));
        return what;
    }

    private static string TruncateArray(JsonNode root, Random random)
    {
        var arrays = Slots(root).Select(s => s.Value).OfType<JsonArray>().Where(a => a.Count > 0).ToList();
        if (arrays.Count == 0)
        {
            return "no array to truncate";
        }

        var array = arrays[random.Next(arrays.Count)];
        var keep = random.Next(array.Count);
        while (array.Count > keep)
        {
            array.RemoveAt(array.Count - 1);
        }

        return $"truncate {array.GetPath()} to {keep}";
    }

    private static string Duplicate(JsonNode root, Random random)
    {
        var arrays = Slots(root).Select(s => s.Value).OfType<JsonArray>()
            .Where(a => a.Count > 0 && a[0] is JsonObject).ToList();
        if (arrays.Count == 0)
        {
            return "no object array to duplicate in";
        }

        var array = arrays[random.Next(arrays.Count)];
        var elements = array.Where(e => e is not null).ToList();
        array.Add(elements[random.Next(elements.Count)]!.DeepClone());
        return $"duplicate an element of {array.GetPath()}";
    }

    private static string Rename(JsonNode parent, object key, Random random, string at)
    {
        if (parent is not JsonObject obj || obj[(string)key] is not { } value)
        {
            return $"no key to rename at {at}";
        }

        var name = (string)key;
        var renamed = name.EndsWith("Kw", StringComparison.Ordinal) ? name[..^2] + "Mw"
            : name.Length > 1 ? name[..^1] + (char)('a' + random.Next(26)) : name + "x";
        obj.Remove(name);
        obj[renamed] = value;
        return $"rename {at} to {renamed}";
    }

    private static (byte[] Bytes, string What) Bytes(byte[] bytes, Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                var cut = random.Next(bytes.Length + 1);
                return (bytes[..cut], $"truncate bytes at {cut}");
            case 1:
                var copy = (byte[])bytes.Clone();
                var flips = 1 + random.Next(4);
                for (var i = 0; i < flips && copy.Length > 0; i++)
                {
                    copy[random.Next(copy.Length)] = (byte)random.Next(256);
                }

                return (copy, $"{flips} random bytes");
            case 2:
                var text = Encoding.UTF8.GetString(bytes);
                var digit = text.IndexOfAny("0123456789".ToCharArray(), random.Next(Math.Max(1, text.Length)));
                return digit < 0 ? (bytes, "no number for a bare NaN")
                    : (Encoding.UTF8.GetBytes(text[..digit] + "NaN" + text[(digit + 1)..]), $"bare NaN at {digit}");
            default:
                return ([], "empty file");
        }
    }

    private static string CsvMutation(Dictionary<string, string> files, Random random, int kind)
    {
        var name = files.Keys.Order(StringComparer.Ordinal).ElementAt(random.Next(files.Count));
        var lines = files[name].Split('\n').ToList();
        switch (kind)
        {
            case 14:
                var separator = random.Next(2) == 0 ? ";" : "\t";
                files[name] = files[name].Replace(",", separator, StringComparison.Ordinal);
                return $"{name}: separator {(separator == ";" ? "';'" : "tab")}";
            case 15:
                files[name] = string.Join('\n', lines.Take(random.Next(lines.Count)));
                return $"{name}: truncated rows";
            case 16:
                var row = 1 + random.Next(Math.Max(1, lines.Count - 1));
                var cells = new[] { "n/a", "", "1,5", "NaN", "1e999", "\"3\"" };
                var cell = cells[random.Next(cells.Length)];
                if (row < lines.Count && lines[row].Contains(',', StringComparison.Ordinal))
                {
                    lines[row] = lines[row][..lines[row].LastIndexOf(',')] + "," + cell;
                }

                files[name] = string.Join('\n', lines);
                return $"{name}: cell '{cell}' on line {row + 1}";
            default:
                files[name] = "\u0001LATIN1" + files[name];
                return $"{name}: Latin-1 bytes";
        }
    }

    /// <summary>CSV text as bytes; a leading U+0001 marker asks for Latin-1 bytes that are not valid UTF-8.</summary>
    private static byte[] Latin1Marker(string text) => text.StartsWith("\u0001LATIN1", StringComparison.Ordinal)
        ? Encoding.Latin1.GetBytes("time,caf\u00e9\n" + text["\u0001LATIN1".Length..])
        : Encoding.UTF8.GetBytes(text);

    internal static string Describe(IEnumerable<string> mutations) =>
        string.Join("; ", mutations.Select(m => m.ToString(CultureInfo.InvariantCulture)));
}
