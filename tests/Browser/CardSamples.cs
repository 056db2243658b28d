using DrillPlatform.Bot.Checks;
using DrillPlatform.Bot.Drills.Walks;
using DrillPlatform.Bot.Teams;
using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Escalation;
using DrillPlatform.Core.Equipment.Registry;
using DrillPlatform.Core.Equipment.Scheduling;
using DrillPlatform.Core.Equipment.Tasks;
using DrillPlatform.Tests.Content;
using DrillPlatform.Tests.Scenarios;

namespace DrillPlatform.Tests.Browser;

/// <summary>One card as a person would get it: its template, language, and what it was filled with.</summary>
public sealed record CardSample(string Template, string Locale, string What, JsonElement Card);

/// <summary>
/// Every card template filled with the longest real content there is: the question whose options are
/// longest, the scenario step with the longest option, every scenario in the practice list and the
/// schedule form, the longest roster names and departments, and the shipped texts for every label.
/// The quiz, walk and check cards come from their real builders; the rest are rendered from their
/// templates with the fields their builders fill. The sweep fails when a template has no sample.
/// </summary>
public static class CardSamples
{
    private static readonly ContentBundle Content = ContentLoader.Load(TempContent.Shipped);
    private static readonly CardRenderer Renderer = new(TempContent.Shipped);
    private static readonly Texts Texts = new(Content);
    private static readonly ScenarioCatalog Scenarios = ScenarioFiles.Catalog;
    private static readonly CheckCatalog Checks = CheckCatalogLoader.Load(TempContent.Shipped, Content.Sections.Select(s => s.Id));
    private static readonly string[] Locales = [DrillPlatform.Core.Content.Locales.ZhCn, DrillPlatform.Core.Content.Locales.En];

    public static IReadOnlyCollection<string> Templates => Renderer.Names;

    public static IEnumerable<CardSample> All() => Locales.SelectMany(For);

    private static IEnumerable<CardSample> For(string locale)
    {
        var quiz = new QuizCards(Renderer, Texts);
        var walk = new WalkCards(Renderer, Texts);
        var checks = new CheckCards(Renderer, Texts, new SiteClockProvider(Content));
        string T(string key, params object[] args) => Texts.Get(key, locale, args);
        string L(Localized text) => text.For(locale);

        // The quiz: the question with the longest option, and the one with the longest text and explanation.
        var longOptions = Content.Questions.MaxBy(q => q.Options.Max(o => L(o).Length))!;
        var longText = Content.Questions.MaxBy(q => L(q.Text).Length + L(q.Explanation).Length)!;
        foreach (var q in new[] { longOptions, longText }.Distinct())
        {
            yield return new("question", locale, q.Id, quiz.Question("person-with-a-long-id", "session-1", q, 4, 5, locale));
            var wrong = q.Dangerous.Count > 0 ? q.Dangerous[0] : (q.Correct + 1) % q.Options.Count;
            var longest = q.Options.Select((o, i) => (L(o).Length, i)).Max().i;
            yield return new("answered", locale, q.Id, quiz.Answered(q, 4, 5, wrong == q.Correct ? longest : wrong, false, locale));
            yield return new("answered", locale, q.Id + " right", quiz.Answered(q, 4, 5, q.Correct, true, locale));
        }
        var missed = Content.Questions.OrderByDescending(q => L(q.Options[q.Correct]).Length + L(q.Text).Length).Take(5).ToList();
        yield return new("result", locale, "5 missed", quiz.Result(0, 5, missed, locale));

        // The walk: the step with the longest option, the longest prompt, every scenario to practise.
        var steps = Scenarios.Scenarios.SelectMany(s => s.Steps.Select(step => (Scenario: s, Step: step))).ToList();
        var longStep = steps.MaxBy(x => x.Step.Options.Max(o => L(o.Text).Length));
        var longPrompt = steps.MaxBy(x => L(x.Step.Prompt).Length + x.Step.Options.Sum(o => L(o.Text).Length));
        foreach (var (scenario, step) in new[] { longStep, longPrompt }.Distinct())
        {
            var values = LongestParameters(scenario);
            Localized P(Localized text) => ScenarioText.Render(text, values);
            var view = new StepView(step.Id, P(step.Prompt), step.Options.Select(o => P(o.Text)).ToList(), TimeSpan.FromSeconds(step.TimeLimitSeconds), DateTimeOffset.UnixEpoch);
            yield return new("walk-step", locale, $"{scenario.Id}/{step.Id}", walk.Step("p-0123456789abcdef", "person", scenario, view, view.TimeLimit, locale));
            var option = step.Options.MaxBy(o => L(o.Text).Length + L(o.Feedback).Length)!;
            yield return new("walk-answered", locale, $"{scenario.Id}/{step.Id} right", Renderer.Render("walk-answered", new
            {
                Title = L(scenario.Title), Prompt = L(P(step.Prompt)), Correct = true, Verdict = T("walk_right"), ChosenLabel = T("walk_your_answer"),
                Chosen = L(P(step.Options[0].Text)), Feedback = L(P(step.Options[0].Feedback)), Citation = "",
            }));
            yield return new("walk-answered", locale, $"{scenario.Id}/{step.Id}", Renderer.Render("walk-answered", new
            {
                Title = L(scenario.Title), Prompt = L(P(step.Prompt)), Correct = false,
                Verdict = T("walk_dangerous"), ChosenLabel = T("walk_your_answer"), Chosen = L(P(option.Text)), Feedback = L(P(option.Feedback)),
                Citation = string.Join("; ", step.Citation.Select(c => Texts.Citation(c, locale))),
            }));
        }
        var longScenario = Scenarios.Scenarios.MaxBy(s => s.Steps.Sum(step => L(step.Prompt).Length))!;
        yield return new("walk-debrief", locale, longScenario.Id, Renderer.Render("walk-debrief", new
        {
            Title = T("debrief_title", L(longScenario.Title)), Score = T("debrief_score", 35), Summary = T("debrief_some_missed"), StepsLabel = T("debrief_steps"),
            Steps = longScenario.Steps.Select((s, i) => new
            {
                Prompt = L(ScenarioText.Render(s.Prompt, LongestParameters(longScenario))), Right = i % 2 == 0,
                Result = i % 2 == 0 ? T("debrief_step_right", 118) : T("debrief_step_wrong", 119),
                RightAnswer = i % 2 == 0 ? null : T("debrief_right_answer", L(s.Options.Where(o => o.Correct).DefaultIfEmpty(s.Options[0]).MaxBy(o => L(o.Text).Length)!.Text)),
            }).ToList(),
            PlanLabel = T("debrief_plan_order"),
            Plan = Scenarios.Actions.Select((a, i) => $"{i + 1}. {(i % 2 == 0 ? "✓" : "✗")} {L(a.Name)}").ToList(),
            MissedLabel = T("debrief_missed"),
            Missed = Scenarios.Actions.Take(4).Select(a => new { Name = L(a.Name), Citation = Texts.Citation(longScenario.Citation[0], locale) }).ToList(),
            AgainLabel = T("debrief_again"),
            AgainData = new Dictionary<string, object> { ["action"] = CardActions.PracticeStart, ["scenario"] = longScenario.Id },
        }));
        yield return new("practice-list", locale, "every scenario", walk.ScenarioList(Scenarios.Scenarios, locale));

        // Checks: the definition with the longest items, on the equipment with the longest location.
        var definition = Checks.All.MaxBy(d => d.Items.Sum(i => L(i.Text).Length))!;
        var notice = Notice(definition);
        yield return new("check-task", locale, definition.Id, checks.Task(notice, CheckCardReason.Deputy, locale, LongestName));
        var done = notice with
        {
            Task = notice.Task with
            {
                Status = CheckStatus.Completed, CompletedAt = DateTimeOffset.UnixEpoch, Note = T("check_note"),
                Answers = definition.Items.Select((i, n) => new CheckAnswer(i.Id, n % 2 == 0, n % 2 == 0 ? null : T("check_item_note"))).ToList(),
            },
        };
        var by = new DrillPlatform.Core.Roster.StaffMember("oid", LongestName, "x@example.org", LongestDepartment, ["records-clerk"], null, locale);
        yield return new("check-recorded", locale, definition.Id, checks.Recorded(done, by, true, locale));
        yield return new("check-alert", locale, definition.Id, checks.Alert(done, new ManagerAlert(ManagerAlertKind.CriticalFailure, 0,
            definition.Items.Where(i => i.Critical).ToList(), by), LongestName, LongestName, locale));
        var rows = Checks.All.Select(d => (T("checks_item", L(d.Title), checks.Equipment(notice, locale)), T("checks_item_overdue", "2026-11-30", 12))).ToList();
        yield return new("check-list", locale, "every check", checks.List(T("checks_title"), locale, rows, rows.Select((r, i) => (r.Item1, $"task-{i}"))));

        // The rest, from their templates with what their builders put in.
        yield return new("help", locale, "trainer", Help(locale));
        yield return new("role", locale, "every role", Renderer.Render("role", new
        {
            Title = T("role_title", LongestName),
            Roles = Content.Roles.Select(r => new { Name = L(r.Name), Post = L(r.Post), Duties = r.Duties.Select(L).ToList(), Citation = Texts.Citation(r.Citation, locale) }).ToList(),
        }));
        var room = Content.Site.Rooms.MaxBy(r => L(r.Name).Length)!;
        yield return new("extinguishers", locale, room.Id, Renderer.Render("extinguishers", new
        {
            Title = T("extinguisher_title", L(room.Name)),
            Items = Content.Site.Extinguishers.OrderByDescending(e => L(e.Location).Length).Take(3).Select((e, i) => new
            {
                Label = $"{i + 1}. {e.Id}",
                Detail = T("extinguisher_detail", ExtinguisherTypeNames.For(e.Type).For(locale), L(room.Name), L(e.Location), 123),
            }).ToList(),
            Citation = T("extinguisher_citation"),
        }));
        yield return new("schedule-form", locale, "every scenario, department and role", ScheduleForm(locale));
        yield return new("report-summary", locale, "every requirement flagged", Renderer.Render("report-summary", new
        {
            Title = T("report_title", LongestDepartment, "2025-01-01", "2025-12-31"),
            Lines = new[] { T("report_drills", 1234, 1234, 100, 12345, 123456), T("report_training", 12345, 12345, 12345), T("report_checks", 12345, 12345), T("report_actions", 1234, 1234, 1234) },
            Flags = "⚠ " + T("report_flags", string.Join(", ", ReportRequirementTitles(locale))),
            Flagged = true,
            OpenLabel = T("report_open_tab"),
            Url = "https://func-drill-prod.azurewebsites.net/api/reports/page?department=records&from=2025-01-01&to=2025-12-31",
        }));
        foreach (var sample in DrillSamples.For(locale, Renderer, Texts, Scenarios, Content, LongestName, LongestDepartment))
            yield return sample;
    }

    // Each {parameter} of a scenario filled with its longest value (a room parameter with the longest room name).
    private static Dictionary<string, string> LongestParameters(Scenario scenario)
    {
        var values = new Dictionary<string, string>();
        foreach (var parameter in scenario.Parameters)
        {
            var candidates = parameter.Values.Values.ToList();
            if (candidates.Count == 0) candidates = Content.Site.Rooms.Select(r => r.Name).ToList();
            var longest = candidates.MaxBy(v => v.ZhCn.Length + v.En.Length)!;
            values[$"{parameter.Name}.{DrillPlatform.Core.Content.Locales.ZhCn}"] = longest.ZhCn;
            values[$"{parameter.Name}.{DrillPlatform.Core.Content.Locales.En}"] = longest.En;
        }
        return values;
    }

    private static IEnumerable<string> ReportRequirementTitles(string locale) =>
        DrillPlatform.Core.Reports.Compliance.RequirementsLoader.Load(TempContent.Shipped, Content.Sections.Select(s => s.Id)).Values.Select(r => r.Title.For(locale));

    private static JsonElement Help(string locale)
    {
        string[] commands = ["quiz", "practice", "drills", "checks", "my_role", "extinguisher", "language", "help", "schedule", "run", "cancel", "overdue"];
        return Renderer.Render("help", new
        {
            Title = Texts.Get("help_title", locale),
            Intro = Texts.Get("help_intro", locale),
            Commands = commands.Select(c => new
            {
                Name = Texts.Get("command_" + c, locale),
                Description = Texts.Get(c == "drills" ? "command_drills_trainer_about" : "command_" + c + "_about", locale),
            }).ToList(),
            QuizLabel = Texts.Get("command_quiz", locale),
            RoleLabel = Texts.Get("command_my_role", locale),
        });
    }

    private static JsonElement ScheduleForm(string locale)
    {
        string L(string key) => Texts.Get(key, locale);
        object Choice(string title, string value) => new { Title = title, Value = value };
        return Renderer.Render("schedule-form", new
        {
            Title = L("schedule_title"),
            Labels = new
            {
                Scenario = L("schedule_scenario"), Department = L("schedule_department"), Roles = L("schedule_roles"),
                OnDuty = L("schedule_on_duty"), Mode = L("schedule_mode"), Earliest = L("schedule_earliest"), Latest = L("schedule_latest"),
                AnnouncedDate = L("schedule_announced_date"), AnnouncedTime = L("schedule_announced_time"), Cadence = L("schedule_cadence"),
                CadenceCount = L("schedule_cadence_count"), WorkingStart = L("schedule_working_start"), WorkingEnd = L("schedule_working_end"),
                Deadline = L("schedule_deadline"), Escalation = L("schedule_escalation"),
            },
            Defaults = new { Scenario = Scenarios.Scenarios[0].Id, Earliest = "2026-12-03", Latest = "2026-12-17", WorkingStart = "08:00", WorkingEnd = "17:30" },
            Scenarios = Scenarios.Scenarios.Select(s => Choice(s.Title.For(locale), s.Id)).ToList(),
            Departments = new[] { Choice(L("schedule_all_departments"), "") }.Concat(Departments.Select(d => Choice(d, d))).ToList(),
            Roles = Content.Roles.Select(r => Choice(r.Name.For(locale), r.Id)).ToList(),
            Modes = new[] { Choice(L("schedule_mode_surprise"), "surprise"), Choice(L("schedule_mode_announced"), "announced") },
            Cadences = new[] { Choice(L("schedule_cadence_once"), "once"), Choice(L("schedule_cadence_month"), "month"), Choice(L("schedule_cadence_quarter"), "quarter") },
            Submit = L("schedule_submit"),
        });
    }

    private static CheckNotice Notice(CheckDefinition definition)
    {
        var extinguisher = Content.Site.Extinguishers.MaxBy(e => e.Location.ZhCn.Length + e.Location.En.Length)!;
        var task = new CheckTask
        {
            Site = Content.Site.Id, EquipmentId = extinguisher.Id, CheckId = definition.Id, DueDate = new DateOnly(2026, 11, 30), Anchor = new DateOnly(2026, 10, 31),
            Department = LongestDepartment, Responsible = "r", Deputy = "d", OpenedAt = DateTimeOffset.UnixEpoch,
        };
        var item = new EquipmentItem(Content.Site.Id, extinguisher.Id, definition.AppliesTo, extinguisher.Type, null, extinguisher.Location,
            DateOnly.MinValue, null, null, LongestDepartment, "r", "d");
        return new CheckNotice(task, item, definition);
    }

    // The demo roster: its longest name and its departments.
    private static readonly string[][] Roster = File.ReadAllLines(Path.Combine(TempContent.Shipped, "roster", "demo-roster.csv")).Skip(1)
        .Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
    private static readonly string[] Departments = Roster.Select(r => r[3]).Distinct().ToArray();
    public static readonly string LongestName = Roster.Select(r => r[1]).MaxBy(n => n.Length)!;
    public static readonly string LongestDepartment = Departments.MaxBy(d => d.Length)!;
}
