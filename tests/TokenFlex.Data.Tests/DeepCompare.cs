using System.Collections;
using System.Reflection;

namespace TokenFlex.Data.Tests;

/// <summary>Field-by-field comparison of record graphs (records compare lists and arrays by reference).</summary>
internal static class DeepCompare
{
    public static List<string> Differences(object? expected, object? actual)
    {
        var differences = new List<string>();
        Walk(expected, actual, "$", differences);
        return differences;
    }

    private static void Walk(object? expected, object? actual, string path, List<string> differences)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                differences.Add($"{path}: {expected ?? "null"} vs {actual ?? "null"}");
            }

            return;
        }

        var type = expected.GetType();
        if (type.IsPrimitive || type.IsEnum || expected is string or DateTimeOffset or decimal)
        {
            if (!expected.Equals(actual))
            {
                differences.Add($"{path}: {expected} vs {actual}");
            }
        }
        else if (expected is IDictionary expectedMap && actual is IDictionary actualMap)
        {
            WalkDictionary(expectedMap, actualMap, path, differences);
        }
        else if (expected is IEnumerable expectedItems && actual is IEnumerable actualItems)
        {
            var e = expectedItems.Cast<object?>().ToList();
            var a = actualItems.Cast<object?>().ToList();
            if (e.Count != a.Count)
            {
                differences.Add($"{path}: {e.Count} items vs {a.Count}");
                return;
            }

            for (var i = 0; i < e.Count; i++)
            {
                Walk(e[i], a[i], $"{path}[{i}]", differences);
            }
        }
        else
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                         .Where(p => p.GetIndexParameters().Length == 0))
            {
                Walk(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}", differences);
            }
        }
    }

    private static void WalkDictionary(IDictionary expected, IDictionary actual, string path, List<string> differences)
    {
        var keys = expected.Keys.Cast<object>().Select(k => k.ToString()!).Order(StringComparer.Ordinal).ToList();
        var otherKeys = actual.Keys.Cast<object>().Select(k => k.ToString()!).Order(StringComparer.Ordinal).ToList();
        if (!keys.SequenceEqual(otherKeys))
        {
            differences.Add($"{path}: keys [{string.Join(", ", keys)}] vs [{string.Join(", ", otherKeys)}]");
            return;
        }

        foreach (var key in keys)
        {
            Walk(expected[key], actual[key], $"{path}['{key}']", differences);
        }
    }
}
