using System.Security.Cryptography;
using DrillPlatform.Core.Drills.Storage;

namespace DrillPlatform.Bot.Drills.Trainers;

/// <summary>
/// "schedule": the form; its submit stores a DrillSchedule. A schedule with any problem is not
/// stored and every problem is sent back, each naming its field. Callers check the trainer role.
/// </summary>
public sealed class ScheduleConversation(
    ScenarioCatalog catalog,
    ContentBundle content,
    Departments departments,
    ScheduleStore schedules,
    SiteCalendar calendar,
    CardRenderer cards,
    Texts texts,
    Replies replies,
    TimeProvider time,
    ILogger<ScheduleConversation> log)
{
    public async Task ShowFormAsync(Turn turn, CancellationToken ct)
    {
        var locale = turn.Locale;
        var today = calendar.LocalDate(time.GetUtcNow());
        var card = cards.Render("schedule-form", new
        {
            Title = texts.Get("schedule_title", locale),
            Labels = new
            {
                Scenario = L("schedule_scenario"), Department = L("schedule_department"), Roles = L("schedule_roles"),
                OnDuty = L("schedule_on_duty"), Mode = L("schedule_mode"), Earliest = L("schedule_earliest"), Latest = L("schedule_latest"),
                AnnouncedDate = L("schedule_announced_date"), AnnouncedTime = L("schedule_announced_time"), Cadence = L("schedule_cadence"),
                CadenceCount = L("schedule_cadence_count"), WorkingStart = L("schedule_working_start"), WorkingEnd = L("schedule_working_end"),
                Deadline = L("schedule_deadline"), Escalation = L("schedule_escalation"),
            },
            Defaults = new
            {
                Scenario = catalog.Scenarios.FirstOrDefault()?.Id ?? "",
                Earliest = today.ToString("yyyy-MM-dd"),
                Latest = today.AddDays(14).ToString("yyyy-MM-dd"),
                WorkingStart = calendar.WorkingStart.ToString("HH:mm"),
                WorkingEnd = calendar.WorkingEnd.ToString("HH:mm"),
            },
            Scenarios = catalog.Scenarios.Select(s => Choice(s.Title.For(locale), s.Id)).ToList(),
            Departments = new[] { Choice(L("schedule_all_departments"), "") }.Concat((await departments.ListAsync(ct)).Select(d => Choice(d, d))).ToList(),
            Roles = content.Roles.Select(r => Choice(r.Name.For(locale), r.Id)).ToList(),
            Modes = new[] { Choice(L("schedule_mode_surprise"), "surprise"), Choice(L("schedule_mode_announced"), "announced") },
            Cadences = new[] { Choice(L("schedule_cadence_once"), "once"), Choice(L("schedule_cadence_month"), "month"), Choice(L("schedule_cadence_quarter"), "quarter") },
            Submit = L("schedule_submit"),
        });
        await replies.CardAsync(turn.Activity, card, ct);

        string L(string key) => texts.Get(key, locale);
    }

    public async Task CreateAsync(Turn turn, CardAction submitted, CancellationToken ct)
    {
        var result = ScheduleFormReader.Read(submitted, catalog, turn.Person.ObjectId, RandomNumberGenerator.GetInt32(int.MaxValue), time.GetUtcNow());
        if (result.Schedule is not { } schedule)
        {
            var lines = result.Errors.Select(e => Describe(e, turn.Locale));
            await replies.TextAsync(turn.Activity, texts.Get("schedule_invalid", turn.Locale) + "\n" + string.Join("\n", lines), ct);
            return;
        }
        await schedules.CreateAsync(schedule, ct);
        log.LogInformation("Schedule {ScheduleId} of {ScenarioId} created by {ObjectId}", schedule.Id, schedule.ScenarioId, turn.Person.ObjectId);
        var audience = schedule.Audience.Departments.Count == 0 ? texts.Get("schedule_all_departments", turn.Locale) : schedule.Audience.Departments[0];
        await replies.TextAsync(turn.Activity, texts.Get("schedule_created", turn.Locale,
            schedule.Id, catalog.Get(schedule.ScenarioId).Title.For(turn.Locale), audience, schedule.Cadence), ct);
    }

    // "field: reason" becomes "Label (field): reason", so the trainer finds the input and a developer the property.
    private string Describe(string error, string locale)
    {
        var colon = error.IndexOf(": ", StringComparison.Ordinal);
        var field = colon < 0 ? error : error[..colon];
        var reason = colon < 0 ? "" : error[(colon + 2)..];
        var label = ScheduleForm.Labels.TryGetValue(field, out var key) ? $"{texts.Get(key, locale)} ({field})" : field;
        return "- " + texts.Get("schedule_error", locale, label, reason);
    }

    private static object Choice(string title, string value) => new { Title = title, Value = value };
}
