using System.Text.Json;
using DrillPlatform.Bot.Protocol;

namespace DrillPlatform.Bot.Conversations;

/// <summary>Answers into the conversation an activity came from, through the Connector.</summary>
public sealed class Replies(ConnectorClient connector)
{
    public Task<string?> TextAsync(Activity to, string text, CancellationToken ct) =>
        connector.SendAsync(to.ServiceUrl!, to.Conversation!.Id!, new Activity { Type = Activity.Types.Message, Text = text, TextFormat = "plain" }, ct);

    public Task<string?> CardAsync(Activity to, JsonElement card, CancellationToken ct) =>
        connector.SendAsync(to.ServiceUrl!, to.Conversation!.Id!, CardActivity(card), ct);

    /// <summary>Replaces the card the person clicked (Teams puts its id in replyToId).</summary>
    public Task UpdateCardAsync(Activity clicked, JsonElement card, CancellationToken ct)
    {
        var update = CardActivity(card);
        update.Id = clicked.ReplyToId;
        return connector.UpdateAsync(clicked.ServiceUrl!, clicked.Conversation!.Id!, clicked.ReplyToId!, update, ct);
    }

    public static Activity CardActivity(JsonElement card) => new()
    {
        Type = Activity.Types.Message,
        Attachments = [new Attachment { ContentType = Attachment.AdaptiveCard, Content = card }],
    };
}
