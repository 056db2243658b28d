using System.Text.Json.Serialization;

namespace DrillPlatform.Bot.Protocol;

/// <summary>The part of the Bot Framework Activity schema that a Teams bot uses.</summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? Text { get; set; }
    public string? Locale { get; set; }
    public string? Name { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public JsonElement? Value { get; set; }
    public JsonElement? ChannelData { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public List<Entity>? Entities { get; set; }

    public static class Types
    {
        public const string Message = "message";
        public const string Invoke = "invoke";
        public const string ConversationUpdate = "conversationUpdate";
        public const string InstallationUpdate = "installationUpdate";
        public const string InvokeResponse = "invokeResponse";
    }
}

public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }
}

public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public bool? IsGroup { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public string? Name { get; set; }
}

/// <summary>An entity of an activity; for a mention (type "mention") the text it occupies and who is mentioned.</summary>
public sealed class Entity
{
    public string? Type { get; set; }
    public ChannelAccount? Mentioned { get; set; }
    public string? Text { get; set; }
}

public sealed class Attachment
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public string? ContentType { get; set; }
    public JsonElement? Content { get; set; }
}

public static class ProtocolJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
