namespace DrillPlatform.Bot.Conversations;

/// <summary>
/// The help card once per personal install. Teams announces a personal install twice (an
/// installationUpdate "add" and a conversationUpdate with the members added), and may redeliver
/// either, so the first of them marks the chat in the OnceLedger and the rest find the mark.
/// Removing the app forgets the mark: whoever installs it again is welcomed again. Nothing is
/// posted into channels or group chats when members come and go: everyone there would read it.
/// </summary>
public sealed class WelcomeConversation(OnceLedger once, HelpConversation help)
{
    public const string Kind = "welcome";

    public static bool IsPersonal(Activity activity) =>
        activity.Conversation is { Id: not null } c && c.IsGroup != true && c.ConversationType is null or "personal";

    public async Task WelcomeAsync(Turn turn, CancellationToken ct)
    {
        if (!IsPersonal(turn.Activity)) return;
        var chat = turn.Activity.Conversation!.Id!;
        if (!await once.TryMarkAsync(Kind, chat, ct)) return;
        try
        {
            await help.ShowAsync(turn.Activity, turn.Locale, turn.Person.May(Permission.ManageDrills), ct);
        }
        catch
        {
            // Not welcomed after all: let Teams' redelivery (or the twin event) try again.
            await once.ForgetAsync(Kind, chat, CancellationToken.None);
            throw;
        }
    }

    public Task ForgetAsync(Activity activity, CancellationToken ct) =>
        IsPersonal(activity) ? once.ForgetAsync(Kind, activity.Conversation!.Id!, ct) : Task.CompletedTask;
}
