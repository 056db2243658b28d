using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Readiness.Config;
using DrillPlatform.Core.Readiness.Model;
using DrillPlatform.Core.Readiness.Scoring;

namespace DrillPlatform.Bot.Readiness;

/// <summary>
/// The department card (trainers and managers, their 1:1 chat only: it names people) and a
/// person's own card (my readiness, and the nudge). Every word comes from readiness.yaml.
/// </summary>
public sealed class ReadinessCards(CardRenderer cards, ReadinessModel model, ReadinessScorer scorer, Texts texts)
{
    public const string ShowAction = "readiness.show";
    public const string NudgeAction = "readiness.nudge";
    public const string QuizAction = "quiz.start";
    private const int PeopleShown = 15;

    /// <param name="departments">The departments a trainer may switch to; empty for a manager (no picker, no Nudge).</param>
    /// <param name="reportUrl">The report tab's link (the weekly digest); null for none.</param>
    public JsonElement Department(DepartmentReadiness d, string locale, IReadOnlyList<string> departments, string? title = null, string? reportUrl = null)
    {
        string T(string key, params (string, Localized)[] values) => ReadinessText.Fill(model.Text(key), values).For(locale);
        var trainer = departments.Count > 0;
        var notReady = CardRows.Cap(d.People.Where(p => p.Band == ReadinessBand.NotReady)
            .Select(p => T("card_person", ("name", Same(p.Name)), ("score", ReadinessText.Number(p.Score)), ("reason", p.Reasons[0].Text))), texts, locale, PeopleShown);
        return cards.Render("readiness-department", new
        {
            Title = title ?? T("title_department", ("department", Same(d.Department))),
            Score = T("card_score", ("score", ReadinessText.Number(d.Score)), ("band", Band(Overall(d)))),
            Change = d.Change is { } c ? T("card_change", ("change", Same(c.ToString("+0;-0;0", CultureInfo.InvariantCulture)))) : T("card_change_none"),
            Bands = T("card_bands", ("ready", ReadinessText.Number(d.Ready)), ("atrisk", ReadinessText.Number(d.AtRisk)),
                ("notready", ReadinessText.Number(d.NotReady)), ("people", ReadinessText.Number(d.People.Count))),
            WeakestLabel = T("card_weakest"),
            Topics = d.WeakestTopics.Select(t => T("card_topic", ("topic", t.Label), ("mastery", ReadinessText.Number(100 * t.Mastery)),
                ("section", t.CitationTitle), ("source", Same(t.CitationSource)))).ToList(),
            NotReadyLabel = T("card_not_ready"),
            People = notReady.Count > 0 ? notReady : [T("card_nobody")],
            OverdueLabel = T("card_overdue"),
            Overdue = d.OverdueChecks.Count > 0
                ? CardRows.Cap(d.OverdueChecks.Select(o => T("card_overdue_item", ("equipment", Same(o.EquipmentId)), ("check", Same(o.CheckId)),
                    ("date", Same(o.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))), ("name", Same(o.Name)))), texts, locale)
                : [T("card_nobody")],
            ChooseLabel = T("card_choose_department"),
            Department = d.Department,
            Departments = departments,
            ReportUrl = reportUrl ?? "",
            ReportLabel = texts.Get("report_open_tab", locale),
            Actions = trainer
                ? new object[]
                {
                    new { Title = T("button_nudge"), Data = Data(NudgeAction, ("department", d.Department)) },
                    new { Title = T("button_department"), Data = Data(ShowAction) },
                }
                : [],
        });
    }

    public JsonElement Mine(PersonReadiness p, string locale, string? title = null)
    {
        string T(string key, params (string, Localized)[] values) => ReadinessText.Fill(model.Text(key), values).For(locale);
        Localized Part(double? value) => value is { } v ? ReadinessText.Number(v) : model.Text("card_not_applicable");
        var weakest = p.NextStep.Topic ?? p.Topics.OrderBy(t => t.Mastery).FirstOrDefault()?.Topic;
        return cards.Render("readiness-mine", new
        {
            Title = title ?? T("title_mine"),
            Score = T("card_score", ("score", ReadinessText.Number(p.Score)), ("band", Band(p.Band))),
            Color = p.Band switch { ReadinessBand.Ready => "Good", ReadinessBand.AtRisk => "Warning", _ => "Attention" },
            Parts = T("card_parts", ("knowledge", Part(p.Knowledge)), ("drills", Part(p.Drills)), ("equipment", Part(p.Equipment))),
            ReasonsLabel = T("card_reasons"),
            Reasons = p.Reasons.Select(r => "• " + r.Text.For(locale)).ToList(),
            Next = T("card_next", ("step", p.NextStep.Text)),
            Private = T("card_private"),
            Actions = weakest is null
                ? []
                : new object[] { new { Title = T("button_quiz", ("topic", scorer.TopicLabel(weakest))), Data = Data(QuizAction, ("topic", weakest)) } },
        });
    }

    private Localized Band(ReadinessBand band) => model.Text(band switch
    {
        ReadinessBand.Ready => "band_ready",
        ReadinessBand.AtRisk => "band_at_risk",
        _ => "band_not_ready",
    });

    private ReadinessBand Overall(DepartmentReadiness d) =>
        d.Score >= model.ReadyAt ? ReadinessBand.Ready : d.Score >= model.AtRiskAt ? ReadinessBand.AtRisk : ReadinessBand.NotReady;

    private static Localized Same(string text) => ReadinessText.Same(text);

    private static Dictionary<string, object> Data(string action, params (string Key, string Value)[] values)
    {
        var data = new Dictionary<string, object> { ["action"] = action };
        foreach (var (key, value) in values) data[key] = value;
        return data;
    }
}
