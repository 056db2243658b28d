namespace DrillPlatform.Bot.Drills.Trainers;

/// <summary>
/// schedule, run, cancel and the schedule form's submit. The trainer role is checked here, on the
/// server, for typed commands and card submits alike: a card can be forged, a roster row cannot.
/// </summary>
public sealed class TrainerCommands(
    ScheduleConversation schedule,
    RunConversation run,
    CancelConversation cancel,
    Texts texts,
    Replies replies,
    ILogger<TrainerCommands> log)
{
    public async Task HandleAsync(Turn turn, Command command, CancellationToken ct)
    {
        if (!await AllowedAsync(turn, command.Kind.ToString(), ct)) return;
        await (command.Kind switch
        {
            CommandKind.Schedule => schedule.ShowFormAsync(turn, ct),
            CommandKind.Run => run.RunAsync(turn, command.Argument, ct),
            CommandKind.Cancel => cancel.CancelAsync(turn, command.Argument, ct),
            _ => throw new ArgumentException($"{command.Kind} is not a trainer command.", nameof(command)),
        });
    }

    public async Task SubmitScheduleAsync(Turn turn, CardAction submitted, CancellationToken ct)
    {
        if (await AllowedAsync(turn, CardActions.ScheduleCreate, ct))
            await schedule.CreateAsync(turn, submitted, ct);
    }

    private async Task<bool> AllowedAsync(Turn turn, string what, CancellationToken ct)
    {
        if (turn.Person.May(Permission.ManageDrills)) return true;
        log.LogInformation("{ObjectId} is not a trainer; {Command} refused", turn.Person.ObjectId, what);
        await replies.TextAsync(turn.Activity, texts.Get("trainer_only", turn.Locale), ct);
        return false;
    }
}
