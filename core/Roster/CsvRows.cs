using CsvHelper;

namespace DrillPlatform.Core.Roster;

/// <summary>
/// Reads an import CSV (header first) into validated rows, for every importer: row numbers count
/// the header as row 1, as a spreadsheet shows them; a row with broken quoting is reported, not
/// guessed at; fields are looked up by header name, in any column order.
/// </summary>
public static class CsvRows
{
    /// <returns>null when the header itself is unusable (errors then say why).</returns>
    public static async Task<List<(int Row, T Value)>?> ReadAsync<T>(
        Stream csv,
        Func<IReadOnlyList<string>, List<RowError>, Dictionary<string, int>> mapHeader,
        Func<int, Func<string, string>, List<RowError>, T?> validate,
        List<RowError> errors,
        CancellationToken ct) where T : class
    {
        var malformed = new HashSet<long>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            OnMalformedRecord = r => malformed.Add(r.RecordNumber),
        };
        await using var reader = CsvReader.Create(csv, options, leaveOpen: true);
        await reader.ReadHeaderAsync(ct);
        var columns = mapHeader(reader.Headers, errors);
        if (errors.Count > 0) return null;

        var rows = new List<(int, T)>();
        while (await reader.ReadAsync(ct))
        {
            var row = checked((int)reader.RowNumber + 1);
            if (malformed.Contains(row))
            {
                errors.Add(new RowError(row, "", "the row's quoting is malformed; check for a stray or unclosed '\"'"));
                continue;
            }
            string Field(string column) => columns.TryGetValue(column, out var i) ? (reader.GetString(i) ?? "").Trim() : "";
            if (validate(row, Field, errors) is { } value) rows.Add((row, value));
        }
        return rows;
    }
}
