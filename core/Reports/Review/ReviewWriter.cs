using DrillPlatform.Core.Drills;

namespace DrillPlatform.Core.Reports.Review;

/// <summary>
/// A trainer's additions to a drill's review, from the API or the bot: findings, and corrective
/// actions whose owner gets a card at once. Inputs arrive validated (see the API's requests and the
/// bot's form); this is where they are stored.
/// </summary>
public sealed class ReviewWriter(FindingStore findings, CorrectiveActionStore actions, ICorrectiveActionNotifier notifier, TimeProvider time, ILogger<ReviewWriter> logger)
{
    public const int MaxText = 2000;

    public async Task<Finding> AddFindingAsync(StaffMember by, Drill drill, FindingKind kind, string observation, string cause, CancellationToken ct)
    {
        var finding = new Finding
        {
            Id = "f" + Guid.NewGuid().ToString("N")[..15], DrillId = drill.Id, Kind = kind,
            Observation = observation.Trim(), Cause = cause.Trim(), CreatedBy = by.ObjectId, CreatedAt = time.GetUtcNow(),
        };
        await findings.AddAsync(finding, ct);
        logger.LogInformation("Finding {FindingId} added to drill {DrillId} by {ObjectId}", finding.Id, drill.Id, by.ObjectId);
        return finding;
    }

    /// <param name="verifyByDrill">Tie the action to the drill's scenario: a later drill of it scoring at the threshold closes it.</param>
    public async Task<(CorrectiveAction Action, bool OwnerReached)> AddActionAsync(StaffMember by, Drill drill, string findingId, string what,
        StaffMember owner, DateOnly due, bool verifyByDrill, CancellationToken ct)
    {
        var action = new CorrectiveAction
        {
            Id = "a" + Guid.NewGuid().ToString("N")[..15], DrillId = drill.Id, Department = drill.Department, FindingId = findingId,
            ScenarioId = verifyByDrill ? drill.ScenarioId : "", What = what.Trim(), Owner = owner.ObjectId, DueDate = due,
            CreatedBy = by.ObjectId, CreatedAt = time.GetUtcNow(),
        };
        action = await actions.AddAsync(action, ct);
        var reached = await notifier.SendAsync(action, owner, owner, CorrectiveActionNotice.Assigned, ct);
        logger.LogInformation("Corrective action {ActionId} for drill {DrillId} assigned to {Owner}, due {Due}; card sent: {Reached}",
            action.Id, drill.Id, owner.ObjectId, due, reached);
        return (action, reached);
    }
}
