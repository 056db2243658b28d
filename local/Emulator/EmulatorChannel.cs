using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace DrillPlatform.Local.Emulator;

/// <summary>
/// Plays the part of the Teams service: turns what the person does on the page into the Activity
/// Teams would send, signs it as the Bot Connector would, and posts it to /api/messages over HTTP.
/// </summary>
public sealed class EmulatorChannel(IHttpClientFactory http, DevIssuer issuer, Transcripts transcripts, TimeProvider time)
{
    public static string ConversationId(string objectId) => $"a:emulator-{objectId}";

    public async Task<int> SendAsync(string baseUrl, StaffMember person, EmulatorInput input, CancellationToken ct)
    {
        var serviceUrl = $"{baseUrl}/emulator/";
        var activity = new Activity
        {
            Type = input.Type ?? Activity.Types.Message,
            Id = Guid.NewGuid().ToString("N"),
            Timestamp = time.GetUtcNow(),
            ServiceUrl = serviceUrl,
            ChannelId = "msteams",
            From = new ChannelAccount { Id = $"29:{person.ObjectId}", Name = person.Name, AadObjectId = person.ObjectId },
            Recipient = new ChannelAccount { Id = $"28:{LocalDevelopment.DevAppId}", Name = "DrillPlatform" },
            Conversation = new ConversationAccount
            {
                Id = ConversationId(person.ObjectId), ConversationType = "personal", IsGroup = false, TenantId = LocalDevelopment.DevTenantId,
            },
            Text = input.Text,
            Locale = input.Locale,
            Value = input.Value,
            ReplyToId = input.ReplyToId,
            Name = input.Name,
            Action = input.Action,
            MembersAdded = input.Type == Activity.Types.ConversationUpdate ? [new ChannelAccount { Id = $"29:{person.ObjectId}", AadObjectId = person.ObjectId }] : null,
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = LocalDevelopment.DevTenantId } }),
        };
        // A card submit is a message with a value and no text: Teams shows no bubble for it.
        if (activity.Type == Activity.Types.Message && !string.IsNullOrEmpty(activity.Text))
            transcripts.Add(activity.Conversation.Id, (JsonObject)JsonSerializer.SerializeToNode(activity, ProtocolJson.Options)!);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"{baseUrl}/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, ProtocolJson.Options), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", issuer.CreateChannelToken(LocalDevelopment.DevAppId, serviceUrl));
        using var response = await http.CreateClient("emulator").SendAsync(request, ct);
        return (int)response.StatusCode;
    }
}

/// <summary>What the page sends: a typed message, a card click (value), or a conversation event.</summary>
public sealed record EmulatorInput(string As, string? Type, string? Text, JsonElement? Value, string? ReplyToId, string? Locale, string? Name, string? Action);
