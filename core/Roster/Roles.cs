namespace DrillPlatform.Core.Roster;

/// <summary>The roster role names the platform itself acts on (the CSV's roles column); content may add its own.</summary>
public static class Roles
{
    public const string Trainer = "trainer";
    public const string Manager = "manager";
}
