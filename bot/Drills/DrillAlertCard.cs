namespace DrillPlatform.Bot.Drills;

/// <summary>The card that starts a drill for one person: which scenario, that it is a drill, the deadline, and Start.</summary>
public sealed class DrillAlertCard(CardRenderer cards, Texts texts, ScenarioCatalog catalog, SiteCalendar calendar)
{
    public const string Template = "drill-alert";

    public JsonElement Render(Drill drill, string locale, DateTimeOffset now)
    {
        var deadline = (drill.LaunchedAt ?? now).AddMinutes(drill.ResponseDeadlineMinutes);
        var local = calendar.ToLocal(deadline).ToString("HH:mm", CultureInfo.InvariantCulture);
        var minutes = Math.Max(1, (int)Math.Ceiling((deadline - now).TotalMinutes));
        return cards.Render(Template, new
        {
            Title = texts.Get("drill_alert_title", locale),
            Notice = texts.Get("drill_alert_notice", locale),
            ScenarioLabel = texts.Get("drill_alert_scenario", locale),
            Scenario = catalog.Find(drill.ScenarioId)?.Title.For(locale) ?? drill.ScenarioId,
            DeadlineLabel = texts.Get("drill_alert_deadline", locale),
            Deadline = texts.Get("drill_alert_deadline_value", locale, local, minutes),
            Instructions = texts.Get("drill_alert_instructions", locale),
            StartLabel = texts.Get("drill_alert_start", locale),
            DrillId = drill.Id,
        });
    }
}
