using DrillPlatform.Core.Drills.Runtime;

namespace DrillPlatform.Bot.Drills.Summary;

using Reports = DrillPlatform.Bot.Reports;

/// <summary>The card a closed drill's summary becomes, in one recipient's language.</summary>
public sealed class SummaryCards(ScenarioCatalog catalog, SiteRegistry site, SiteCalendar calendar, CardRenderer cards, Texts texts)
{
    private const int PromptLength = 100;
    private const int ReasonLength = 200; // a Connector error body can run to 500 characters

    public JsonElement Render(DrillSummary summary, string locale)
    {
        var scenario = catalog.Find(summary.ScenarioId);
        var parameters = Parameters(scenario, summary.LaunchedAt ?? summary.ClosedAt);
        var separator = locale == Locales.ZhCn ? "、" : ", ";
        var department = summary.Department == DrillAudience.AllDepartments ? texts.Get("schedule_all_departments", locale) : summary.Department;
        return cards.Render("drill-summary", new
        {
            Title = texts.Get("summary_title", locale, scenario?.Title.For(locale) ?? summary.ScenarioId),
            Subtitle = texts.Get("summary_subtitle", locale, department, summary.DrillId,
                summary.LaunchedAt is { } launched ? Local(launched) : texts.Get("summary_none", locale), Local(summary.ClosedAt)),
            Facts = new[]
            {
                Fact(texts.Get("summary_participation", locale), texts.Get("summary_participation_value", locale,
                    summary.Answered, summary.Participants, summary.Escalated, summary.Failed)),
                Fact(texts.Get("summary_median", locale), summary.MedianTimeToAnswer is { } median ? Duration(median) : texts.Get("summary_none", locale)),
            },
            StepsLabel = texts.Get("summary_steps", locale),
            Steps = CardRows.Cap(summary.Steps.Select((s, i) => Fact($"{i + 1}. {StepText(scenario, s.StepId, parameters, locale)}",
                texts.Get("summary_step_value", locale, s.Right, s.Wrong, s.TimedOut))), more => Fact(more, ""), texts, locale),
            PeopleLabel = texts.Get("summary_people", locale),
            People = CardRows.Cap(summary.People
                .Where(p => p.Status != ParticipantStatus.Failed && (p.MissedActions.Count > 0 || p.Status != ParticipantStatus.Answered))
                .Select(p => texts.Get("summary_person_line", locale, p.Name, PersonDetail(p, separator, locale))), texts, locale),
            FailedLabel = texts.Get("summary_failed", locale),
            Failed = CardRows.Cap(summary.People.Where(p => p.Status == ParticipantStatus.Failed)
                .Select(p => texts.Get("summary_failed_line", locale, p.Name, Clip(p.Reason ?? "", ReasonLength))), texts, locale),
            None = texts.Get("drills_none", locale),
            Review = new { Title = texts.Get("review_button", locale), Data = new Dictionary<string, object> { ["action"] = DrillPlatform.Bot.Reports.ReviewCards.ShowAction, ["drill"] = summary.DrillId } },
        });
    }

    private string PersonDetail(ParticipantSummary p, string separator, string locale)
    {
        var parts = new List<string> { texts.Get("participant_status_" + p.Status, locale) };
        if (p.Score is { } score) parts.Add(texts.Get("summary_person_score", locale, Math.Round(score)));
        if (p.MissedActions.Count > 0)
            parts.Add(texts.Get("summary_missed", locale, string.Join(separator, p.MissedActions.Select(a => catalog.Action(a)?.Name.For(locale) ?? a))));
        return string.Join(locale == Locales.ZhCn ? "；" : "; ", parts);
    }

    // The steps as participants saw them: the site's room, and after hours if the drill launched then.
    private IReadOnlyDictionary<string, string> Parameters(Scenario? scenario, DateTimeOffset at)
    {
        if (scenario is null) return new Dictionary<string, string>();
        var choices = new Dictionary<string, string>();
        if (scenario.Parameters.Any(p => p.Name == "afterHours" && p.Values.ContainsKey("true")))
            choices["afterHours"] = calendar.IsWorkingTime(at) ? "false" : "true";
        try
        {
            return ScenarioParameters.Resolve(scenario, site, choices);
        }
        catch (ArgumentException)
        {
            return new Dictionary<string, string>(); // placeholders stay visible rather than losing the card
        }
    }

    private static string StepText(Scenario? scenario, string stepId, IReadOnlyDictionary<string, string> parameters, string locale)
    {
        if (scenario?.Find(stepId) is not { } step) return stepId;
        return Clip(ScenarioText.Render(step.Prompt, parameters).For(locale), PromptLength);
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    private string Local(DateTimeOffset utc) => calendar.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan span) =>
        span.TotalHours >= 1 ? span.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : span.ToString(@"m\:ss", CultureInfo.InvariantCulture);

    private static object Fact(string title, string value) => new { Title = title, Value = value };
}
