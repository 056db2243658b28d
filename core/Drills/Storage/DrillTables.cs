namespace DrillPlatform.Core.Drills.Storage;

/// <summary>The drill area's tables, without the per-deployment prefix; key layouts are beside each store.</summary>
public static class DrillTables
{
    public const string Schedules = "DrillSchedules";
    public const string Drills = "Drills";
    public const string Participants = "DrillParticipants";
}
