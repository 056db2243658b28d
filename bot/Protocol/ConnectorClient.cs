using System.Net.Http.Json;

namespace DrillPlatform.Bot.Protocol;

/// <summary>The Bot Connector REST calls the platform needs (v3 conversations API).</summary>
public sealed class ConnectorClient(
    HttpClient http,
    IConnectorTokenProvider tokens,
    IOptions<BotAuthOptions> options,
    TimeProvider time,
    ILogger<ConnectorClient> logger,
    IConnectorPacer pacer)
{
    private readonly ConnectorSender sender = new(http, tokens, options.Value.Bot.ConnectorRetry, time, logger);

    // Every attempt is a request Teams counts, so every attempt is paced.
    private Func<CancellationToken, Task> Paced(string? conversationId) =>
        ct => pacer.AcquireAsync(conversationId, ConnectorTurn.IsInbound, ct);

    /// <summary>Posts a new activity to the conversation; returns the id the channel gave it.</summary>
    public Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct) =>
        SendAsync(serviceUrl, conversationId, activity, retryThrottled: true, ct);

    /// <param name="retryThrottled">false: a 429 throws at once, its Retry-After on <see cref="ConnectorException.RetryAfter"/>.</param>
    public Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity, bool retryThrottled, CancellationToken ct) =>
        SendActivityAsync(HttpMethod.Post, ConversationUrl(serviceUrl, conversationId, "activities"), conversationId, activity, ct, retryThrottled);

    public Task<string?> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken ct) =>
        SendActivityAsync(HttpMethod.Post, ActivityUrl(serviceUrl, conversationId, replyToId), conversationId, activity, ct);

    public Task<string?> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        SendActivityAsync(HttpMethod.Put, ActivityUrl(serviceUrl, conversationId, activityId), conversationId, activity, ct);

    /// <summary>Creates (or finds) the 1:1 chat between the bot and one member, for proactive messages.</summary>
    public Task<string> CreateConversationAsync(string serviceUrl, string tenantId, string botId, string memberId, CancellationToken ct) =>
        CreateConversationAsync(serviceUrl, tenantId, botId, memberId, retryThrottled: true, ct);

    /// <param name="memberId">A Teams user id (29:...) or, in the personal scope, the person's Entra object id.</param>
    public async Task<string> CreateConversationAsync(string serviceUrl, string tenantId, string botId, string memberId, bool retryThrottled,
        CancellationToken ct)
    {
        RequireId(tenantId, nameof(tenantId));
        RequireId(botId, nameof(botId));
        RequireId(memberId, nameof(memberId));
        var url = new Uri(BaseUrl(serviceUrl) + "v3/conversations");
        var parameters = new CreateConversationRequest(
            IsGroup: false,
            Bot: new ChannelAccount { Id = botId },
            Members: [memberId.Contains(':') ? new ChannelAccount { Id = memberId } : new ChannelAccount { Id = memberId, AadObjectId = memberId }],
            TenantId: tenantId,
            ChannelData: new { tenant = new { id = tenantId } });

        using var response = await sender.SendAsync(() => Json(HttpMethod.Post, url, parameters), ct, retryThrottled, Paced(null));
        var created = await ReadAsync(response, ct);
        return created?.Id is { Length: > 0 } id
            ? id
            : throw new ConnectorException((int)response.StatusCode, "the create-conversation response has no conversation id.");
    }

    private async Task<string?> SendActivityAsync(HttpMethod method, Uri url, string conversationId, Activity activity, CancellationToken ct,
        bool retryThrottled = true)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var response = await sender.SendAsync(() => Json(method, url, activity), ct, retryThrottled, Paced(conversationId));
        return (await ReadAsync(response, ct))?.Id;
    }

    private static HttpRequestMessage Json<T>(HttpMethod method, Uri url, T body) => new(method, url)
    {
        Content = JsonContent.Create(body, options: ProtocolJson.Options),
    };

    // Teams answers some calls with an empty body; an id is then simply unknown.
    private static async Task<ResourceResponse?> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<ResourceResponse>(text, ProtocolJson.Options);
        }
        catch (JsonException ex)
        {
            throw new ConnectorException((int)response.StatusCode, "the Connector answered with malformed JSON.", ex);
        }
    }

    private static Uri ActivityUrl(string serviceUrl, string conversationId, string activityId)
    {
        RequireId(activityId, nameof(activityId));
        return ConversationUrl(serviceUrl, conversationId, "activities/" + Uri.EscapeDataString(activityId));
    }

    private static Uri ConversationUrl(string serviceUrl, string conversationId, string rest)
    {
        RequireId(conversationId, nameof(conversationId));
        return new Uri($"{BaseUrl(serviceUrl)}v3/conversations/{Uri.EscapeDataString(conversationId)}/{rest}");
    }

    // The bearer token goes wherever serviceUrl points, so it must be https (or loopback locally).
    private static string BaseUrl(string serviceUrl)
    {
        if (!SecureUrl.TryParse(serviceUrl, out var uri, out var reason))
        {
            throw new ArgumentException($"serviceUrl {reason}", nameof(serviceUrl));
        }
        var text = uri.GetLeftPart(UriPartial.Path);
        return text.EndsWith('/') ? text : text + "/";
    }

    private static void RequireId(string value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must not be empty.", name);
        }
    }

    private sealed record ResourceResponse(string? Id);

    private sealed record CreateConversationRequest(
        bool IsGroup, ChannelAccount Bot, ChannelAccount[] Members, string TenantId, object ChannelData);
}
