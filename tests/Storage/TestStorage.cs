using Azure.Data.Tables;
using DrillPlatform.Core.Storage;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Tests.Storage;

/// <summary>A table service on the shared Azurite with a prefix no other test uses.</summary>
public sealed record TestStorage(TableServiceClient Service, IOptions<StorageOptions> Options)
{
    public static async Task<TestStorage> NewAsync()
    {
        var options = new StorageOptions
        {
            ConnectionString = await AzuriteFixture.ConnectionStringAsync(),
            Prefix = AzuriteFixture.NewPrefix(),
        };
        return new TestStorage(new TableServiceClient(options.ConnectionString, TableClients.Options()), Microsoft.Extensions.Options.Options.Create(options));
    }
}
