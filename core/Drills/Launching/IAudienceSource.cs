namespace DrillPlatform.Core.Drills.Launching;

/// <summary>Who a drill's audience is at launch time.</summary>
public interface IAudienceSource
{
    Task<IReadOnlyList<StaffMember>> ResolveAsync(DrillAudience audience, CancellationToken ct = default);
}
