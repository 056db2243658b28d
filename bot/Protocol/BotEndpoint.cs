using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// The bot's messaging endpoint, independent of the HTTP host. Order: a request without a Bearer
/// header is refused before its body is parsed (cheap for junk traffic); the body is parsed next
/// because authentication needs the activity's channelId and serviceUrl; the handler runs only
/// after authentication succeeded.
/// Results: 400 unreadable activity; 401/403 authentication; 200 with no body for ordinary
/// activities (as the SDK's CloudAdapter answers); an invoke answers with its InvokeResponse's
/// status and body, or 501 when the handler has none (again as the SDK does). Faults on our
/// side are 500 (handler threw; logged with the exception, nothing swallowed) or 503 (signing
/// keys unreachable: the Bot Connector retries). Cancellation propagates.
/// </summary>
public sealed class BotEndpoint(
    BotTokenValidator validator,
    IActivityHandler handler,
    ILogger<BotEndpoint> logger)
{
    public async Task<BotHttpResult> ProcessAsync(string? authorizationHeader, string requestBody, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return BotHttpResult.Error(401, "The Authorization header is missing.");
        }
        if (!TryParse(requestBody, out var activity, out var problem))
        {
            return BotHttpResult.Error(400, problem);
        }

        AuthResult auth;
        try
        {
            auth = await validator.ValidateAsync(authorizationHeader, activity, ct);
        }
        catch (SigningKeysUnavailableException ex)
        {
            logger.LogError(ex, "Cannot authenticate activity {ActivityId}: signing keys unavailable", activity.Id);
            return BotHttpResult.Error(503, "The bot cannot verify requests right now.");
        }
        if (!auth.Succeeded)
        {
            return BotHttpResult.Error(auth.Status, auth.Reason);
        }

        return await HandleAsync(activity, ct);
    }

    private async Task<BotHttpResult> HandleAsync(Activity activity, CancellationToken ct)
    {
        InvokeResponse? response;
        try
        {
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
