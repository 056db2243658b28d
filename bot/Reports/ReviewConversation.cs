using DrillPlatform.Core.Reports;
using DrillPlatform.Core.Reports.Review;

namespace DrillPlatform.Bot.Reports;

/// <summary>
/// "review &lt;drill id&gt;" / 复盘 (trainers), the summary card's Review button (trainers, and the
/// managers of the drill's department, who read without the form), the form's submit (trainers:
/// a finding and an optional corrective action), and the owner's Mark done on their action card.
/// Roles are checked here, on the server, for typed commands and card submits alike.
/// </summary>
public sealed class ReviewConversation(DrillReviews reviews, ReviewWriter writer, CorrectiveActionStore actions, CorrectiveActionClosing closing,
    ReviewCards cards, RosterStore roster, SiteCalendar calendar, TimeProvider time, Texts texts, Replies replies)
{
    public async Task CommandAsync(Turn turn, string argument, CancellationToken ct)
    {
        if (!turn.Person.May(Permission.ReviewDrills))
        {
            await SayAsync(turn, "review_trainers_only", ct);
            return;
        }
        if (string.IsNullOrWhiteSpace(argument))
        {
            await SayAsync(turn, "review_usage", ct);
            return;
        }
        await ShowAsync(turn, argument.Trim(), ct);
    }

    public Task OnShowAsync(Turn turn, CardAction action, CancellationToken ct) => ShowAsync(turn, action.String("drill") ?? "", ct);

    public async Task OnSubmitAsync(Turn turn, CardAction action, CancellationToken ct)
    {
        if (!turn.Person.May(Permission.ReviewDrills))
        {
            await SayAsync(turn, "review_trainers_only", ct);
            return;
        }
        var id = action.String("drill") ?? "";
        var drill = await reviews.DrillAsync(id, ct);
        if (drill is null || await reviews.RecordAsync(drill, ct) is null)
        {
            await SayAsync(turn, "review_not_found", ct, id);
            return;
        }
        var observation = (action.String("observation") ?? "").Trim();
        var what = (action.String("what") ?? "").Trim();
        var errors = new List<string>();
        if (observation.Length == 0) errors.Add(texts.Get("review_error_observation", turn.Locale));
        StaffMember? owner = null;
        DateOnly due = default;
        if (what.Length > 0)
        {
            owner = action.String("owner") is { Length: > 0 } oid ? await roster.GetAsync(oid, ct) : null;
            if (owner is null) errors.Add(texts.Get("review_error_owner", turn.Locale));
            if (!DateOnly.TryParseExact(action.String("due"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out due)
                || due < calendar.LocalDate(time.GetUtcNow()))
                errors.Add(texts.Get("review_error_due", turn.Locale));
        }
        if (errors.Count > 0)
        {
            await SayAsync(turn, "review_form_errors", ct, string.Join(turn.Locale == DrillPlatform.Core.Content.Locales.ZhCn ? "；" : "; ", errors));
            return;
        }
        var kind = action.String("kind") == "strength" ? FindingKind.Strength : FindingKind.Improvement;
        var finding = await writer.AddFindingAsync(turn.Person, drill, kind, Clip(observation), Clip(action.String("cause") ?? ""), ct);
        if (owner is null)
        {
            await SayAsync(turn, "review_added", ct, drill.Id);
            return;
        }
        var (_, reached) = await writer.AddActionAsync(turn.Person, drill, finding.Id, Clip(what), owner, due, action.String("verify") != "false", ct);
        await SayAsync(turn, reached ? "review_added_action" : "review_added_unreached", ct, drill.Id, owner.Name);
    }

    public async Task OnCloseAsync(Turn turn, CardAction action, CancellationToken ct)
    {
        var found = action.String("id") is { Length: > 0 } id ? await actions.FindAsync(id, ct) : null;
        if (found is null || !string.Equals(found.Owner, turn.Person.ObjectId, StringComparison.OrdinalIgnoreCase))
        {
            await SayAsync(turn, "action_close_refused", ct);
            return;
        }
        if (found.Status == CorrectiveActionStatus.Closed)
        {
            await SayAsync(turn, "action_already_closed", ct);
            return;
        }
        var note = (action.String("note") ?? "").Trim();
        if (note.Length == 0)
        {
            await SayAsync(turn, "action_note_required", ct);
            return;
        }
        await SayAsync(turn, await closing.CloseAsync(found, turn.Person.ObjectId, Clip(note), ct) is null ? "action_already_closed" : "action_closed", ct);
    }

    private async Task ShowAsync(Turn turn, string id, CancellationToken ct)
    {
        var person = turn.Person;
        if (!person.May(Permission.ReadReports))
        {
            await SayAsync(turn, "review_trainers_only", ct);
            return;
        }
        var drill = await reviews.DrillAsync(id, ct);
        if (drill is null || await reviews.GetAsync(drill, ct) is not { } review)
        {
            await SayAsync(turn, "review_not_found", ct, id);
            return;
        }
        if (!ReportAccess.MaySee(person, drill.Department))
        {
            await SayAsync(turn, "review_not_yours", ct);
            return;
        }
        var department = drill.Department == DrillAudience.AllDepartments ? null : drill.Department;
        var people = await roster.ListAsync(department, ct);
        var names = people.ToDictionary(p => p.ObjectId, p => p.Name, StringComparer.OrdinalIgnoreCase);
        var owners = person.May(Permission.ReviewDrills) ? people.OrderBy(p => p.Name, StringComparer.Ordinal).Take(100).ToList() : null;
        await replies.CardAsync(turn.Activity, cards.Review(review, names, turn.Locale, owners), ct);
    }

    private static string Clip(string text) => text.Length <= ReviewWriter.MaxText ? text.Trim() : text[..ReviewWriter.MaxText].Trim();

    private Task SayAsync(Turn turn, string key, CancellationToken ct, params object[] args) =>
        replies.TextAsync(turn.Activity, texts.Get(key, turn.Locale, args), ct);
}
