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
    string defaultLocale = Locales.ZhCn,
    IEnumerable<IRosterMoves>? moves = null)
{
    private readonly IReadOnlyList<IRosterMoves> moves = moves?.ToList() ?? [];
    private readonly RosterRowValidator validator = new(knownRoles, defaultLocale);
    private readonly ILogger log = logger ?? NullLogger<RosterCsvImporter>.Instance;

    public async Task<RosterImportResult> ImportAsync(Stream csv, CancellationToken ct = default)
    {
        var errors = new List<RowError>();
        var rows = await CsvRows.ReadAsync<StaffMember>(csv, RosterHeader.Map, validator.Validate, errors, ct);
        if (rows is null) return Finish(0, errors);
        var people = rows.Select(r => (r.Row, Person: r.Value)).ToList();

        people = RosterDuplicates.Reject(people, errors);
        var current = (await store.ListAsync(ct: ct)).ToList();
        people = RejectEmailsOfOthers(people, current, errors);
        var departments = current.ToDictionary(p => p.ObjectId, p => p.Department, StringComparer.OrdinalIgnoreCase);

        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct },
            async (p, token) =>
            {
                await store.UpsertAsync(p.Person, token);
                if (departments.TryGetValue(p.Person.ObjectId, out var before)
                    && !string.Equals(before.Trim(), p.Person.Department.Trim(), StringComparison.Ordinal))
                    foreach (var move in moves) await move.MovedAsync(p.Person, before, token);
            });
        return Finish(people.Count, errors);
    }

    // FindByEmailAsync must stay unambiguous, so an address already held by someone else is refused.
    private static List<(int Row, StaffMember Person)> RejectEmailsOfOthers(
        List<(int Row, StaffMember Person)> people, IReadOnlyList<StaffMember> current, List<RowError> errors)
    {
        var owners = current
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
