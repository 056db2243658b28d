namespace DrillPlatform.Core.Roster;

/// <summary>How a <see cref="StaffMember"/> looks as a table row; see <see cref="RosterStore"/> for the keys.</summary>
internal static class RosterEntity
{
    public const char RoleSeparator = ';';

    public static string Key(string objectId) => PersonKey.For(objectId);

    public static string EmailKey(string email) => email.Trim().ToLowerInvariant();

    public static TableEntity From(StaffMember person) => new(Key(person.ObjectId), "")
    {
        ["Name"] = person.Name,
        ["Email"] = person.Email,
        ["EmailKey"] = EmailKey(person.Email),
        ["Department"] = person.Department,
        ["Roles"] = string.Join(RoleSeparator, person.Roles),
        ["Phone"] = person.Phone,
        ["Locale"] = person.Locale,
    };

    public static StaffMember ToStaff(TableEntity e) => new(
        e.PartitionKey,
        e.GetString("Name") ?? "",
        e.GetString("Email") ?? "",
        e.GetString("Department") ?? "",
        (e.GetString("Roles") ?? "").Split(RoleSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        string.IsNullOrEmpty(e.GetString("Phone")) ? null : e.GetString("Phone"),
        e.GetString("Locale") ?? "");
}
