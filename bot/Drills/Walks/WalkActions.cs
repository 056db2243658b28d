namespace DrillPlatform.Bot.Drills.Walks;

/// <summary>How a walk id tells practice from a drill.</summary>
public static class WalkActions
{
    private const string PracticePrefix = "p-";

    public static string NewPracticeWalkId() => PracticePrefix + Guid.NewGuid().ToString("N");

    /// <summary>A drill's walk id is the drill id; practice ids cannot collide with it.</summary>
    public static bool IsPractice(string walkId) => walkId.StartsWith(PracticePrefix, StringComparison.Ordinal);
}
