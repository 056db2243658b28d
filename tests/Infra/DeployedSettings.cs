using System.Text.Json.Nodes;

namespace DrillPlatform.Tests.Infra;

/// <summary>
/// The app settings a deployment of a parameter file gives the Function App, as the platform
/// hands them to the worker: Bicep's snapshot of the appsettings resource, with what only the
/// deployment knows filled in the way Azure fills it (the cloud's endpoints, the identity's client
/// id, the storage endpoints, Key Vault references resolved), plus what Flex sets by itself.
/// </summary>
public static class DeployedSettings
{
    public const string TenantId = "72f988bf-0000-4000-8000-00000000c0de";
    public const string IdentityClientId = "4d1b7a52-6b1e-4c3a-9a07-1f0c2a9e5b11";
    public const string ResolvedSecret = "secret-resolved-from-key-vault";

    public sealed record Cloud(string Name, string LoginEndpoint, string StorageSuffix, string IngestionHost);

    public static readonly Cloud Public = new("AzureCloud", "https://login.microsoftonline.com/", "core.windows.net", "in.applicationinsights.azure.com");
    public static readonly Cloud China = new("AzureChinaCloud", "https://login.chinacloudapi.cn/", "core.chinacloudapi.cn", "in.applicationinsights.azure.cn");

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<JsonObject>> Snapshots = new();

    /// <summary>The settings of a parameter file; <paramref name="edit"/> changes one line of it first (an operator's edit).</summary>
    public static async Task<Dictionary<string, string>> OfAsync(string parameterFile, Cloud cloud, string location, (string Find, string Replace)? edit = null)
    {
        // A snapshot takes ~10 s on this machine; tests share them.
        var snapshot = await Snapshots.GetOrAdd($"{parameterFile}|{location}|{edit}", _ => Bicep.SnapshotAsync(parameterFile, location, TenantId, edit));
        var diagnostics = snapshot["diagnostics"]?.AsArray() ?? [];
        if (diagnostics.Count > 0) throw new InvalidOperationException($"bicep snapshot reported: {diagnostics.ToJsonString()}");
        var config = snapshot["predictedResources"]!.AsArray().OfType<JsonObject>()
            .Single(r => (string?)r["type"] == "Microsoft.Web/sites/config" && ((string)r["name"]!).EndsWith("/appsettings", StringComparison.Ordinal));
        var evaluator = new ArmExpression(Environment(cloud), new Dictionary<string, object?> { ["tenantId"] = TenantId },
            (id, _) => Reference(id, cloud, location));

        var settings = config["properties"]!.AsObject().ToDictionary(p => p.Key, p =>
        {
            var value = Convert.ToString(evaluator.Evaluate((string)p.Value!), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            return value.StartsWith("@Microsoft.KeyVault(", StringComparison.Ordinal) ? ResolvedSecret : value;
        });
        var site = ((string)config["name"]!).Split('/')[0];
        settings.TryAdd("WEBSITE_SITE_NAME", site);
        settings.TryAdd("WEBSITE_HOSTNAME", $"{site}.azurewebsites.net");
        settings.TryAdd("FUNCTIONS_WORKER_RUNTIME", "dotnet-isolated");
        return settings;
    }

    private static Dictionary<string, object?> Environment(Cloud cloud) => new()
    {
        ["name"] = cloud.Name,
        ["authentication"] = new Dictionary<string, object?> { ["loginEndpoint"] = cloud.LoginEndpoint },
        ["suffixes"] = new Dictionary<string, object?> { ["storage"] = cloud.StorageSuffix },
    };

    // The runtime properties the templates read, shaped as the resource providers return them.
    private static Dictionary<string, object?> Reference(string id, Cloud cloud, string location)
    {
        var name = id.Split('/')[^1];
        if (id.Contains("/Microsoft.ManagedIdentity/userAssignedIdentities/", StringComparison.Ordinal))
            return new() { ["clientId"] = IdentityClientId, ["principalId"] = "9a3c1b7e-2f4d-4e8a-b1c6-0d5e7f9a2b33" };
        if (id.Contains("/Microsoft.Insights/components/", StringComparison.Ordinal))
            return new() { ["ConnectionString"] = $"InstrumentationKey=0c4b2a8e-1d3f-4a6b-9e7c-5f2d1a0b3c44;IngestionEndpoint=https://{location}-1.{cloud.IngestionHost}/" };
        if (id.Contains("/Microsoft.Storage/storageAccounts/", StringComparison.Ordinal))
            return new()
            {
                ["primaryEndpoints"] = new Dictionary<string, object?>
                {
                    ["blob"] = $"https://{name}.blob.{cloud.StorageSuffix}/",
                    ["queue"] = $"https://{name}.queue.{cloud.StorageSuffix}/",
                    ["table"] = $"https://{name}.table.{cloud.StorageSuffix}/",
                },
            };
        if (id.Contains("/Microsoft.Communication/communicationServices/", StringComparison.Ordinal))
            return new() { ["hostName"] = $"{name}.asiapacific.communication.azure.com" };
        if (id.Contains("/Microsoft.Web/sites/", StringComparison.Ordinal))
            return new() { ["defaultHostName"] = $"{name}.{(cloud == China ? "chinacloudsites.cn" : "azurewebsites.net")}" };
        throw new InvalidOperationException($"The test does not know what the platform returns for reference('{id}'); add it here.");
    }
}
