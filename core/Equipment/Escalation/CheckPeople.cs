namespace DrillPlatform.Core.Equipment.Escalation;

/// <summary>Who is who for a check, from the roster.</summary>
public sealed class CheckPeople(RosterStore roster)
{
    public Task<StaffMember?> GetAsync(string objectId, CancellationToken ct) => roster.GetAsync(objectId, ct);

    /// <summary>
    /// The department's managers; when the department has none (the demo's information department),
    /// every manager on the roster, because a failed critical item must reach somebody in charge.
    /// </summary>
    public async Task<IReadOnlyList<StaffMember>> ManagersAsync(string department, CancellationToken ct)
    {
        var own = (await roster.ListAsync(department, ct)).Where(p => p.May(Permission.ReceiveSummaries)).ToList();
        return own.Count > 0 ? own : (await roster.ListAsync(ct: ct)).Where(p => p.May(Permission.ReceiveSummaries)).ToList();
    }
}
