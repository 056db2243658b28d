using Azure.Data.Tables;
using Azure.Storage.Queues;
using DrillPlatform.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Tests.Storage;

[Trait("Category", "Storage")]
public class StorageRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddStorage(configuration).BuildServiceProvider();
    }

    [Fact]
    public async Task AddStorage_WithConnectionString_ResolvesClientsThatReachAzurite()
    {
        using var provider = Build(new() { ["Storage:ConnectionString"] = await AzuriteFixture.ConnectionStringAsync() });
        provider.GetRequiredService<IStartupValidator>().Validate();

        var tables = provider.GetRequiredService<TableServiceClient>();
        var table = tables.GetTableClient(AzuriteFixture.NewPrefix() + "reg");
        await table.CreateIfNotExistsAsync();
        Assert.Same(tables, provider.GetRequiredService<TableServiceClient>());
        Assert.Equal("devstoreaccount1", provider.GetRequiredService<QueueServiceClient>().AccountName);
    }

    [Fact]
    public void AddStorage_WithServiceUris_BuildsClientsForThoseUris()
    {
        using var provider = Build(new()
        {
            ["Storage:TableServiceUri"] = "https://drills.table.core.windows.net",
            ["Storage:QueueServiceUri"] = "https://drills.queue.core.windows.net",
            ["Storage:ManagedIdentityClientId"] = Guid.NewGuid().ToString(),
        });
        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal("drills", provider.GetRequiredService<TableServiceClient>().AccountName);
        Assert.Equal(new Uri("https://drills.queue.core.windows.net"), provider.GetRequiredService<QueueServiceClient>().Uri);
    }

    [Fact]
    public void AddStorage_WhenNothingIsConfigured_FailsStartupNamingTheSettings()
    {
        using var provider = Build([]);
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("Storage:ConnectionString", error.Message);
        Assert.Contains("Storage:TableServiceUri", error.Message);
    }

    [Fact]
    public async Task AddStorage_WithInvalidPrefix_FailsStartup()
    {
        using var provider = Build(new()
        {
            ["Storage:ConnectionString"] = await AzuriteFixture.ConnectionStringAsync(),
            ["Storage:Prefix"] = "Bad-Prefix",
        });
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("Prefix", error.Message);
    }
}
