using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;
using TokenFlex.OpenAdr.Model;

namespace TokenFlex.OpenAdr.Tests;

/// <summary>One answer the local VTN sent: the schema component its body must satisfy (null for no body).</summary>
internal sealed record Served(string Method, string Path, int Status, string Body, string? Component, bool IsArray, string? ETag = null);

/// <summary>
/// A VTN on 127.0.0.1 (a free port) for tests: <c>/auth/server</c> (3.1), <c>/auth/token</c> (client credentials),
/// <c>/programs</c>, <c>/events</c> (programID, skip, limit ≤ 50, ETag) and <c>POST /reports</c>, serving in-memory
/// objects. Every answer is logged in <see cref="Served"/> so a test can validate each body against the schema.
/// </summary>
internal sealed class LocalVtn : IDisposable
{
    public const string ClientId = "tokenflex-ven";
    public const string ClientSecret = "s3cret";
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _tokens = new();
    private readonly TimeProvider _time;
    private readonly Task _loop;

    public LocalVtn(OpenAdrVersion version, TimeProvider? time = null)
    {
        Version = version;
        _time = time ?? TimeProvider.System;
        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}/openadr3/");
        _listener.Prefixes.Add(BaseUri.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public OpenAdrVersion Version { get; }

    public Uri BaseUri { get; }

    public List<JsonObject> Programs { get; } = [];

    public List<JsonObject> Events { get; } = [];

    public ConcurrentQueue<Served> Served { get; } = new();

    public ConcurrentQueue<string> PostedReports { get; } = new();

    /// <summary>Statuses to answer the next resource requests with (before checking the token).</summary>
    public ConcurrentQueue<int> FailNext { get; } = new();

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    public int TokenRequests { get; private set; }

    /// <summary>Invalidates every token issued so far, as a VTN restart would.</summary>
    public void RevokeTokens() => _tokens.Clear();

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was stopped under a pending GetContextAsync.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var served = Handle(context.Request);
            Served.Enqueue(served);
            Answer(context, served);
        }
    }

    private Served Handle(HttpListenerRequest request)
    {
        var path = request.Url!.AbsolutePath[BaseUri.AbsolutePath.Length..];
        var method = request.HttpMethod;
        return (method, path) switch
        {
            ("GET", "auth/server") when Version == OpenAdrVersion.V31 =>
                Json(method, path, 200, new JsonObject { ["tokenURL"] = new Uri(BaseUri, "auth/token").AbsoluteUri }, "authServerInfo"),
            ("POST", "auth/token") => Token(method, path, Read(request)),
            _ when FailNext.TryDequeue(out var status) => Problem(method, path, status, "Injected failure", "the test asked for this answer"),
            _ when !Authorized(request) => Problem(method, path, 401, "Unauthorized", "missing, unknown or expired bearer token"),
            ("GET", "programs") => Page(request, method, path, Programs, "program"),
            ("GET", "events") => Page(request, method, path, Events.Where(e => ProgramMatches(request, e)).ToList(), "event"),
            ("POST", "reports") => Report(method, path, Read(request)),
            _ => Problem(method, path, 404, "Not Found", $"no {method} {path} on this VTN"),
        };
    }

    private Served Token(string method, string path, string body)
    {
        TokenRequests++;
        var form = HttpUtility.ParseQueryString(body);
        if (form["grant_type"] != "client_credentials" || form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
        {
            return Json(method, path, 401, new JsonObject { ["error"] = "invalid_client", ["error_description"] = "unknown client id or secret" },
                "authError");
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _tokens[token] = _time.GetUtcNow() + TokenLifetime;
        return Json(method, path, 200, new JsonObject
        {
            ["access_token"] = token,
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)TokenLifetime.TotalSeconds,
        }, "clientCredentialResponse");
    }

    private bool Authorized(HttpListenerRequest request)
    {
        var header = request.Headers["Authorization"];
        return header is not null && header.StartsWith("Bearer ", StringComparison.Ordinal)
               && _tokens.TryGetValue(header["Bearer ".Length..], out var expires) && _time.GetUtcNow() < expires;
    }

    private Served Page(HttpListenerRequest request, string method, string path, List<JsonObject> all, string component)
    {
        var skip = int.TryParse(request.QueryString["skip"], out var s) ? s : 0;
        var limit = int.TryParse(request.QueryString["limit"], out var l) ? l : 50;
        if (skip < 0 || limit is < 0 or > 50)
        {
            return Problem(method, path, 400, "Bad Request", "skip must be ≥ 0 and limit in 0..50");
        }

        var page = new JsonArray(all.Skip(skip).Take(limit).Select(o => o.DeepClone()).ToArray());
        var served = Json(method, path, 200, page, component, isArray: true);
        var etag = $"\"{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(served.Body)))[..16]}\"";
        return request.Headers["If-None-Match"] == etag
            ? served with { Status = 304, Body = "", Component = null, ETag = etag }
            : served with { ETag = etag };
    }

    private static bool ProgramMatches(HttpListenerRequest request, JsonObject ev) =>
        request.QueryString["programID"] is not { } id || ev["programID"]?.GetValue<string>() == id;

    private Served Report(string method, string path, string body)
    {
        PostedReports.Enqueue(body);
        var report = (JsonObject)JsonNode.Parse(body)!;
        var now = _time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        report["id"] = $"report-{PostedReports.Count}";
        report["createdDateTime"] = now;
        report["modificationDateTime"] = now;
        report["objectType"] = "REPORT";
        if (Version == OpenAdrVersion.V31)
        {
            report["clientID"] = ClientId;
        }

        return Json(method, path, 201, report, "report");
    }

    private static Served Json(string method, string path, int status, JsonNode body, string component, bool isArray = false) =>
        new(method, path, status, body.ToJsonString(), component, isArray);

    private static Served Problem(string method, string path, int status, string title, string detail) =>
        Json(method, path, status, new JsonObject { ["title"] = title, ["status"] = status, ["detail"] = detail }, "problem");

    private static string Read(HttpListenerRequest request)
    {
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void Answer(HttpListenerContext context, Served served)
    {
        var response = context.Response;
        response.StatusCode = served.Status;
        if (served.ETag is not null)
        {
            response.Headers["ETag"] = served.ETag;
        }

        var bytes = Encoding.UTF8.GetBytes(served.Body);
        if (bytes.Length > 0)
        {
            response.ContentType = served.Component == "problem" ? "application/problem+json" : "application/json";
            response.OutputStream.Write(bytes);
        }

        response.Close();
    }
}
