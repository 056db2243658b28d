namespace DrillPlatform.Core.Roster;

/// <summary>The roster CSV's columns. Header names match case-insensitively, in any order.</summary>
internal static class RosterColumns
{
    public const string ObjectId = "objectId";
    public const string Name = "name";
    public const string Email = "email";
    public const string Department = "department";
    public const string Roles = "roles";
    public const string Phone = "phone";
    public const string Locale = "locale";

    // Phone and locale may be left out of the file entirely: both have a sensible empty value.
    public static readonly IReadOnlyList<string> Required = [ObjectId, Name, Email, Department, Roles];
    public static readonly IReadOnlyList<string> All = [.. Required, Phone, Locale];
}
