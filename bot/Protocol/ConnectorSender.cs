using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// Sends one Connector request with bounded retries: throttling (429), Teams' 412, gateway and
/// availability errors (502/503/504) and network failures are retried, honouring Retry-After or
/// else backing off exponentially with jitter. Everything else fails at once. With
/// retryThrottled false a 429 fails at once too (with its Retry-After), for callers that wait
/// elsewhere, e.g. a queue message made invisible for that long.
/// </summary>
internal sealed class ConnectorSender(
    HttpClient http,
    IConnectorTokenProvider tokens,
    ConnectorRetryOptions retry,
    TimeProvider time,
    ILogger logger)
{
    private static readonly HashSet<int> Retryable = [429, 412, 502, 503, 504];

    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> createRequest, CancellationToken ct, bool retryThrottled = true)
    {
        var waited = TimeSpan.Zero;
        for (var attempt = 1; ; attempt++)
        {
            using var request = createRequest();
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(ct));

            HttpResponseMessage? response = null;
            Exception? failure = null;
            try
            {
                response = await http.SendAsync(request, ct);
            }
            catch (Exception ex) when (IsTransient(ex, ct))
            {
                failure = ex;
            }

            var status = response is null ? 0 : (int)response.StatusCode;
            if (response is { IsSuccessStatusCode: true })
            {
                return response;
            }
            if (response is not null && !Retryable.Contains(status))
            {
                var reason = await DescribeAsync(response, ct);
                response.Dispose();
                throw new ConnectorException(status, reason);
            }

            var requested = response is null ? null : RetryAfter.Read(response, time.GetUtcNow());
            var what = response is null ? $"network error: {failure!.Message}" : $"HTTP {status}";
            response?.Dispose();

            if (status == 429 && !retryThrottled)
            {
                throw new ConnectorException(status, "throttled (429); the caller retries later.", null, requested);
            }

            if (attempt >= retry.MaxAttempts)
            {
                throw new ConnectorException(status, $"gave up after {attempt} attempts; last was {what}.", failure, requested);
            }
            var delay = requested ?? Backoff(attempt);
            if (waited + delay > retry.MaxTotalDelay)
            {
                var source = requested is null ? "backoff" : "Retry-After";
                throw new ConnectorException(status,
                    $"{what}; the {source} of {delay.TotalSeconds:0.###} s exceeds the remaining retry budget of "
                    + $"{(retry.MaxTotalDelay - waited).TotalSeconds:0.###} s.", failure, requested);
            }

            logger.LogWarning("Connector {Method} attempt {Attempt} got {Outcome}; retrying in {DelayMs} ms",
                request.Method, attempt, what, (int)delay.TotalMilliseconds);
            await Task.Delay(delay, time, ct);
            waited += delay;
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var ceiling = retry.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        // Half fixed, half random: spreads retries of many senders without ever retrying instantly.
        return TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
    }

    private static bool IsTransient(Exception ex, CancellationToken ct) =>
        ex is HttpRequestException
        || (ex is TaskCanceledException && !ct.IsCancellationRequested); // HttpClient timeout

    private static async Task<string> DescribeAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        if (body.Length > 500)
        {
            body = body[..500] + "...";
        }
        var status = $"{(int)response.StatusCode} {response.ReasonPhrase ?? ((HttpStatusCode)response.StatusCode).ToString()}";
        return body.Length == 0 ? status : $"{status}: {body}";
    }
}
