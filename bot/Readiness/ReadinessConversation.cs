using DrillPlatform.Bot.Drills.Trainers;
using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Readiness.Config;
using DrillPlatform.Core.Readiness.Scoring;
using DrillPlatform.Core.Readiness.Sending;

namespace DrillPlatform.Bot.Readiness;

/// <summary>
/// "readiness" / 准备度 [department]: the department card for managers (their own department) and
/// trainers (any, with a picker and Nudge). "my readiness" / 我的准备度: a person's own card.
/// Every reply goes to the 1:1 chat the command came from; staff are told to ask for their own.
/// </summary>
public sealed class ReadinessConversation(ReadinessReader reader, ReadinessNudges nudges, ReadinessCards cards, ReadinessModel model,
    Departments departments, Replies replies)
{
    public async Task ShowDepartmentAsync(Turn turn, string? argument, CancellationToken ct)
    {
        var person = turn.Person;
        if (!ReadinessAccess.MaySeeDepartments(person))
        {
            await SayAsync(turn, "staff_only", ct);
            return;
        }
        var trainer = ReadinessAccess.MayNudge(person);
        var known = trainer ? await departments.ListAsync(ct) : [];
        var department = trainer && !string.IsNullOrWhiteSpace(argument) ? argument.Trim() : person.Department;
        if (trainer && !known.Contains(department, StringComparer.Ordinal))
        {
            await SayAsync(turn, "no_department", ct, ("department", ReadinessText.Same(department)));
            return;
        }
        var view = await reader.DepartmentAsync(department, null, ct);
        await replies.CardAsync(turn.Activity, cards.Department(view, turn.Locale, known), ct);
    }

    public async Task ShowMineAsync(Turn turn, CancellationToken ct) =>
        await replies.CardAsync(turn.Activity, cards.Mine(await reader.PersonAsync(turn.Person, ct), turn.Locale), ct);

    public Task OnShowAsync(Turn turn, CardAction action, CancellationToken ct) =>
        ShowDepartmentAsync(turn, action.String("department"), ct);

    public async Task OnNudgeAsync(Turn turn, CardAction action, CancellationToken ct)
    {
        var department = action.String("department");
        if (!ReadinessAccess.MayNudge(turn.Person) || string.IsNullOrWhiteSpace(department))
        {
            await SayAsync(turn, "staff_only", ct);
            return;
        }
        var (queued, already) = await nudges.RequestAsync(turn.Person, department, ct);
        await SayAsync(turn, "nudge_done", ct, ("queued", ReadinessText.Number(queued)), ("already", ReadinessText.Number(already)));
    }

    private Task SayAsync(Turn turn, string key, CancellationToken ct, params (string, Localized)[] values) =>
        replies.TextAsync(turn.Activity, ReadinessText.Fill(model.Text(key), values).For(turn.Locale), ct);
}
