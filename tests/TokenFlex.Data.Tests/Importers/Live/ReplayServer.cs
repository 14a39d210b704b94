using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TokenFlex.Data.Tests.Importers.Live;

/// <summary>
/// A local HTTP server on 127.0.0.1 and a free port that answers from a handler, for testing the live clients
/// against recorded-format responses without the network. Every request is recorded.
/// </summary>
internal sealed class ReplayServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerRequest, (int Status, string Body)> _handler;
    private readonly Task _loop;

    public ReplayServer(Func<HttpListenerRequest, (int Status, string Body)> handler)
    {
        _handler = handler;
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                _listener.Start();
                BaseAddress = new Uri($"http://127.0.0.1:{port}/");
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
            }
        }

        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; } = null!;

    /// <summary>Path and query of every request, with its Authorization and auth-token headers.</summary>
    public List<(string PathAndQuery, string? Authorization, string? AuthToken)> Requests { get; } = [];

    public static string Recorded(string name) => File.ReadAllText(Path.Combine(TestScenarios.DataDirectory, "live", name));

    private async Task ServeAsync()
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

            var request = context.Request;
            lock (Requests)
            {
                Requests.Add((request.Url!.PathAndQuery, request.Headers["Authorization"], request.Headers["auth-token"]));
            }

            var (status, body) = _handler(request);
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}

/// <summary>A clock that tests move by hand.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
