using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Escalation;
using DrillPlatform.Core.Equipment.Scheduling;

namespace DrillPlatform.Bot.Checks;

/// <summary>Builds the check cards: the checklist, the recorded tag that replaces it, lists and manager alerts.</summary>
public sealed class CheckCards(CardRenderer cards, Texts texts, SiteClockProvider clocks)
{
    public const string AnswerPrefix = "i_";
    public const string NotePrefix = "n_";

    public JsonElement Task(CheckNotice notice, CheckCardReason reason, string locale, string? responsibleName = null) =>
        cards.Render("check-task", new
        {
            Header = reason switch
            {
                CheckCardReason.Reminder => texts.Get("check_reason_reminder", locale),
                CheckCardReason.Deputy => texts.Get("check_reason_deputy", locale, responsibleName ?? notice.Task.Responsible),
                CheckCardReason.FollowUp => texts.Get("check_reason_follow_up", locale),
                _ => texts.Get("check_reason_assigned", locale),
            },
            Urgent = reason != CheckCardReason.Assigned,
            Title = notice.Definition.Title.For(locale),
            Equipment = Equipment(notice, locale),
            Due = texts.Get("check_due", locale, Dates.Format(notice.Task.DueDate)!),
            Items = notice.Task.ItemsOf(notice.Definition).Select(item => new
            {
                Text = ItemText(item, locale),
                item.Critical,
                AnswerId = AnswerPrefix + item.Id,
                NoteId = NotePrefix + item.Id,
            }).ToList(),
            RequiredMessage = texts.Get("check_required", locale),
            PassLabel = texts.Get("check_pass", locale),
            FailLabel = texts.Get("check_fail", locale),
            ItemNoteLabel = texts.Get("check_item_note", locale),
            NoteLabel = texts.Get("check_note", locale),
            SubmitLabel = texts.Get("check_submit", locale),
            Data = new Dictionary<string, object> { ["action"] = CardActions.CheckSubmit, ["task"] = notice.Task.Id },
        });

    public JsonElement Recorded(CheckNotice notice, StaffMember by, bool followUpOpened, string locale)
    {
        var task = notice.Task;
        var passed = task.Answers.All(a => a.Pass);
        return cards.Render("check-recorded", new
        {
            Header = texts.Get(passed ? "check_recorded_passed" : "check_recorded_failed", locale),
            Passed = passed,
            Title = notice.Definition.Title.For(locale),
            Equipment = Equipment(notice, locale),
            RecordedBy = texts.Get("check_recorded_by", locale, by.Name, LocalTime(task.Site, task.CompletedAt ?? task.OpenedAt)),
            Answers = task.Answers.Select(a => new
            {
                Verdict = texts.Get(a.Pass ? "check_verdict_pass" : "check_verdict_fail", locale),
                Text = (notice.Definition.Item(a.ItemId) is { } item ? ItemText(item, locale) : a.ItemId) + (a.Note is null ? "" : $" — {a.Note}"),
            }).ToList(),
            Note = task.Note ?? "",
            FollowUp = followUpOpened ? texts.Get("check_follow_up_opened", locale) : "",
        });
    }

    /// <summary>The rows, and for the open ones a choice set and one button that brings the chosen card back.</summary>
    public JsonElement List(string title, string locale, IEnumerable<(string Label, string Detail)> items, IEnumerable<(string Title, string TaskId)> open) =>
        cards.Render("check-list", new
        {
            Title = title,
            Items = CardRows.Cap(items.Select(i => new { i.Label, i.Detail }), more => new { Label = more, Detail = "" }, texts, locale),
            Open = open.Select(o => new { o.Title, o.TaskId }).ToList(),
            ChooseLabel = texts.Get("checks_choose", locale),
            ChoiceMissing = texts.Get(CardAction.MissingChoice, locale),
            OpenLabel = texts.Get("checks_open_submit", locale),
        });

    public JsonElement Alert(CheckNotice notice, ManagerAlert alert, string responsible, string deputy, string locale)
    {
        var facts = new List<object>
        {
            Fact(texts.Get("check_alert_responsible", locale), responsible),
            Fact(texts.Get("check_alert_deputy", locale), deputy),
            Fact(texts.Get("check_alert_due", locale), Dates.Format(notice.Task.DueDate)!),
        };
        if (alert.ReportedBy is { } by)
            facts.Add(Fact(texts.Get("check_alert_reported_by", locale), $"{by.Name}, {LocalTime(notice.Task.Site, notice.Task.CompletedAt ?? notice.Task.OpenedAt)}"));
        foreach (var item in alert.FailedItems)
        {
            var note = notice.Task.Answers.FirstOrDefault(a => a.ItemId == item.Id)?.Note;
            facts.Add(Fact(texts.Get("check_alert_failed", locale), item.Text.For(locale) + (note is null ? "" : $" — {note}")));
        }
        if (alert.Kind == ManagerAlertKind.CriticalFailure && notice.Task.Note is { } taskNote)
            facts.Add(Fact(texts.Get("check_alert_note", locale), taskNote));
        return cards.Render("check-alert", new
        {
            Header = alert.Kind == ManagerAlertKind.CriticalFailure
                ? texts.Get("check_alert_critical", locale)
                : texts.Get("check_alert_overdue", locale, alert.DaysOverdue),
            Title = notice.Definition.Title.For(locale),
            Equipment = Equipment(notice, locale),
            Facts = facts,
        });
    }

    public string Equipment(CheckNotice notice, string locale)
    {
        var e = notice.Equipment;
        var what = e.Type is { } type ? $"{ExtinguisherTypeNames.For(type).For(locale)}, {e.Location.For(locale)}" : e.Location.For(locale);
        return texts.Get("check_equipment", locale, e.Id, what);
    }

    private string ItemText(CheckItem item, string locale) =>
        item.Critical ? texts.Get("check_critical_mark", locale, item.Text.For(locale)) : item.Text.For(locale);

    public string LocalTime(string site, DateTimeOffset at)
    {
        var zone = clocks.Zone(site);
        return TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    private static object Fact(string title, string value) => new { Title = title, Value = value };
}
