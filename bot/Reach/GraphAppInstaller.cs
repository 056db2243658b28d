using System.Net.Http.Headers;
using System.Text;

namespace DrillPlatform.Bot.Reach;

/// <summary>
/// Installs the Teams app in a person's personal scope: POST {graph}users/{id}/teamwork/installedApps
/// with teamsApp@odata.bind to the app catalog entry (application permission
/// TeamsAppInstallation.ReadWriteSelfForUser.All, admin-consented). 201 installed, 409 it already
/// was. 429 and 503/504 are retried after Retry-After (else a short backoff) while the waits fit
/// Reach:MaxThrottleWait; beyond that the wait goes to the caller (ReachThrottledException). Any
/// other status is final (GraphRefusedException with Graph's code and message).
/// </summary>
public sealed class GraphAppInstaller(
    HttpClient http,
    IGraphTokenProvider tokens,
    IOptions<ReachOptions> reach,
    IOptions<BotAuthOptions> bot,
    TimeProvider time,
    ILogger<GraphAppInstaller> logger)
{
    private const int MaxAttempts = 4;

    public async Task<bool> InstallAsync(string userId, string catalogId, CancellationToken ct)
    {
        var graph = ReachEndpoints.GraphBaseUrl(reach.Value, bot.Value);
        var url = new Uri($"{graph}users/{Uri.EscapeDataString(userId)}/teamwork/installedApps");
        var body = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["teamsApp@odata.bind"] = $"{graph}appCatalogs/teamsApps/{Uri.EscapeDataString(catalogId)}",
        });
        var waited = TimeSpan.Zero;
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(ct));
            using var response = await http.SendAsync(request, ct);
            var status = (int)response.StatusCode;
            if (status is 201 or 200 or 204) return true;
            if (status == 409) return false;

            var (code, message) = ErrorBody.Read(await response.Content.ReadAsStringAsync(ct));
            if (status is not (429 or 503 or 504))
                throw new GraphRefusedException(status, code, message);
            var wait = RetryAfter.Read(response, time.GetUtcNow()) ?? TimeSpan.FromSeconds(attempt);
            if (attempt >= MaxAttempts || waited + wait > reach.Value.MaxThrottleWait)
                throw new ReachThrottledException(wait, "Microsoft Graph");
            logger.LogWarning("Graph install attempt {Attempt} got {Status}; retrying in {DelayMs} ms", attempt, status, (int)wait.TotalMilliseconds);
            await Task.Delay(wait, time, ct);
            waited += wait;
        }
    }
}

/// <summary>Graph refused the installation for good (403 no permission or consent, 404 unknown user or app...).</summary>
public sealed class GraphRefusedException(int status, string? code, string? message)
    : Exception($"Microsoft Graph refused the installation ({status}{(code is null ? "" : " " + code)}): {message ?? "no message"}")
{
    public int Status { get; } = status;
    public string? Code { get; } = code;
    public string? GraphMessage { get; } = message;
}
