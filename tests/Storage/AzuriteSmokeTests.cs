using Azure.Data.Tables;

namespace DrillPlatform.Tests.Storage;

[Trait("Category", "Storage")]
public class AzuriteSmokeTests
{
    [Fact]
    public async Task Azurite_WhenInsertingTwice_Returns409()
    {
        var service = new TableServiceClient(await AzuriteFixture.ConnectionStringAsync());
        var table = service.GetTableClient(AzuriteFixture.NewPrefix() + "smoke");
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));
        var error = await Assert.ThrowsAsync<Azure.RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r")));
        Assert.Equal(409, error.Status);
    }
}
