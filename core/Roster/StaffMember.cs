namespace DrillPlatform.Core.Roster;

/// <summary>A person on the roster. ObjectId is the Entra object id Teams sends as from.aadObjectId.</summary>
public sealed record StaffMember(
    string ObjectId,
    string Name,
    string Email,
    string Department,
    IReadOnlyList<string> Roles,
    string? Phone,
    string Locale)
{
    public bool HasRole(string role) => Roles.Contains(role, StringComparer.OrdinalIgnoreCase);
}
