namespace DrillPlatform.Core.Roster;

/// <summary>
/// Told after a roster import wrote a person whose department changed, so data keyed by
/// department (readiness roll-ups) follows them. A failure escapes: the import reports it, and
/// running the import again does not repeat it (the roster already has the new department), so
/// `rebuild-readiness` is the repair.
/// </summary>
public interface IRosterMoves
{
    Task MovedAsync(StaffMember person, string previousDepartment, CancellationToken ct);
}
