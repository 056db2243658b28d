namespace DrillPlatform.Core.Equipment.Registry;

/// <summary>
/// Puts the demo registry into Table Storage. Insert-if-absent: an item a trainer re-imported or
/// whose dates moved with real checks is left alone, so seeding at every start-up is harmless.
/// </summary>
public sealed class EquipmentSeeder(EquipmentStore store, EquipmentSeed seed, ILogger<EquipmentSeeder> logger)
{
    public async Task<int> SeedAsync(CancellationToken ct = default)
    {
        var added = 0;
        foreach (var item in seed.Items)
            if (await store.AddIfAbsentAsync(item, ct)) added++;
        logger.LogInformation("Equipment registry seeded: {Added} of {Count} items added", added, seed.Items.Count);
        return added;
    }
}

/// <summary>The demo registry as read from content at start-up.</summary>
public sealed record EquipmentSeed(IReadOnlyList<EquipmentItem> Items);
