namespace DrillPlatform.Core.Readiness.Storage;

/// <summary>The readiness area's tables, without the per-deployment prefix; key layouts are beside each store.</summary>
public static class ReadinessTables
{
    public const string Rollups = "Readiness";
    public const string Snapshots = "ReadinessSnapshots";
    public const string Sends = "ReadinessSends";

    /// <summary>A department name as a key part: escaped, because names are typed by people and keys may not hold / \ # ? or control characters.</summary>
    public static string Department(string department) => TableKey.Encode(department);

    public static string Person(string personId) => TableKey.Encode(PersonKey.For(personId));
}
