using System.Text;

namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// The bot's messaging endpoint, independent of the HTTP host: both hosts hand it the header, the
/// declared length and the body stream. Order: the token is checked from the header alone, so a
/// stranger is refused before one byte of the body is read; then at most Bot:MaxActivityBytes are
/// read (413 beyond); then the activity is parsed and checked against the token (channel, service
/// URL, msteams, tenant); the handler runs last.
/// Results: 400 unreadable activity; 401/403 authentication; 413 too large; 200 with no body for
/// ordinary activities (as the SDK's CloudAdapter answers); an invoke answers with its
/// InvokeResponse's status and body, or 501 when the handler has none (again as the SDK does).
/// Faults on our side are 500 (handler threw; logged with the exception, nothing swallowed) or 503
/// (signing keys unreachable: the Bot Connector retries). Cancellation propagates.
/// </summary>
public sealed class BotEndpoint(
    BotTokenValidator validator,
    IActivityHandler handler,
    IOptions<BotAuthOptions> options,
    ILogger<BotEndpoint> logger)
{
    public Task<BotHttpResult> ProcessAsync(string? authorizationHeader, string requestBody, CancellationToken ct) =>
        ProcessAsync(authorizationHeader, null, new MemoryStream(Encoding.UTF8.GetBytes(requestBody)), ct);

    public async Task<BotHttpResult> ProcessAsync(string? authorizationHeader, long? contentLength, Stream body, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return BotHttpResult.Error(401, "The Authorization header is missing.");
        }

        AuthResult auth;
        BotToken? token;
        try
        {
            (auth, token) = await validator.AuthenticateAsync(authorizationHeader, ct);
        }
        catch (SigningKeysUnavailableException ex)
        {
            logger.LogError(ex, "Cannot authenticate a Bot Connector request: signing keys unavailable");
            return BotHttpResult.Error(503, "The bot cannot verify requests right now.");
        }
        if (token is null)
        {
            return BotHttpResult.Error(auth.Status, auth.Reason);
        }

        var limit = options.Value.Bot.MaxActivityBytes;
        var text = contentLength > limit ? null : await ReadBoundedAsync(body, limit, ct);
        if (text is null)
        {
            return BotHttpResult.Error(413, $"The activity is larger than {limit} bytes.");
        }
        if (!TryParse(text, out var activity, out var problem))
        {
            return BotHttpResult.Error(400, problem);
        }
        auth = validator.Authorize(token, activity);
        if (!auth.Succeeded)
        {
            return BotHttpResult.Error(auth.Status, auth.Reason);
        }

        return await HandleAsync(activity, ct);
    }

    // Reads at most limit bytes; null when the body is longer (a missing or lying Content-Length).
    private static async Task<string?> ReadBoundedAsync(Stream body, int limit, CancellationToken ct)
    {
        var buffer = new byte[Math.Min(limit + 1, 64 * 1024)];
        using var copy = new MemoryStream();
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            if (copy.Length + read > limit)
            {
                return null;
            }
            copy.Write(buffer, 0, read);
        }
        return Encoding.UTF8.GetString(copy.GetBuffer(), 0, (int)copy.Length);
    }

    private async Task<BotHttpResult> HandleAsync(Activity activity, CancellationToken ct)
    {
        InvokeResponse? response;
        try
        {
            using var turn = ConnectorTurn.Begin(); // the short retry budget and the interactive pacing share
            response = await handler.HandleAsync(activity, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Handling {ActivityType} activity {ActivityId} failed", activity.Type, activity.Id);
            return BotHttpResult.Error(500, "The bot failed to process the activity.");
        }

        if (activity.Type != Activity.Types.Invoke)
        {
            return new BotHttpResult(200, null);
        }
        if (response is null)
        {
            return BotHttpResult.Error(501, $"No response for invoke '{activity.Name}'.");
        }
        var body = response.Body is null ? null : JsonSerializer.Serialize(response.Body, ProtocolJson.Options);
        return new BotHttpResult(response.Status, body);
    }

    private static bool TryParse(string body, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Activity? activity, out string problem)
    {
        activity = null;
        if (string.IsNullOrWhiteSpace(body))
        {
            problem = "The request body is empty; expected an Activity JSON object.";
            return false;
        }
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException ex)
        {
            problem = $"The request body is not a valid Activity JSON object (line {ex.LineNumber}, position {ex.BytePositionInLine}).";
            return false;
        }
        if (activity is null)
        {
            problem = "The request body is not a valid Activity JSON object.";
            return false;
        }
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            problem = "The activity has no 'type'.";
            activity = null;
            return false;
        }
        problem = "";
        return true;
    }
}
