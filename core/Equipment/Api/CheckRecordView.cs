using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Tasks;

namespace DrillPlatform.Core.Equipment.Api;

/// <summary>The electronic inspection tag as the API shows it (English titles; ids for everything else).</summary>
public sealed record CheckRecordView(
    string TaskId,
    string EquipmentId,
    string CheckId,
    string Title,
    string DueDate,
    int FollowUp,
    string Status,
    DateTimeOffset OpenedAt,
    string Responsible,
    string Deputy,
    string? CompletedBy,
    DateTimeOffset? CompletedAt,
    bool? Passed,
    IReadOnlyList<CheckAnswerView> Answers,
    string? Note,
    IReadOnlyDictionary<string, RungRecord> Escalation)
{
    public static CheckRecordView From(CheckTask t, CheckDefinition? definition) => new(
        t.Id, t.EquipmentId, t.CheckId, definition?.Title.En ?? t.CheckId, Dates.Format(t.DueDate)!, t.FollowUp,
        t.Status.ToString().ToLowerInvariant(), t.OpenedAt, t.Responsible, t.Deputy, t.CompletedBy, t.CompletedAt,
        t.Status == CheckStatus.Completed ? t.Answers.All(a => a.Pass) : null,
        t.Answers.Select(a => new CheckAnswerView(a.ItemId, a.Pass, definition?.Item(a.ItemId)?.Critical ?? false, a.Note)).ToList(),
        t.Note,
        t.Rungs.ToDictionary(r => char.ToLowerInvariant(r.Key.ToString()[0]) + r.Key.ToString()[1..], r => r.Value));
}

public sealed record CheckAnswerView(string Item, bool Pass, bool Critical, string? Note);

/// <summary>An open check past its time, for the overdue list.</summary>
public sealed record OverdueCheckView(string TaskId, string EquipmentId, string CheckId, string Title, string DueDate, int DaysOverdue,
    DateTimeOffset OpenedAt, string Department, string Responsible, string Deputy, IReadOnlyList<string> Escalated);
