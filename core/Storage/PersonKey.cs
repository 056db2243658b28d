namespace DrillPlatform.Core.Storage;

/// <summary>
/// The one spelling of a person's Entra object id used in table keys (lower-case GUID), whatever
/// case or braces Teams, a CSV or a caller used; anything that is not a GUID is kept, trimmed.
/// </summary>
public static class PersonKey
{
    public static string For(string objectId) =>
        Guid.TryParse(objectId, out var id) ? id.ToString("D") : objectId.Trim().ToLowerInvariant();
}
