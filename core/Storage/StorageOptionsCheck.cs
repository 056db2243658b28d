using System.ComponentModel.DataAnnotations;

namespace DrillPlatform.Core.Storage;

internal static class StorageOptionsCheck
{
    public const string MissingEndpointsMessage =
        "Storage is not configured: set Storage:ConnectionString (local/Azurite), or both " +
        "Storage:TableServiceUri and Storage:QueueServiceUri (Azure, with managed identity).";

    public static bool HasEndpoints(StorageOptions options) =>
        !string.IsNullOrWhiteSpace(options.ConnectionString)
        || (options.TableServiceUri is not null && options.QueueServiceUri is not null);

    /// <summary>What is wrong with the values that are set, one line each, or nothing.</summary>
    public static IEnumerable<string> Problems(StorageOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString) && !IsConnectionString(options.ConnectionString))
            yield return "Storage:ConnectionString is not a storage connection string (AccountName=...;AccountKey=...;TableEndpoint=... or UseDevelopmentStorage=true).";
        if (options.TableServiceUri is { IsAbsoluteUri: false } || options.TableServiceUri is { Scheme: not ("https" or "http") })
            yield return "Storage:TableServiceUri must be an absolute URL such as https://<account>.table.core.windows.net/.";
        if (options.QueueServiceUri is { IsAbsoluteUri: false } || options.QueueServiceUri is { Scheme: not ("https" or "http") })
            yield return "Storage:QueueServiceUri must be an absolute URL such as https://<account>.queue.core.windows.net/.";
    }

    private static bool IsConnectionString(string value)
    {
        try
        {
            _ = new Azure.Data.Tables.TableServiceClient(value);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException)
        {
            return false;
        }
    }
}
