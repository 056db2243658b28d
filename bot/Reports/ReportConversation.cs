using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Reports;
using DrillPlatform.Core.Reports.Compliance;

namespace DrillPlatform.Bot.Reports;

/// <summary>
/// "report" / 报表 [department]: the headline figures of the compliance report of the last four
/// quarters, and a link that opens the report tab on the same department and period. Trainers may
/// name any department, managers get their own, staff a polite refusal. Channels never get here
/// (TeamsBot answers them with the 1:1 pointer: the figures name the department's gaps).
/// </summary>
public sealed class ReportConversation(ComplianceSources sources, ComplianceMatrix matrix, SiteCalendar calendar, TimeProvider time,
    Texts texts, CardRenderer cards, IOptions<ReportOptions> options, Replies replies)
{
    public async Task ShowAsync(Turn turn, string? argument, CancellationToken ct)
    {
        var (person, locale) = (turn.Person, turn.Locale);
        if (!ReadinessAccess.MaySeeDepartments(person))
        {
            await replies.TextAsync(turn.Activity, texts.Get("report_staff_only", locale), ct);
            return;
        }
        var department = person.Department;
        if (ReadinessAccess.MayNudge(person) && !string.IsNullOrWhiteSpace(argument)
            && (await sources.DepartmentsAsync(ct)).FirstOrDefault(d => string.Equals(d, argument.Trim(), StringComparison.OrdinalIgnoreCase)) is { } named)
            department = named;
        var (from, to) = ReportLink.LastFourQuarters(calendar.LocalDate(time.GetUtcNow()));
        var report = matrix.Build(await sources.ReadAsync(department, from, to, ct));
        await replies.CardAsync(turn.Activity, Card(report, locale, PageLink(turn, report)), ct);
    }

    public System.Text.Json.JsonElement Card(ComplianceReport r, string locale, string link)
    {
        string T(string key, params object[] args) => texts.Get(key, locale, args);
        var share = r.Drills.Drills == 0 ? 0 : (int)Math.Round(100.0 * r.Drills.Unannounced / r.Drills.Drills);
        var monthly = r.Checks.Where(c => c.CheckId == "extinguisher-monthly").ToList();
        var flagged = r.Rows.Where(x => x.Flagged).Select(x => x.Title.For(locale)).ToList();
        return cards.Render("report-summary", new
        {
            Title = T("report_title", r.Department, Date(r.From), Date(r.To)),
            Lines = new[]
            {
                T("report_drills", r.Drills.Drills, r.Drills.Unannounced, share, r.Drills.People, r.Drills.Prompts),
                T("report_training", r.Training.Trained, r.Training.People, r.Training.Lapsed.Count),
                T("report_checks", monthly.Sum(c => c.Done), monthly.Sum(c => Math.Max(c.Due, c.Done + c.Missing.Count))),
                T("report_actions", r.Actions.Open, r.Actions.Overdue, r.Actions.Closed),
            },
            Flags = flagged.Count > 0 ? "⚠ " + T("report_flags", string.Join(", ", flagged)) : "✓ " + T("report_flags_none"),
            Flagged = flagged.Count > 0,
            OpenLabel = T("report_open_tab"),
            Url = link,
        });
    }

    private string PageLink(Turn turn, ComplianceReport r) => ReportLink.For(options.Value, turn.Activity.ServiceUrl!, r.Department, r.From, r.To);

    private static string Date(DateOnly d) => ReportLink.Date(d);
}
