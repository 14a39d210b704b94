using System.Net;

namespace TokenFlex.OpenAdr.Ven;

/// <summary>A response read to the end: status, body and ETag.</summary>
internal sealed record VenResponse(HttpStatusCode Status, string Body, string? ETag, string? ContentType);

/// <summary>
/// Sends requests with a per-request timeout, retrying network errors, timeouts, 408, 429 and 5xx with exponential
/// backoff (or the VTN's Retry-After), and reads each answer to the end.
/// </summary>
internal sealed class VenTransport(HttpClient http, VenOptions options)
{
    public async Task<VenResponse> SendAsync(Func<HttpRequestMessage> makeRequest, CancellationToken cancellation)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = makeRequest();
            var label = $"{request.Method} {request.RequestUri}";
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(options.RequestTimeout);
            TimeSpan? retryAfter = null;
            try
            {
                using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
                var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
                if (!IsTransient(response.StatusCode) || attempt >= options.MaxRetries)
                {
                    return new VenResponse(response.StatusCode, body, response.Headers.ETag?.Tag,
                        response.Content.Headers.ContentType?.MediaType);
                }

                retryAfter = response.Headers.RetryAfter?.Delta;
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellation.IsCancellationRequested)
            {
                if (attempt >= options.MaxRetries)
                {
                    var what = e is OperationCanceledException ? $"timed out after {options.RequestTimeout.TotalSeconds:0.###} s" : e.Message;
                    throw new VenException($"{label} failed after {attempt + 1} attempts: {what}", null, e);
                }
            }

            await Task.Delay(retryAfter ?? options.RetryDelay * Math.Pow(2, attempt), cancellation).ConfigureAwait(false);
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
}
