using System.Text.RegularExpressions;

namespace DrillPlatform.Core.Roster;

/// <summary>Turns one CSV row into a <see cref="StaffMember"/>, or says what is wrong with it.</summary>
internal sealed partial class RosterRowValidator(IReadOnlySet<string> knownRoles, string defaultLocale)
{
    // Canonical spelling of each role id, looked up without regard to case.
    private readonly Dictionary<string, string> roles = knownRoles.ToDictionary(r => r, r => r, StringComparer.OrdinalIgnoreCase);

    public StaffMember? Validate(int row, Func<string, string> field, List<RowError> errors)
    {
        var before = errors.Count;
        void Fail(string column, string reason) => errors.Add(new RowError(row, column, reason));

        var objectId = field(RosterColumns.ObjectId);
        if (!Guid.TryParse(objectId, out var id))
            Fail(RosterColumns.ObjectId, $"'{objectId}' is not a GUID (the person's Entra object id)");

        var name = field(RosterColumns.Name);
        if (name.Length == 0) Fail(RosterColumns.Name, "is empty");

        var email = field(RosterColumns.Email);
        if (!EmailPattern().IsMatch(email)) Fail(RosterColumns.Email, $"'{email}' is not an email address");

        var department = field(RosterColumns.Department);
        if (department.Length == 0) Fail(RosterColumns.Department, "is empty");

        var personRoles = new List<string>();
        foreach (var role in field(RosterColumns.Roles).Split(RosterEntity.RoleSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (roles.TryGetValue(role, out var known)) { if (!personRoles.Contains(known)) personRoles.Add(known); }
            else Fail(RosterColumns.Roles, $"unknown role '{role}'; known roles: {string.Join(", ", roles.Keys.Order())}");
        }

        // The number itself never goes into the message: errors end up in logs and on screens.
        var phone = field(RosterColumns.Phone);
        if (phone.Length > 0 && !PhonePattern().IsMatch(phone))
            Fail(RosterColumns.Phone, "is not E.164: '+', then country code and number as 8 to 15 digits, no spaces or dashes");

        var locale = field(RosterColumns.Locale);
        if (locale.Length > 0 && !LocalePattern().IsMatch(locale))
            Fail(RosterColumns.Locale, $"'{locale}' is not supported; use zh-CN or en");

        if (errors.Count > before) return null;
        return new StaffMember(id.ToString("D"), name, email, department, personRoles,
            phone.Length == 0 ? null : phone, Locales.Normalize(locale, defaultLocale));
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+\d{8,15}$")]
    private static partial Regex PhonePattern();

    // What Teams and people write for the two languages the content ships in.
    [GeneratedRegex(@"^(zh|zh-cn|zh-hans|zh-hans-cn|en|en-[a-z]{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex LocalePattern();
}
