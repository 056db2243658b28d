using DrillPlatform.Core.Equipment.Tasks;

namespace DrillPlatform.Core.Equipment.Escalation;

/// <summary>Which rungs a check has reached and not yet climbed. Pure, so the timing is testable without storage.</summary>
public static class EscalationLadder
{
    public static IReadOnlyList<EscalationRung> Due(CheckTask task, CheckOptions options, DateTimeOffset now) =>
        task.Status != CheckStatus.Open
            ? []
            : Enum.GetValues<EscalationRung>()
                .Where(rung => !task.Rungs.ContainsKey(rung) && now >= task.OpenedAt + options.DelayOf(rung))
                .ToList();

    public static bool IsOverdue(CheckTask task, CheckOptions options, DateTimeOffset now) =>
        task.Status == CheckStatus.Open && now >= task.OpenedAt + options.OverdueAfter;
}
