using Azure;

namespace DrillPlatform.Core.Messaging;

/// <summary>
/// Table {prefix}ConversationRefs: PartitionKey = AadObjectId (lower-case), RowKey = "". One row
/// per person, replaced whenever Teams tells us something newer (which makes the chat Active
/// again); State, StateReason and StateChangedAt are merged in when Teams says the chat is
/// blocked, gone or the app removed. Timers read it by person.
/// </summary>
public sealed class ConversationRefStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    private readonly StoreTable table = new(service, options, TableNames.ConversationRefs);

    public async Task UpsertAsync(ConversationRef reference, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var entity = new TableEntity(PersonKey.For(reference.AadObjectId), "")
        {
            ["ConversationId"] = reference.ConversationId,
            ["ServiceUrl"] = reference.ServiceUrl,
            ["TenantId"] = reference.TenantId,
            ["BotId"] = reference.BotId,
            ["UserId"] = reference.UserId,
            ["ChannelId"] = reference.ChannelId,
            ["Locale"] = reference.Locale,
            ["UpdatedAt"] = reference.UpdatedAt,
            ["State"] = reference.State.ToString(),
            ["StateReason"] = reference.StateReason,
            ["StateChangedAt"] = reference.StateChangedAt,
        };
        await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct);
    }

    /// <summary>Records what Teams said about the person's chat; false when there is no row to mark.</summary>
    public async Task<bool> MarkAsync(string aadObjectId, ReachState state, string? reason, DateTimeOffset at, CancellationToken ct = default)
    {
        var client = await table.ClientAsync(ct);
        var entity = new TableEntity(PersonKey.For(aadObjectId), "")
        {
            ["State"] = state.ToString(),
            ["StateReason"] = reason,
            ["StateChangedAt"] = at,
        };
        try
        {
            await client.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.IsNotFound())
        {
            return false;
        }
    }

    public async Task<ConversationRef?> GetAsync(string aadObjectId, CancellationToken ct = default)
    {
        if (!TableKey.CanExist(PersonKey.For(aadObjectId))) return null;
        var client = await table.ClientAsync(ct);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(PersonKey.For(aadObjectId), "", cancellationToken: ct);
        if (!found.HasValue) return null;
        var e = found.Value!;
        return new ConversationRef(e.PartitionKey, e.GetString("ConversationId"), e.GetString("ServiceUrl"),
            e.GetString("TenantId"), e.GetString("BotId"), e.GetString("UserId"), e.GetString("ChannelId"),
            e.GetString("Locale"), e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue)
        {
            State = Enum.TryParse<ReachState>(e.GetString("State"), out var state) ? state : ReachState.Active,
            StateReason = e.GetString("StateReason"),
            StateChangedAt = e.GetDateTimeOffset("StateChangedAt"),
        };
    }
}
