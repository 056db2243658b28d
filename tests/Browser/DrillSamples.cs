using DrillPlatform.Bot.Teams;
using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Readiness.Config;
using DrillPlatform.Tests.Content;

namespace DrillPlatform.Tests.Browser;

/// <summary>
/// The trainer's and manager's cards for <see cref="CardSamples"/>: drill alert, list, summary and
/// review, corrective action, readiness. Filled as their builders fill them, with the longest
/// scenario, step, plan action, name and department there is, and a full roster's worth of rows.
/// </summary>
internal static class DrillSamples
{
    public static IEnumerable<CardSample> For(string locale, CardRenderer renderer, Texts texts, ScenarioCatalog scenarios, ContentBundle content,
        string name, string department)
    {
        string T(string key, params object[] args) => texts.Get(key, locale, args);
        string L(Localized text) => text.For(locale);
        var scenario = scenarios.Scenarios.MaxBy(s => L(s.Title).Length)!;
        var steps = scenarios.Scenarios.MaxBy(s => s.Steps.Count)!;
        var action = scenarios.Actions.MaxBy(a => L(a.Name).Length)!;
        var drill = "d0123456789abcdef";
        var readiness = ReadinessLoader.Load(TempContent.Shipped, content);
        string R(string key, params (string Name, string Value)[] values) =>
            values.Aggregate(readiness.Text(key).For(locale), (text, v) => text.Replace("{" + v.Name + "}", v.Value, StringComparison.Ordinal));

        yield return new("drill-alert", locale, scenario.Id, renderer.Render("drill-alert", new
        {
            Title = T("drill_alert_title"), Notice = T("drill_alert_notice"), ScenarioLabel = T("drill_alert_scenario"), Scenario = L(scenario.Title),
            DeadlineLabel = T("drill_alert_deadline"), Deadline = T("drill_alert_deadline_value", "10:30", 30), Instructions = T("drill_alert_instructions"),
            StartLabel = T("drill_alert_start"), DrillId = drill,
        }));

        var lines = scenarios.Scenarios.Select(s => new { Text = T("drills_drill_line", drill, L(s.Title), department, $"{T("drills_status_Launched")} 2026-12-03 10:00"), Detail = (string?)null }).ToList();
        yield return new("drill-list", locale, "every scenario", renderer.Render("drill-list", new
        {
            Title = T("drills_title"), None = T("drills_none"),
            Sections = new[]
            {
                new { Heading = T("drills_upcoming"), Items = lines },
                new { Heading = T("drills_recent"), Items = lines.Take(0).ToList() },
            },
        }));

        var people = Enumerable.Range(1, CardRows.Max).Select(i => T("summary_person_line", name,
            string.Join(locale == Locales.ZhCn ? "；" : "; ", T("participant_status_Answered"), T("summary_person_score", 40), T("summary_missed", L(action.Name))))).ToList();
        yield return new("drill-summary", locale, steps.Id, renderer.Render("drill-summary", new
        {
            Title = T("summary_title", L(scenario.Title)), Subtitle = T("summary_subtitle", department, drill, "2026-12-03 10:00", "2026-12-03 10:30"),
            Facts = new[]
            {
                new { Title = T("summary_participation"), Value = T("summary_participation_value", 118, 120, 12, 2) },
                new { Title = T("summary_median"), Value = "2 min 05 s" },
            },
            StepsLabel = T("summary_steps"),
            Steps = steps.Steps.Select((s, i) => new { Title = $"{i + 1}. {L(s.Prompt)}", Value = T("summary_step_value", 100, 15, 5) }).ToList(),
            PeopleLabel = T("summary_people"), People = people,
            FailedLabel = T("summary_failed"), Failed = new[] { T("summary_failed_line", name, "ConversationBlockedByUser: the user blocked the bot") },
            None = T("drills_none"),
            Review = new { Title = T("review_button"), Data = new Dictionary<string, object> { ["action"] = "review.show", ["drill"] = drill } },
        }));

        object Line(string text, bool label = false) => new { Text = text, Label = label };
        yield return new("drill-review", locale, scenario.Id, renderer.Render("drill-review", new
        {
            Title = T("review_title", L(scenario.Title)),
            Subtitle = T("review_subtitle", department, T("review_mode_surprise"), "2026-12-03 10:00", name, drill),
            Lines = new[]
            {
                Line(T("review_people_label"), true), Line(T("review_people", 120, 120, 100, 18, 2, 20)),
                Line(T("review_response", "1 min 10 s", "4 min 30 s", "87.5")), Line(T("review_scores", "0–49: 3, 50–79: 20, 80–100: 77")),
                Line(T("review_missed_label"), true), Line(T("review_missed_line", L(action.Name), 12, string.Join("; ", content.Sections.Take(3).Select(s => L(s.Title))))),
                Line(T("review_actions_label"), true), Line(T("review_action_line", name, T("review_action_overdue"), "2026-12-31", T("review_field_what"))),
            },
            Form = new
            {
                Label = T("review_form_label"), KindLabel = T("review_field_kind"), Strength = T("review_kind_strength"), Improvement = T("review_kind_improvement"),
                ObservationLabel = T("review_field_observation"), CauseLabel = T("review_field_cause"), WhatLabel = T("review_field_what"),
                OwnerLabel = T("review_field_owner"), Owners = new[] { new { Title = name, Value = "oid" } },
                DueLabel = T("review_field_due"), VerifyLabel = T("review_field_verify", 80),
            },
            Actions = new[] { new { Type = "Action.Submit", Title = T("review_button_add"), Data = new Dictionary<string, object> { ["action"] = "review.submit", ["drill"] = drill }, Url = (string?)null } },
        }));

        yield return new("corrective-action", locale, "escalated", renderer.Render("corrective-action", new
        {
            Title = T("action_title_escalated", name), Color = "Attention", What = T("review_field_what"),
            Facts = new[]
            {
                new { Title = T("action_due"), Value = "2026-12-31" }, new { Title = T("action_owner"), Value = name },
                new { Title = T("action_department"), Value = department }, new { Title = T("action_drill"), Value = drill },
            },
            Verify = T("action_verify", L(scenario.Title), 80),
            Close = new { Label = T("action_note_label"), Button = T("action_button_close"), Data = new Dictionary<string, object> { ["action"] = "action.close", ["id"] = "a1" } },
        }));

        var topic = readiness.Topics.MaxBy(t => L(t.Label).Length)!;
        var section = content.Sections.MaxBy(s => L(s.Title).Length)!;
        var reason = R("reason_drill_missed", ("scenario", L(scenario.Title)), ("date", "2026-11-30"));
        yield return new("readiness-department", locale, department, renderer.Render("readiness-department", new
        {
            Title = R("title_department", ("department", department)),
            Score = R("card_score", ("score", "48"), ("band", R("band_not_ready"))),
            Change = R("card_change", ("change", "-12")),
            Bands = R("card_bands", ("ready", "100"), ("atrisk", "12"), ("notready", "8"), ("people", "120")),
            WeakestLabel = R("card_weakest"),
            Topics = Enumerable.Repeat(R("card_topic", ("topic", L(topic.Label)), ("mastery", "35"), ("section", L(section.Title)), ("source", section.Source)), 3).ToList(),
            NotReadyLabel = R("card_not_ready"),
            People = Enumerable.Repeat(R("card_person", ("name", name), ("score", "12"), ("reason", reason)), 15).ToList(),
            OverdueLabel = R("card_overdue"),
            Overdue = new[] { R("card_overdue_item", ("equipment", "fe-a101"), ("check", "extinguisher-monthly"), ("date", "2026-11-30"), ("name", name)) },
            ChooseLabel = R("card_choose_department"), Department = department,
            Departments = new[] { department, "records", "information" },
            ReportUrl = "", // the trainer's card; the digest (a manager's, with no Submit buttons) carries the report link
            ReportLabel = texts.Get("report_open_tab", locale),
            Actions = new object[]
            {
                new { Title = R("button_nudge"), Data = new Dictionary<string, object> { ["action"] = "readiness.nudge", ["department"] = department } },
                new { Title = R("button_department"), Data = new Dictionary<string, object> { ["action"] = "readiness.show" } },
            },
        }));
        yield return new("readiness-mine", locale, "not ready", renderer.Render("readiness-mine", new
        {
            Title = R("title_mine"),
            Score = R("card_score", ("score", "12"), ("band", R("band_not_ready"))), Color = "Attention",
            Parts = R("card_parts", ("knowledge", "35"), ("drills", "0"), ("equipment", R("card_not_applicable"))),
            ReasonsLabel = R("card_reasons"),
            Reasons = new[] { "• " + R("reason_gate_training"), "• " + reason },
            Next = R("card_next", ("step", reason)),
            Private = R("card_private"),
            Actions = new object[] { new { Title = R("button_quiz", ("topic", L(topic.Label))), Data = new Dictionary<string, object> { ["action"] = "quiz.start", ["topic"] = topic.Id } } },
        }));
    }
}
