namespace DrillPlatform.Core.Reports.Review;

public enum FindingKind { Strength, Improvement }

/// <summary>A trainer's observation about a drill: what was seen and, for an area for improvement, why it happened.</summary>
public sealed record Finding
{
    public required string Id { get; init; }
    public required string DrillId { get; init; }
    public required FindingKind Kind { get; init; }
    public required string Observation { get; init; }
    public string Cause { get; init; } = "";
    public required string CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
