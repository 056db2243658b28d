namespace DrillPlatform.Core.Storage;

internal static class StorageOptionsCheck
{
    public const string MissingEndpointsMessage =
        "Storage is not configured: set Storage:ConnectionString (local/Azurite), or both " +
        "Storage:TableServiceUri and Storage:QueueServiceUri (Azure, with managed identity).";

    public static bool HasEndpoints(StorageOptions options) =>
        !string.IsNullOrWhiteSpace(options.ConnectionString)
        || (options.TableServiceUri is not null && options.QueueServiceUri is not null);
}
