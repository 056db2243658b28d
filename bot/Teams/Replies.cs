namespace DrillPlatform.Bot.Teams;

/// <summary>
/// Answers into the conversation an activity came from, through the Connector. Updating the clicked
/// card is decoration: the answer behind it is already recorded, so a failure (404
/// ActivityNotFoundInConversation when the person deleted the message, a throttle that outlasts
/// the turn's budget) is logged and the turn goes on.
/// </summary>
public sealed class Replies(ConnectorClient connector, ILogger<Replies> log)
{
    public Task<string?> TextAsync(Activity to, string text, CancellationToken ct) =>
        connector.SendAsync(to.ServiceUrl!, to.Conversation!.Id!, new Activity { Type = Activity.Types.Message, Text = text, TextFormat = "plain" }, ct);

    public Task<string?> CardAsync(Activity to, JsonElement card, CancellationToken ct) =>
        connector.SendAsync(to.ServiceUrl!, to.Conversation!.Id!, CardActivity(card), ct);

    /// <summary>Replaces the card the person clicked (Teams puts its id in replyToId).</summary>
    /// <returns>false when Teams refused the update (logged).</returns>
    public async Task<bool> UpdateCardAsync(Activity clicked, JsonElement card, CancellationToken ct)
    {
        var update = CardActivity(card);
        update.Id = clicked.ReplyToId;
        try
        {
            await connector.UpdateAsync(clicked.ServiceUrl!, clicked.Conversation!.Id!, clicked.ReplyToId!, update, ct);
            return true;
        }
        catch (ConnectorException e)
        {
            log.LogWarning("Updating card {ActivityId} failed ({Status}); the answer is recorded: {Reason}", clicked.ReplyToId, e.Status, e.Reason);
            return false;
        }
    }

    public static Activity CardActivity(JsonElement card) => new()
    {
        Type = Activity.Types.Message,
        Attachments = [new Attachment { ContentType = Attachment.AdaptiveCard, Content = card }],
    };
}
