using DrillPlatform.Bot.Checks;
using DrillPlatform.Bot.Drills.Trainers;
using DrillPlatform.Bot.Drills.Walks;
using DrillPlatform.Bot.Readiness;
using DrillPlatform.Bot.Reports;

namespace DrillPlatform.Bot.Teams;

/// <summary>
/// The bot's entry point after authentication: remembers the conversation, finds the person on the
/// roster and hands the turn to the conversation it belongs to.
/// </summary>
public sealed class TeamsBot(
    ConversationCapture capture,
    RosterStore roster,
    Texts texts,
    HelpConversation help,
    WelcomeConversation welcome,
    QuizConversation quiz,
    RoleConversation role,
    ExtinguisherConversation extinguisher,
    LanguageConversation language,
    WalkCommands walks,
    DrillListConversation drillList,
    TrainerCommands trainer,
    CheckConversation checks,
    ReadinessConversation readiness,
    ReviewConversation review,
    ReportConversation report,
    DrillPlatform.Bot.Reach.ConversationHealth health,
    Replies replies) : IActivityHandler
{
    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken ct)
    {
        await capture.CaptureAsync(activity, ct);
        switch (activity.Type)
        {
            case Activity.Types.Message:
                if (await TurnAsync(activity, ct) is { } turn)
                    await OnMessageAsync(turn, ct);
                return null;
            case Activity.Types.Invoke when activity.Name == "adaptiveCard/action":
                return await OnExecuteAsync(activity, ct);
            case Activity.Types.InstallationUpdate when activity.Action == "add":
            case Activity.Types.ConversationUpdate when activity.MembersAdded is { Count: > 0 }:
                if (await TurnAsync(activity, ct) is { } welcomed)
                    await welcome.WelcomeAsync(welcomed, ct);
                return null;
            case Activity.Types.InstallationUpdate when activity.Action == "remove":
                await welcome.ForgetAsync(activity, ct);
                if (WelcomeConversation.IsPersonal(activity) && activity.From?.AadObjectId is { Length: > 0 } removedBy)
                    await health.UninstalledAsync(removedBy, ct);
                return null;
            default:
                return null;
        }
    }

    private async Task<Turn?> TurnAsync(Activity activity, CancellationToken ct)
    {
        var person = activity.From?.AadObjectId is { Length: > 0 } oid ? await roster.GetAsync(oid, ct) : null;
        if (person is null)
        {
            if (activity.Type == Activity.Types.Message)
                await replies.TextAsync(activity, texts.Get("unknown_person", Locales.Normalize(activity.Locale)), ct);
            return null;
        }
        var locale = string.IsNullOrWhiteSpace(person.Locale) ? Locales.Normalize(activity.Locale) : Locales.Normalize(person.Locale);
        return new Turn(activity, person, locale);
    }

    private async Task OnMessageAsync(Turn turn, CancellationToken ct)
    {
        if (!WelcomeConversation.IsPersonal(turn.Activity))
        {
            await OnSharedMessageAsync(turn, ct);
            return;
        }
        if (CardAction.From(turn.Activity.Value) is { } action)
        {
            await OnCardActionAsync(turn, action, updateClickedCard: true, ct);
            return;
        }
        var command = CommandParser.Parse(BotMention.Strip(turn.Activity));
        await (command.Kind switch
        {
            CommandKind.Quiz => quiz.StartAsync(turn, ct),
            CommandKind.MyRole => role.ShowAsync(turn, ct),
            CommandKind.Extinguisher => extinguisher.ShowAsync(turn, command.Argument, ct),
            CommandKind.Language => language.SwitchAsync(turn, command.Argument, ct),
            CommandKind.Practice => walks.PracticeAsync(turn, command.Argument, ct),
            CommandKind.Drills => drillList.ShowAsync(turn, ct),
            CommandKind.Schedule or CommandKind.Run or CommandKind.Cancel => trainer.HandleAsync(turn, command, ct),
            CommandKind.Help => help.ShowAsync(turn.Activity, turn.Locale, turn.Person.May(Permission.ManageDrills), ct),
            CommandKind.Checks => checks.ListMineAsync(turn, ct),
            CommandKind.Overdue => checks.ListOverdueAsync(turn, ct),
            CommandKind.Readiness => readiness.ShowDepartmentAsync(turn, command.Argument, ct),
            CommandKind.MyReadiness => readiness.ShowMineAsync(turn, ct),
            CommandKind.Review => review.CommandAsync(turn, command.Argument, ct),
            CommandKind.Report => report.ShowAsync(turn, command.Argument, ct),
            _ => replies.TextAsync(turn.Activity, texts.Get("unknown_command", turn.Locale), ct),
        });
    }

    /// <summary>
    /// In a channel or group chat everyone reads the answer, so only what everyone may read is
    /// answered there: help (the staff version) and extinguisher how-tos. Anything personal or
    /// trainer-only (drill lists and planned times, checks, overdue, readiness, quizzes, walks) and
    /// every card action gets one line asking the person to use the 1:1 chat.
    /// </summary>
    private async Task OnSharedMessageAsync(Turn turn, CancellationToken ct)
    {
        var command = CardAction.From(turn.Activity.Value) is null ? CommandParser.Parse(BotMention.Strip(turn.Activity)) : null;
        await (command?.Kind switch
        {
            CommandKind.Help => help.ShowAsync(turn.Activity, turn.Locale, false, ct),
            CommandKind.Extinguisher => extinguisher.ShowAsync(turn, command.Argument, ct),
            _ => replies.TextAsync(turn.Activity, texts.Get("personal_chat_only", turn.Locale), ct),
        });
    }

    private async Task<JsonElement?> OnCardActionAsync(Turn turn, CardAction action, bool updateClickedCard, CancellationToken ct)
    {
        if (WalkCommands.Handles(action.Name))
            return await walks.OnCardActionAsync(turn, action, updateClickedCard, ct);
        switch (action.Name)
        {
            case CardActions.ScheduleCreate:
                await trainer.SubmitScheduleAsync(turn, action, ct);
                return null;
            case CardActions.QuizAnswer:
                return await quiz.AnswerAsync(turn, action, updateClickedCard, ct);
            case CardActions.QuizStart:
                await quiz.StartAsync(turn, action.String("topic"), ct);
                return null;
            case ReadinessCards.ShowAction:
                await readiness.OnShowAsync(turn, action, ct);
                return null;
            case ReadinessCards.NudgeAction:
                await readiness.OnNudgeAsync(turn, action, ct);
                return null;
            case CardActions.CheckSubmit:
                return await checks.SubmitAsync(turn, action, updateClickedCard, ct);
            case CardActions.CheckOpen:
                await checks.OpenAsync(turn, action, ct);
                return null;
            case ReviewCards.ShowAction:
                await review.OnShowAsync(turn, action, ct);
                return null;
            case ReviewCards.SubmitAction:
                await review.OnSubmitAsync(turn, action, ct);
                return null;
            case ReviewCards.CloseAction:
                await review.OnCloseAsync(turn, action, ct);
                return null;
            case CardActions.RoleShow:
                await role.ShowAsync(turn, ct);
                return null;
            default:
                await replies.TextAsync(turn.Activity, texts.Get("stale_card", turn.Locale), ct);
                return null;
        }
    }

    /// <summary>Action.Execute: Teams waits for the card that replaces the clicked one in the response.</summary>
    private async Task<InvokeResponse> OnExecuteAsync(Activity activity, CancellationToken ct)
    {
        var data = activity.Value is { ValueKind: JsonValueKind.Object } value
                   && value.TryGetProperty("action", out var a) && a.TryGetProperty("data", out var d) ? d : (JsonElement?)null;
        var turn = await TurnAsync(activity, ct);
        if (turn is not null && !WelcomeConversation.IsPersonal(activity))
            return new InvokeResponse(200, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = texts.Get("personal_chat_only", turn.Locale) });
        var card = turn is not null && CardAction.From(data) is { } action
            ? await OnCardActionAsync(turn, action, updateClickedCard: false, ct)
            : null;
        return card is { } replacement
            ? new InvokeResponse(200, new { statusCode = 200, type = Attachment.AdaptiveCard, value = replacement })
            : new InvokeResponse(200, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = "" });
    }
}
