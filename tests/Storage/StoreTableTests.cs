using DrillPlatform.Core.Storage;

namespace DrillPlatform.Tests.Storage;

[Trait("Category", "Storage")]
public class StoreTableTests
{
    [Fact]
    public async Task StoreTable_WhenFirstUsedConcurrently_CreatesThePrefixedTableOnce()
    {
        var storage = await TestStorage.NewAsync();
        var table = new StoreTable(storage.Service, storage.Options, "Things");

        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => table.ClientAsync().AsTask()));

        Assert.All(clients, c => Assert.Same(clients[0], c));
        Assert.Equal(storage.Options.Value.Prefix + "Things", table.Name);
        var names = storage.Service.QueryAsync(t => t.Name == table.Name);
        Assert.Single(await names.ToListAsync());
    }
}
