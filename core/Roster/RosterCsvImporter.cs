using CsvHelper;
using DrillPlatform.Core.Content;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DrillPlatform.Core.Roster;

/// <summary>
/// Imports the roster CSV (objectId,name,email,department,roles,phone,locale; roles joined by ';').
/// Every row is checked before anything is written; valid people are written, each as one
/// entity (so nobody is half-written), and every rejected row is reported with its row number.
/// </summary>
public sealed class RosterCsvImporter(
    RosterStore store,
    IReadOnlySet<string> knownRoles,
    ILogger<RosterCsvImporter>? logger = null,
    string defaultLocale = Locales.ZhCn)
{
    private readonly RosterRowValidator validator = new(knownRoles, defaultLocale);
    private readonly ILogger log = logger ?? NullLogger<RosterCsvImporter>.Instance;

    public async Task<RosterImportResult> ImportAsync(Stream csv, CancellationToken ct = default)
    {
        var errors = new List<RowError>();
        var people = await ReadAsync(csv, errors, ct);
        if (people is null) return Finish(0, errors);

        people = RosterDuplicates.Reject(people, errors);
        people = await RejectEmailsOfOthersAsync(people, errors, ct);

        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct },
            async (p, token) => await store.UpsertAsync(p.Person, token));
        return Finish(people.Count, errors);
    }

    /// <returns>null when the file itself is unusable (errors then say why).</returns>
    private async Task<List<(int Row, StaffMember Person)>?> ReadAsync(Stream csv, List<RowError> errors, CancellationToken ct)
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
        var columns = RosterHeader.Map(reader.Headers, errors);
        if (errors.Count > 0) return null;

        var people = new List<(int Row, StaffMember Person)>();
        while (await reader.ReadAsync(ct))
        {
            var row = checked((int)reader.RowNumber + 1);
            if (malformed.Contains(row))
            {
                errors.Add(new RowError(row, "", "the row's quoting is malformed; check for a stray or unclosed '\"'"));
                continue;
            }
            string Field(string column) => columns.TryGetValue(column, out var i) ? (reader.GetString(i) ?? "").Trim() : "";
            if (validator.Validate(row, Field, errors) is { } person) people.Add((row, person));
        }
        return people;
    }

    // FindByEmailAsync must stay unambiguous, so an address already held by someone else is refused.
    private async Task<List<(int Row, StaffMember Person)>> RejectEmailsOfOthersAsync(
        List<(int Row, StaffMember Person)> people, List<RowError> errors, CancellationToken ct)
    {
        var owners = (await store.ListAsync(ct: ct))
            .GroupBy(p => RosterEntity.EmailKey(p.Email))
            .ToDictionary(g => g.Key, g => g.First().ObjectId);
        var kept = new List<(int Row, StaffMember Person)>();
        foreach (var p in people)
        {
            if (owners.TryGetValue(RosterEntity.EmailKey(p.Person.Email), out var owner) && owner != p.Person.ObjectId)
                errors.Add(new RowError(p.Row, RosterColumns.Email, $"already belongs to another person on the roster ({owner})"));
            else
                kept.Add(p);
        }
        return kept;
    }

    private RosterImportResult Finish(int imported, List<RowError> errors)
    {
        log.LogInformation("Roster import: {Imported} people imported, {Rejected} problems reported", imported, errors.Count);
        return new RosterImportResult(imported, errors.OrderBy(e => e.Row).ThenBy(e => e.Column, StringComparer.Ordinal).ToList());
    }
}
