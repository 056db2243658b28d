namespace DrillPlatform.Bot.Teams;

/// <summary>
/// Which turns need the shared redelivery mark (a storage write) and which do not. A turn that
/// only answers with something to read (help, a role card, a list) changes nothing, so running it
/// twice costs at worst one more copy of the answer, and it answers in milliseconds, far inside the
/// 15 s after which Teams resends. A quiz answer is exactly-once by its own gate (the attempt row is
/// inserted in the answer's transaction). Everything else changes state and is marked.
/// </summary>
public static class TurnEffects
{
    private static readonly HashSet<CommandKind> ReadOnlyCommands =
    [
        CommandKind.Unknown, CommandKind.Help, CommandKind.MyRole, CommandKind.Extinguisher, CommandKind.Drills,
        CommandKind.Checks, CommandKind.Overdue, CommandKind.Readiness, CommandKind.MyReadiness,
    ];

    private static readonly HashSet<string> SelfGuardedActions = [CardActions.QuizAnswer, CardActions.RoleShow];

    public static bool NeedsSharedMark(Activity activity)
    {
        switch (activity.Type)
        {
            case Activity.Types.Message:
                if (CardAction.From(activity.Value) is { } submitted)
                    return WelcomeConversation.IsPersonal(activity) && !SelfGuardedActions.Contains(submitted.Name);
                return WelcomeConversation.IsPersonal(activity)
                       && !ReadOnlyCommands.Contains(CommandParser.Parse(BotMention.Strip(activity)).Kind);
            case Activity.Types.Invoke:
                var data = activity.Value is { ValueKind: JsonValueKind.Object } value
                           && value.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.Object
                           && a.TryGetProperty("data", out var d) ? d : (JsonElement?)null;
                return WelcomeConversation.IsPersonal(activity)
                       && !(CardAction.From(data) is { } executed && SelfGuardedActions.Contains(executed.Name));
            default:
                return true;
        }
    }
}
