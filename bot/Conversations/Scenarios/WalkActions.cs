namespace DrillPlatform.Bot.Conversations.Scenarios;

/// <summary>The card actions of walk-throughs, and how a walk id tells practice from a drill.</summary>
public static class WalkActions
{
    /// <summary>{"action":"walk.answer","walk":…,"step":…,"option":n}</summary>
    public const string Answer = "walk.answer";

    /// <summary>{"action":"practice.start","scenario":…}</summary>
    public const string Practice = "practice.start";

    /// <summary>{"action":"drill.start","drill":…}: the Start button of the runtime's drill alert card.</summary>
    public const string DrillStart = "drill.start";

    private const string PracticePrefix = "p-";

    public static string NewPracticeWalkId() => PracticePrefix + Guid.NewGuid().ToString("N");

    /// <summary>A drill's walk id is the drill id; practice ids cannot collide with it.</summary>
    public static bool IsPractice(string walkId) => walkId.StartsWith(PracticePrefix, StringComparison.Ordinal);
}
