using System.Net;
using System.Text.Json;

namespace TokenFlex.OpenAdr.Ven;

/// <summary>
/// Turns an error answer into one clear sentence: an RFC 7807 <c>problem+json</c> body (title, detail), an OAuth2
/// error body (<c>error</c>, <c>error_description</c>), or the status alone.
/// </summary>
internal static class ProblemMessages
{
    private static readonly string[] Fields = ["title", "detail", "error", "error_description"];

    public static string Describe(string request, HttpStatusCode status, string? body)
    {
        var head = $"{request} failed: {(int)status} {status}";
        var detail = Detail(body);
        return detail is null ? head : $"{head}: {detail}";
    }

    private static string? Detail(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var parts = Fields
                .Select(name => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
                .Where(text => !string.IsNullOrWhiteSpace(text))
                .ToArray();
            return parts.Length == 0 ? null : string.Join(" — ", parts);
        }
        catch (JsonException)
        {
            return body.Length <= 200 ? body.Trim() : body[..200].Trim() + "…";
        }
    }
}
