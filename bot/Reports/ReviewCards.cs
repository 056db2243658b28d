using DrillPlatform.Core.Api;
using DrillPlatform.Core.Api.Views;
using DrillPlatform.Core.Reports;
using DrillPlatform.Core.Reports.Records;
using DrillPlatform.Core.Reports.Review;

namespace DrillPlatform.Bot.Reports;

/// <summary>The review card (the record, findings, actions; for trainers a form to add one) and the corrective-action cards.</summary>
public sealed class ReviewCards(CardRenderer cards, Texts texts, SiteCalendar calendar, Citations citations, IOptions<ReportOptions> options, TimeProvider time)
{
    public const string ShowAction = "review.show";
    public const string SubmitAction = "review.submit";
    public const string CloseAction = "action.close";

    /// <param name="owners">People a trainer may name as owner; null for a reader (no form).</param>
    public JsonElement Review(DrillReviewView review, IReadOnlyDictionary<string, string> names, string locale, IReadOnlyList<StaffMember>? owners)
    {
        string T(string key, params object[] args) => texts.Get(key, locale, args);
        var r = review.Record;
        var lines = new List<object>
        {
            Label(T("review_people_label")),
            Line(T("review_people", r.Counts.Invited, r.Counts.Prompted, r.Counts.Answered, r.Counts.NoResponse, r.Counts.Failed, r.Counts.SmsSent)),
            Line(T("review_response", Seconds(r.Response.MedianSeconds), Seconds(r.Response.P90Seconds), r.MeanScore?.ToString("0.#", CultureInfo.InvariantCulture) ?? "—")),
            Line(T("review_scores", string.Join(", ", r.Scores.Select(b => $"{b.From}–{b.To}: {b.People}")))),
            Label(T("review_missed_label")),
        };
        lines.AddRange(review.Missed.Count == 0 ? [Line(T("review_none"))]
            : review.Missed.Select(m => Line(T("review_missed_line", m.Name.For(locale), m.MissedBy, string.Join("; ", m.Citations.Select(c => c.Title.For(locale)))))));
        lines.Add(Label(T("review_findings_label")));
        lines.AddRange(review.Findings.Count == 0 ? [Line(T("review_none"))]
            : review.Findings.Select(f => Line(T("review_finding_line", T("review_kind_" + f.Kind.ToString().ToLowerInvariant()), f.Observation)
                + (f.Cause.Length > 0 ? T("review_finding_cause", f.Cause) : ""))));
        lines.Add(Label(T("review_actions_label")));
        var today = calendar.LocalDate(time.GetUtcNow());
        lines.AddRange(review.CorrectiveActions.Count == 0 ? [Line(T("review_none"))]
            : review.CorrectiveActions.Select(a => Line(T("review_action_line", names.GetValueOrDefault(a.Owner, a.Owner), Status(a, today, locale), Date(a.DueDate), a.What))));

        return cards.Render("drill-review", new
        {
            Title = T("review_title", review.Scenario.For(locale)),
            Subtitle = T("review_subtitle", r.Department == DrillAudience.AllDepartments ? T("schedule_all_departments") : r.Department,
                T(r.Unannounced ? "review_mode_surprise" : "review_mode_announced"),
                r.LocalLaunch.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                calendar.Shifts.FirstOrDefault(s => s.Id == r.Shift)?.Name.For(locale) ?? r.Shift, r.DrillId),
            Lines = lines,
            Form = owners is null ? null : new
            {
                Label = T("review_form_label"),
                KindLabel = T("review_field_kind"),
                Strength = T("review_kind_strength"),
                Improvement = T("review_kind_improvement"),
                ObservationLabel = T("review_field_observation"),
                CauseLabel = T("review_field_cause"),
                WhatLabel = T("review_field_what"),
                OwnerLabel = T("review_field_owner"),
                Owners = owners.Select(o => new { Title = o.Name, Value = o.ObjectId }).ToList(),
                DueLabel = T("review_field_due"),
                VerifyLabel = T("review_field_verify", options.Value.VerifyingScore),
            },
            Actions = owners is null ? Array.Empty<object>()
                : [new { Type = "Action.Submit", Title = T("review_button_add"), Data = new Dictionary<string, object> { ["action"] = SubmitAction, ["drill"] = r.DrillId }, Url = (string?)null }],
        });
    }

    public JsonElement Action(CorrectiveAction a, CorrectiveActionNotice notice, StaffMember? owner, string locale, bool closable)
    {
        string T(string key, params object[] args) => texts.Get(key, locale, args);
        return cards.Render("corrective-action", new
        {
            Title = notice switch
            {
                CorrectiveActionNotice.Assigned => T("action_title_assigned"),
                CorrectiveActionNotice.PastDue => T("action_title_past_due"),
                _ => T("action_title_escalated", owner?.Name ?? a.Owner),
            },
            Color = notice == CorrectiveActionNotice.Assigned ? "Default" : "Attention",
            What = a.What,
            Facts = new[]
            {
                new { Title = T("action_due"), Value = Date(a.DueDate) },
                new { Title = T("action_owner"), Value = owner?.Name ?? a.Owner },
                new { Title = T("action_department"), Value = a.Department },
                new { Title = T("action_drill"), Value = a.DrillId },
            },
            Verify = a.ScenarioId.Length > 0 ? T("action_verify", citations.ScenarioTitle(a.ScenarioId).For(locale), options.Value.VerifyingScore) : null,
            Close = closable
                ? new { Label = T("action_note_label"), Button = T("action_button_close"), Data = new Dictionary<string, object> { ["action"] = CloseAction, ["id"] = a.Id } }
                : null,
        });
    }

    private string Status(CorrectiveAction a, DateOnly today, string locale) => texts.Get(
        a.Status == CorrectiveActionStatus.Closed ? "review_action_closed" : a.IsOverdue(today) ? "review_action_overdue" : "review_action_open", locale);

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Seconds(double? s) => s is { } v ? TimeSpan.FromSeconds(Math.Round(v)).ToString(v >= 3600 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture) : "—";

    private static object Line(string text) => new { Text = text, Label = false };

    private static object Label(string text) => new { Text = text, Label = true };
}
