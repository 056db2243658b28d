using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Equipment.Escalation;
using DrillPlatform.Core.Equipment.Tasks;

namespace DrillPlatform.Bot.Checks;

/// <summary>
/// Equipment checks in a 1:1 chat: "checks" lists mine, "overdue" lists the site's late ones
/// (trainers and managers), a card's submit records the check once and turns the card into the
/// recorded tag; a second submit of the same card changes nothing, a stale card is refused politely.
/// </summary>
public sealed class CheckConversation(
    CheckTaskStore tasks,
    CheckNotices notices,
    CheckCompletion completion,
    CheckRungs rungs,
    CheckCards cards,
    RosterStore roster,
    Texts texts,
    Replies replies,
    IOptions<CheckOptions> options,
    TimeProvider time,
    ILogger<CheckConversation> log)
{
    // One choice per open check on the card, capped like its rows (CardRows.Max): the card stays under Teams' size limit.
    private const int MaxChoices = CardRows.Max;

    /// <summary>"checks": my open checks, and a choice of which card to bring back.</summary>
    public async Task ListMineAsync(Turn turn, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var mine = (await tasks.ListOpenAsync(ct)).Where(t => t.MayAnswer(turn.Person.ObjectId)).ToList();
        if (mine.Count == 0)
        {
            await replies.TextAsync(turn.Activity, texts.Get("checks_none", turn.Locale), ct);
            return;
        }
        var rows = new List<(string, string)>();
        var choices = new List<(string, string)>();
        foreach (var task in mine)
        {
            if (await notices.ForAsync(task, ct) is not { } notice) continue;
            var due = Dates.Format(task.DueDate)!;
            rows.Add((texts.Get("checks_item", turn.Locale, notice.Definition.Title.For(turn.Locale), cards.Equipment(notice, turn.Locale)),
                EscalationLadder.IsOverdue(task, options.Value, now)
                    ? texts.Get("checks_item_overdue", turn.Locale, due, rungs.DaysOverdue(task, now))
                    : texts.Get("checks_item_detail", turn.Locale, due)));
            if (choices.Count < MaxChoices) choices.Add((rows[^1].Item1, task.Id));
        }
        await replies.CardAsync(turn.Activity, cards.List(texts.Get("checks_title", turn.Locale), turn.Locale, rows, choices), ct);
    }

    /// <summary>"overdue": every overdue check of the site, for trainers and managers.</summary>
    public async Task ListOverdueAsync(Turn turn, CancellationToken ct)
    {
        if (!turn.Person.May(Permission.ReadChecks))
        {
            await replies.TextAsync(turn.Activity, texts.Get("overdue_not_allowed", turn.Locale), ct);
            return;
        }
        var now = time.GetUtcNow();
        var overdue = (await tasks.ListOpenAsync(ct)).Where(t => EscalationLadder.IsOverdue(t, options.Value, now)).ToList();
        if (overdue.Count == 0)
        {
            await replies.TextAsync(turn.Activity, texts.Get("overdue_none", turn.Locale), ct);
            return;
        }
        var rows = new List<(string, string)>();
        foreach (var task in overdue)
        {
            if (await notices.ForAsync(task, ct) is not { } notice) continue;
            rows.Add((texts.Get("checks_item", turn.Locale, notice.Definition.Title.For(turn.Locale), cards.Equipment(notice, turn.Locale)),
                texts.Get("overdue_item_detail", turn.Locale, Dates.Format(task.DueDate)!, rungs.DaysOverdue(task, now),
                    await NameAsync(task.Responsible, ct), await NameAsync(task.Deputy, ct))));
        }
        await replies.CardAsync(turn.Activity, cards.List(texts.Get("overdue_title", turn.Locale), turn.Locale, rows, []), ct);
    }

    /// <summary>"check.open" from the list: sends the check's card again into this chat.</summary>
    public async Task OpenAsync(Turn turn, CardAction action, CancellationToken ct)
    {
        if (action.String(CardActions.TaskInput) is not { Length: > 0 } id)
        {
            await replies.TextAsync(turn.Activity, texts.Get(CardAction.MissingChoice, turn.Locale), ct);
            return;
        }
        var task = await tasks.GetAsync(id, ct);
        if (task is not { Status: CheckStatus.Open } || await notices.ForAsync(task, ct) is not { } notice)
        {
            await replies.TextAsync(turn.Activity, texts.Get("check_stale", turn.Locale), ct);
            return;
        }
        if (!task.MayAnswer(turn.Person.ObjectId))
        {
            await replies.TextAsync(turn.Activity, texts.Get("check_not_yours", turn.Locale), ct);
            return;
        }
        await replies.CardAsync(turn.Activity, cards.Task(notice, task.IsFollowUp ? CheckCardReason.FollowUp : CheckCardReason.Assigned, turn.Locale), ct);
    }

    /// <summary>
    /// "check.submit": records the answers and returns the recorded card that replaces the clicked one
    /// (null when nothing changes). An Action.Submit card is updated here; for Action.Execute the
    /// caller returns the card in the invoke response.
    /// </summary>
    public async Task<JsonElement?> SubmitAsync(Turn turn, CardAction action, bool updateClickedCard, CancellationToken ct)
    {
        var outcome = await completion.SubmitAsync(turn.Person, Read(action), time.GetUtcNow(), ct);
        switch (outcome.Kind)
        {
            case SubmitKind.Recorded:
                var recorded = cards.Recorded(outcome.Notice!, turn.Person, outcome.FollowUp is not null, turn.Locale);
                if (updateClickedCard && turn.Activity.ReplyToId is not null)
                    await replies.UpdateCardAsync(turn.Activity, recorded, ct);
                return recorded;
            case SubmitKind.Duplicate:
                log.LogInformation("Check {TaskId}: repeated submit ignored", outcome.Task!.Id);
                return null;
            case SubmitKind.Stale when outcome.Task is { Status: CheckStatus.Completed } done:
                await replies.TextAsync(turn.Activity, texts.Get("check_already_recorded", turn.Locale,
                    await NameAsync(done.CompletedBy!, ct), cards.LocalTime(done.Site, done.CompletedAt!.Value)), ct);
                return null;
            case SubmitKind.NotYours:
                await replies.TextAsync(turn.Activity, texts.Get("check_not_yours", turn.Locale), ct);
                return null;
            case SubmitKind.Incomplete:
                await replies.TextAsync(turn.Activity, texts.Get("check_incomplete", turn.Locale), ct);
                return null;
            case SubmitKind.NoteTooLong:
                await replies.TextAsync(turn.Activity, texts.Get("check_note_too_long", turn.Locale,
                    CheckSubmission.MaxItemNoteLength, CheckSubmission.MaxNoteLength), ct);
                return null;
            default:
                await replies.TextAsync(turn.Activity, texts.Get("check_stale", turn.Locale), ct);
                return null;
        }
    }

    /// <summary>The card's inputs arrive beside its data: i_{item} = pass|fail, n_{item} = note, note.</summary>
    public static CheckSubmission Read(CardAction action)
    {
        var answers = new List<CheckAnswer>();
        foreach (var property in action.Data.EnumerateObject())
        {
            if (!property.Name.StartsWith(CheckCards.AnswerPrefix, StringComparison.Ordinal) || property.Value.ValueKind != JsonValueKind.String) continue;
            var item = property.Name[CheckCards.AnswerPrefix.Length..];
            var value = property.Value.GetString();
            if (value is not ("pass" or "fail")) continue;
            answers.Add(new CheckAnswer(item, value == "pass", action.String(CheckCards.NotePrefix + item)));
        }
        return new CheckSubmission(action.String("task") ?? "", answers, action.String("note"));
    }

    private async Task<string> NameAsync(string objectId, CancellationToken ct) => (await roster.GetAsync(objectId, ct))?.Name ?? objectId;
}
