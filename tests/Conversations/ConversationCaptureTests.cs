using DrillPlatform.Bot.Teams;
using DrillPlatform.Core.Messaging;

namespace DrillPlatform.Tests.Conversations;

[Trait("Category", "Storage")]
public class ConversationCaptureTests
{
    private static Activity Message(string oid, string serviceUrl, string conversationType = "personal") => new()
    {
        Type = "message",
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        Locale = "zh-CN",
        From = new ChannelAccount { Id = "29:user", AadObjectId = oid },
        Recipient = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = "a:chat-" + oid, ConversationType = conversationType, TenantId = "tenant" },
    };

    [Fact]
    public async Task Capture_OnAPersonalMessage_StoresHowToReachThePerson()
    {
        var storage = await TestStorage.NewAsync();
        var store = new ConversationRefStore(storage.Service, storage.Options);
        var oid = Guid.NewGuid().ToString();

        await new ConversationCapture(store, TimeProvider.System).CaptureAsync(Message(oid, "https://smba.example/cn/"), CancellationToken.None);

        var stored = await store.GetAsync(oid);
        Assert.NotNull(stored);
        Assert.Equal("a:chat-" + oid, stored.ConversationId);
        Assert.Equal("https://smba.example/cn/", stored.ServiceUrl);
        Assert.Equal("28:bot", stored.BotId);
        Assert.Equal("tenant", stored.TenantId);
    }

    [Fact]
    public async Task Capture_WhenTheServiceUrlMoves_StoresTheNewOne()
    {
        var storage = await TestStorage.NewAsync();
        var store = new ConversationRefStore(storage.Service, storage.Options);
        var capture = new ConversationCapture(store, TimeProvider.System);
        var oid = Guid.NewGuid().ToString();

        await capture.CaptureAsync(Message(oid, "https://smba.example/cn/"), CancellationToken.None);
        await capture.CaptureAsync(Message(oid, "https://smba.example/emea/"), CancellationToken.None);

        Assert.Equal("https://smba.example/emea/", (await store.GetAsync(oid))!.ServiceUrl);
    }

    [Fact]
    public async Task Capture_InAChannel_StoresNothing()
    {
        var storage = await TestStorage.NewAsync();
        var store = new ConversationRefStore(storage.Service, storage.Options);
        var oid = Guid.NewGuid().ToString();

        await new ConversationCapture(store, TimeProvider.System).CaptureAsync(Message(oid, "https://smba.example/", "channel"), CancellationToken.None);

        Assert.Null(await store.GetAsync(oid));
    }
}
