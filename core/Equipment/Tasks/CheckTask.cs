using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Escalation;

namespace DrillPlatform.Core.Equipment.Tasks;

/// <summary>
/// One check of one item for one period (or a follow-up after a failed critical item). Once
/// completed it is the electronic inspection tag: who, when, each item's answer and the note.
/// Version is the row's ETag: every change is a conditional write against it.
/// </summary>
public sealed record CheckTask
{
    public required string Site { get; init; }
    public required string EquipmentId { get; init; }
    public required string CheckId { get; init; }
    public required DateOnly DueDate { get; init; }
    /// <summary>The date the series counts from; carried from task to task so month ends do not drift.</summary>
    public required DateOnly Anchor { get; init; }
    /// <summary>How many follow-ups deep: 0 for the scheduled check, 1 for its follow-up, and so on.</summary>
    public int FollowUp { get; init; }
    /// <summary>Item ids to answer; empty = every item of the definition (a follow-up asks only what failed).</summary>
    public IReadOnlyList<string> ItemIds { get; init; } = [];
    public required string Department { get; init; }
    public required string Responsible { get; init; }
    public required string Deputy { get; init; }
    public required DateTimeOffset OpenedAt { get; init; }
    public CheckStatus Status { get; init; } = CheckStatus.Open;
    public IReadOnlyDictionary<EscalationRung, RungRecord> Rungs { get; init; } = new Dictionary<EscalationRung, RungRecord>();
    public string? CompletedBy { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public IReadOnlyList<CheckAnswer> Answers { get; init; } = [];
    public string? Note { get; init; }
    public string? Version { get; init; }

    public string Id => CheckTaskId.Format(Site, EquipmentId, CheckId, DueDate, FollowUp);

    public bool IsFollowUp => FollowUp > 0;

    public bool MayAnswer(string objectId) =>
        string.Equals(objectId, Responsible, StringComparison.OrdinalIgnoreCase) || string.Equals(objectId, Deputy, StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<CheckItem> ItemsOf(CheckDefinition definition) =>
        ItemIds.Count == 0 ? definition.Items : definition.Items.Where(i => ItemIds.Contains(i.Id)).ToList();
}

public enum CheckStatus { Open, Completed }

/// <summary>One answered line of the checklist.</summary>
public sealed record CheckAnswer(string ItemId, bool Pass, string? Note);

/// <summary>When a rung of the ladder was climbed and what came of it (sent, unreachable, nobody to tell).</summary>
public sealed record RungRecord(DateTimeOffset At, string Outcome);
