using System.Net;
using System.Net.Http.Headers;

namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// Sends one Connector request with bounded retries, as the Teams status table advises: 429, 412,
/// 502, 503 and 504 are retried, honouring Retry-After or else backing off exponentially with
/// jitter; every other status (400, 401, 403, 404, 413, 500...) fails at once. A network failure
/// is retried only when the request cannot have reached Teams (no connection) or is idempotent
/// (PUT): a POST that timed out may have been posted, and posting it again would show the card
/// twice. Every attempt of one call carries the same client request id, for the logs of both sides.
/// With retryThrottled false a 429 fails at once (with its Retry-After), for callers that wait
/// elsewhere, e.g. a queue message made invisible for that long. Inside an inbound turn
/// (ConnectorTurn) the budget is the short inbound one.
/// </summary>
internal sealed class ConnectorSender(
    HttpClient http,
    IConnectorTokenProvider tokens,
    ConnectorRetryOptions retry,
    TimeProvider time,
    ILogger logger)
{
    public const string ClientRequestIdHeader = "x-ms-client-request-id";
    private static readonly HashSet<int> Retryable = [429, 412, 502, 503, 504];

    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> createRequest, CancellationToken ct, bool retryThrottled = true,
        Func<CancellationToken, Task>? beforeAttempt = null)
    {
        var inbound = ConnectorTurn.IsInbound;
        var budget = inbound ? retry.InboundMaxTotalDelay : retry.MaxTotalDelay;
        var clientRequestId = Guid.NewGuid().ToString();
        var waited = TimeSpan.Zero;
        for (var attempt = 1; ; attempt++)
        {
            if (beforeAttempt is not null) await beforeAttempt(ct);
            using var request = createRequest();
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(ct));
            request.Headers.TryAddWithoutValidation(ClientRequestIdHeader, clientRequestId);

            HttpResponseMessage? response = null;
            Exception? failure = null;
            using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            if (inbound) attemptTimeout.CancelAfter(retry.InboundAttemptTimeout);
            try
            {
                response = await http.SendAsync(request, attemptTimeout.Token);
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
                var (reason, code) = await DescribeAsync(response, ct);
                response.Dispose();
                throw new ConnectorException(status, reason, code: code);
            }
            if (failure is not null && !MayResend(request.Method, failure))
            {
                throw new ConnectorException(0,
                    $"{request.Method} {clientRequestId} got no answer ({failure.Message}); not sent again, as Teams may have received it.", failure);
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
            if (waited + delay > budget)
            {
                var source = requested is null ? "backoff" : "Retry-After";
                throw new ConnectorException(status,
                    $"{what}; the {source} of {delay.TotalSeconds:0.###} s exceeds the remaining retry budget of "
                    + $"{(budget - waited).TotalSeconds:0.###} s.", failure, requested);
            }

            logger.LogWarning("Connector {Method} {ClientRequestId} attempt {Attempt} got {Outcome}; retrying in {DelayMs} ms",
                request.Method, clientRequestId, attempt, what, (int)delay.TotalMilliseconds);
            await Task.Delay(delay, time, ct);
            waited += delay;
        }
    }

    // Full jitter over an exponential ceiling, at least a tenth of it: throttled senders spread out
    // instead of coming back together, and nothing retries instantly.
    private TimeSpan Backoff(int attempt)
    {
        var ceiling = retry.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        return TimeSpan.FromMilliseconds(ceiling * (0.1 + 0.9 * Random.Shared.NextDouble()));
    }

    private static bool IsTransient(Exception ex, CancellationToken ct) =>
        ex is HttpRequestException
        || (ex is OperationCanceledException && !ct.IsCancellationRequested); // HttpClient or attempt timeout

    // Only a failure to connect proves the request never left; anything later may have been processed.
    private static bool MayResend(HttpMethod method, Exception failure) =>
        method == HttpMethod.Put
        || failure is HttpRequestException
        {
            HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError
                or HttpRequestError.ProxyTunnelError,
        };

    private static async Task<(string Reason, string? Code)> DescribeAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        var code = ErrorBody.Read(body).Code;
        if (body.Length > 500)
        {
            body = body[..500] + "...";
        }
        var status = $"{(int)response.StatusCode} {response.ReasonPhrase ?? ((HttpStatusCode)response.StatusCode).ToString()}";
        return (body.Length == 0 ? status : $"{status}: {body}", code);
    }
}
