using Azure.Data.Tables;
using DrillPlatform.Core.Storage;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Core.Messaging;

/// <summary>
/// Table {prefix}ConversationRefs: PartitionKey = AadObjectId (lower-case), RowKey = "". One row
/// per person, replaced whenever Teams tells us something newer; timers read it by person.
/// </summary>
public sealed class ConversationRefStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    private readonly StoreTable table = new(service, options, TableNames.ConversationRefs);

    public async Task UpsertAsync(ConversationRef reference, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var entity = new TableEntity(Key(reference.AadObjectId), "")
        {
            ["ConversationId"] = reference.ConversationId,
            ["ServiceUrl"] = reference.ServiceUrl,
            ["TenantId"] = reference.TenantId,
            ["BotId"] = reference.BotId,
            ["UserId"] = reference.UserId,
            ["ChannelId"] = reference.ChannelId,
            ["Locale"] = reference.Locale,
            ["UpdatedAt"] = reference.UpdatedAt,
        };
        await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct);
    }

    public async Task<ConversationRef?> GetAsync(string aadObjectId, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(Key(aadObjectId), "", cancellationToken: ct);
        if (!found.HasValue) return null;
        var e = found.Value!;
        return new ConversationRef(e.PartitionKey, e.GetString("ConversationId"), e.GetString("ServiceUrl"),
            e.GetString("TenantId"), e.GetString("BotId"), e.GetString("UserId"), e.GetString("ChannelId"),
            e.GetString("Locale"), e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue);
    }

    private static string Key(string aadObjectId) =>
        Guid.TryParse(aadObjectId, out var id) ? id.ToString("D") : aadObjectId.Trim().ToLowerInvariant();
}
