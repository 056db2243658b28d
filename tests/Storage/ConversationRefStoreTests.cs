using DrillPlatform.Core.Messaging;

namespace DrillPlatform.Tests.Storage;

[Trait("Category", "Storage")]
public class ConversationRefStoreTests
{
    private static ConversationRef Ref(string objectId, string conversation, DateTimeOffset at) =>
        new(objectId, conversation, "https://smba.trafficmanager.net/cn/", "tenant-1", "28:bot", "29:user", "msteams", "zh-CN", at);

    [Fact]
    public async Task Get_AfterTwoUpserts_ReturnsTheLatestReference()
    {
        var storage = await TestStorage.NewAsync();
        var store = new ConversationRefStore(storage.Service, storage.Options);
        var person = Guid.NewGuid().ToString();
        var at = new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

        await store.UpsertAsync(Ref(person, "a:old", at));
        await store.UpsertAsync(Ref(person, "a:new", at.AddDays(1)) with { Locale = null });
        var found = await store.GetAsync(person.ToUpperInvariant());

        Assert.Equal(Ref(person, "a:new", at.AddDays(1)) with { Locale = null }, found);
    }

    [Fact]
    public async Task Get_ForSomeoneWhoNeverInstalledTheBot_ReturnsNull()
    {
        var storage = await TestStorage.NewAsync();
        var store = new ConversationRefStore(storage.Service, storage.Options);
        Assert.Null(await store.GetAsync(Guid.NewGuid().ToString()));
    }
}
