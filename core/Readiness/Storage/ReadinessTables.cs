namespace DrillPlatform.Core.Readiness.Storage;

/// <summary>The readiness area's tables, without the per-deployment prefix; key layouts are beside each store.</summary>
public static class ReadinessTables
{
    public const string Rollups = "Readiness";
    public const string Snapshots = "ReadinessSnapshots";
    public const string Sends = "ReadinessSends";

    /// <summary>
    /// Starts the RowKey of a person's write-side roll-up row. TableKey.Encode never writes '!' (it
    /// escapes it), and every character it does write sorts at or after <see cref="ReadRowsFrom"/>,
    /// so all write-side rows sort before all read rows of a partition.
    /// </summary>
    public const string WriteSidePrefix = "!";

    /// <summary>The lowest character an encoded key can start with ('%'): RowKey ge this is every read row and no write-side row.</summary>
    public const string ReadRowsFrom = "%";

    /// <summary>A department name as a key part: escaped, because names are typed by people and keys may not hold / \ # ? or control characters.</summary>
    public static string Department(string department) => TableKey.Encode(department);

    public static string Person(string personId) => TableKey.Encode(PersonKey.For(personId));

    /// <summary>The RowKey of the person's write-side roll-up row, in the same partition as their read row.</summary>
    public static string WriteSide(string personId) => WriteSidePrefix + Person(personId);
}
