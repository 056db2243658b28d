using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Scheduling;

namespace DrillPlatform.Core.Equipment.Registry.Csv;

/// <summary>
/// Imports a site's equipment registry from CSV (see <see cref="EquipmentColumns"/>). Every row is
/// checked before anything is written; each valid item is one entity (so none is half-written), and
/// every rejected row is reported with its row number (1 = header), column and reason. An import
/// replaces the imported items' rows; items not in the file stay registered.
/// </summary>
public sealed class EquipmentCsvImporter(EquipmentStore store, RosterStore roster, CheckCatalog catalog, ContentBundle content,
    TimeProvider time, ILogger<EquipmentCsvImporter> logger)
{
    public async Task<EquipmentImportResult> ImportAsync(Stream csv, CancellationToken ct = default)
    {
        var errors = new List<RowError>();
        var people = (await roster.ListAsync(ct: ct)).Select(p => p.ObjectId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var today = SiteClock.For(content.Site).Today(time.GetUtcNow());
        var validator = new EquipmentRowValidator(content.Site, catalog.Kinds, people, today);
        var items = (await CsvRows.ReadAsync<EquipmentItem>(csv, Header, validator.Validate, errors, ct) ?? [])
            .Select(r => (r.Row, Item: r.Value)).ToList();

        foreach (var group in items.GroupBy(i => i.Item.Id).Where(g => g.Count() > 1))
            foreach (var (row, _) in group)
                errors.Add(new RowError(row, EquipmentColumns.Id, $"duplicate id: also on row {string.Join(", ", group.Select(g => g.Row).Where(r => r != row))}"));
        var valid = items.GroupBy(i => i.Item.Id).Where(g => g.Count() == 1).Select(g => g.Single().Item).ToList();

        foreach (var item in valid)
            await store.UpsertAsync(item, ct);
        logger.LogInformation("Equipment import: {Imported} items imported, {Rejected} problems reported", valid.Count, errors.Count);
        return new EquipmentImportResult(valid.Count, errors.OrderBy(e => e.Row).ThenBy(e => e.Column, StringComparer.Ordinal).ToList());
    }

    private static Dictionary<string, int> Header(IReadOnlyList<string> headers, List<RowError> errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Count; i++)
        {
            var name = headers[i].Trim().TrimStart('\uFEFF');
            if (EquipmentColumns.All.Contains(name, StringComparer.OrdinalIgnoreCase) && !columns.TryAdd(name, i))
                errors.Add(new RowError(1, name, "column appears more than once in the header"));
        }
        foreach (var required in EquipmentColumns.Required.Where(c => !columns.ContainsKey(c)))
            errors.Add(new RowError(1, required, $"required column '{required}' is missing from the header"));
        return columns;
    }
}

/// <summary>Row numbers as in the roster import: 1 is the header, the first item is row 2.</summary>
public sealed record EquipmentImportResult(int Imported, IReadOnlyList<RowError> Errors);
