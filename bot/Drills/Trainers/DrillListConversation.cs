using DrillPlatform.Core.Drills.Storage;

namespace DrillPlatform.Bot.Drills.Trainers;

/// <summary>
/// "drills". Trainers see the schedules, upcoming drills with their planned (secret) times and the
/// planner's explanation, and recent drills. Everyone else sees only their own results in drills
/// that have already run: a planned time must never reach staff, or the surprise is gone.
/// </summary>
public sealed class DrillListConversation(
    ScenarioCatalog catalog,
    ScheduleStore schedules,
    DrillStore drills,
    ParticipantStore participants,
    Departments departments,
    SiteCalendar calendar,
    CardRenderer cards,
    Texts texts,
    Replies replies,
    TimeProvider time)
{
    private const int DaysBack = 60;
    private const int DaysAhead = 90;
    private const int RecentShown = 10;

    public async Task ShowAsync(Turn turn, CancellationToken ct)
    {
        var card = turn.Person.May(Permission.ManageDrills) ? await TrainerViewAsync(turn.Locale, ct) : await OwnResultsAsync(turn, ct);
        await replies.CardAsync(turn.Activity, card, ct);
    }

    private async Task<System.Text.Json.JsonElement> TrainerViewAsync(string locale, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var all = await AroundAsync([.. await departments.ListAsync(ct), DrillAudience.AllDepartments], now, ct);
        var upcoming = all.Where(d => d.Status == DrillStatus.Planned).OrderBy(d => d.PlannedAt)
            .Select(d => Item(Line(d, d.PlannedAt, locale), d.Explanation));
        var recent = new List<object>();
        foreach (var d in all.Where(d => d.Status != DrillStatus.Planned).OrderByDescending(d => d.LaunchedAt ?? d.PlannedAt).Take(RecentShown))
        {
            var people = await participants.ListAsync(d.Id, ct);
            var answered = people.Count(p => p.Status == ParticipantStatus.Answered);
            recent.Add(Item(Line(d, d.LaunchedAt ?? d.PlannedAt, locale), $"{answered}/{people.Count} {texts.Get("participant_status_Answered", locale)}"));
        }
        var scheduleItems = (await schedules.ListAsync(ct)).Select(s => Item(texts.Get("drills_schedule_line", locale,
            s.Id, Title(s.ScenarioId, locale), s.Audience.Departments.Count == 0 ? texts.Get("schedule_all_departments", locale) : string.Join(", ", s.Audience.Departments),
            s.Mode == DrillMode.Surprise ? $"{s.Earliest:yyyy-MM-dd} – {s.Latest:yyyy-MM-dd}, {s.Cadence}" : $"{s.AnnouncedAt:yyyy-MM-dd HH:mm}"), null));
        return List(texts.Get("drills_title", locale), locale,
            (texts.Get("drills_schedules", locale), scheduleItems.ToList()),
            (texts.Get("drills_upcoming", locale), upcoming.ToList()),
            (texts.Get("drills_recent", locale), recent));
    }

    private async Task<System.Text.Json.JsonElement> OwnResultsAsync(Turn turn, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var locale = turn.Locale;
        var items = new List<object>();
        var ran = (await AroundAsync([turn.Person.Department, DrillAudience.AllDepartments], now, ct))
            .Where(d => d.Status is DrillStatus.Launched or DrillStatus.Closed && d.LaunchedAt is { } at && at <= now)
            .OrderByDescending(d => d.LaunchedAt);
        foreach (var d in ran)
        {
            if (await participants.GetAsync(d.Id, turn.Person.ObjectId, ct) is not { } me) continue;
            var status = texts.Get("participant_status_" + me.Status, locale);
            var score = me.Score is { } s ? ", " + texts.Get("drills_my_score", locale, Math.Round(s)) : "";
            items.Add(Item(texts.Get("drills_my_line", locale, Local(d.LaunchedAt!.Value), Title(d.ScenarioId, locale), status + score), null));
        }
        return List(texts.Get("drills_my_title", locale), locale, (texts.Get("drills_recent", locale), items));
    }

    private async Task<List<Drill>> AroundAsync(IEnumerable<string> departmentNames, DateTimeOffset now, CancellationToken ct)
    {
        var today = calendar.LocalDate(now);
        var found = new List<Drill>();
        foreach (var department in departmentNames.Distinct(StringComparer.OrdinalIgnoreCase))
            found.AddRange(await drills.ListAroundAsync(department, today, DaysBack, DaysAhead, ct));
        return found.DistinctBy(d => d.Id).ToList();
    }

    private string Line(Drill d, DateTimeOffset at, string locale) =>
        texts.Get("drills_drill_line", locale, d.Id, Title(d.ScenarioId, locale),
            d.Department == DrillAudience.AllDepartments ? texts.Get("schedule_all_departments", locale) : d.Department,
            $"{texts.Get("drills_status_" + d.Status, locale)} {Local(at)}");

    private string Title(string scenarioId, string locale) => catalog.Find(scenarioId)?.Title.For(locale) ?? scenarioId;

    private string Local(DateTimeOffset utc) => calendar.ToLocal(utc).ToString("yyyy-MM-dd HH:mm");

    private static object Item(string text, string? detail) => new { Text = text, Detail = detail };

    private System.Text.Json.JsonElement List(string title, string locale, params (string Heading, List<object> Items)[] sections) =>
        cards.Render("drill-list", new
        {
            Title = title,
            None = texts.Get(sections.Length == 1 ? "drills_my_none" : "drills_none", locale),
            Sections = sections.Select(s => new { s.Heading, Items = CardRows.Cap(s.Items, more => Item(more, null), texts, locale) }).ToList(),
        });
}
