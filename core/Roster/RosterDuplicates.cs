namespace DrillPlatform.Core.Roster;

internal static class RosterDuplicates
{
    /// <summary>
    /// Drops every row whose objectId or email also appears on another row. Neither copy is
    /// imported: the file cannot tell us which one is right, and a wrong phone number means an
    /// SMS alert goes to the wrong person.
    /// </summary>
    public static List<(int Row, StaffMember Person)> Reject(List<(int Row, StaffMember Person)> people, List<RowError> errors)
    {
        var rejected = new HashSet<int>();
        Check(people, p => p.ObjectId, RosterColumns.ObjectId, errors, rejected);
        Check(people, p => RosterEntity.EmailKey(p.Email), RosterColumns.Email, errors, rejected);
        return people.Where(p => !rejected.Contains(p.Row)).ToList();
    }

    private static void Check(List<(int Row, StaffMember Person)> people, Func<StaffMember, string> key, string column,
        List<RowError> errors, HashSet<int> rejected)
    {
        foreach (var group in people.GroupBy(p => key(p.Person), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var rows = group.Select(p => p.Row).ToList();
            foreach (var row in rows)
            {
                errors.Add(new RowError(row, column, $"duplicate {column}: also on row {string.Join(", ", rows.Where(r => r != row))}"));
                rejected.Add(row);
            }
        }
    }
}
