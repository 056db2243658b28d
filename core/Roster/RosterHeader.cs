namespace DrillPlatform.Core.Roster;

internal static class RosterHeader
{
    /// <summary>Column name → field index, or file-level errors (row 1) when the header is unusable.</summary>
    public static Dictionary<string, int> Map(IReadOnlyList<string> headers, List<RowError> errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace))
        {
            errors.Add(new RowError(1, "", $"the file is empty; expected the header {string.Join(',', RosterColumns.All)}"));
            return columns;
        }
        for (var i = 0; i < headers.Count; i++)
        {
            var name = headers[i].Trim().TrimStart('\uFEFF');
            if (!RosterColumns.All.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
            if (!columns.TryAdd(name, i)) errors.Add(new RowError(1, name, "column appears more than once in the header"));
        }
        foreach (var required in RosterColumns.Required.Where(c => !columns.ContainsKey(c)))
            errors.Add(new RowError(1, required, $"required column '{required}' is missing from the header"));
        return columns;
    }
}
