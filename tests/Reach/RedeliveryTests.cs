using DrillPlatform.Bot.Teams;
using DrillPlatform.Core.Messaging;
using DrillPlatform.Tests.Protocol.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace DrillPlatform.Tests.Reach;

/// <summary>Teams resends an activity it had no answer to within 15 s: the same id is processed once.</summary>
[Trait("Category", "Storage")]
public sealed class RedeliveryTests
{
    private static Activity Message(ReachHarness h, StaffMember person, string id, string text) => new()
    {
        Type = Activity.Types.Message,
        Id = id,
        Text = text,
        ServiceUrl = h.Connector.ServiceUrl,
        ChannelId = "msteams",
        Locale = "en",
        From = new ChannelAccount { Id = "29:" + person.ObjectId, AadObjectId = person.ObjectId },
        Recipient = new ChannelAccount { Id = "28:" + ProtocolServices.AppId },
        Conversation = new ConversationAccount { Id = "a:" + person.ObjectId, ConversationType = "personal", TenantId = "tenant-1" },
    };

    [Fact]
    public async Task HandleAsync_WhenTheSameActivityArrivesTwice_AnswersItOnce()
    {
        await using var h = await ReachHarness.StartAsync();
        var person = await h.PersonAsync();
        var handler = h.Get<IActivityHandler>();

        await handler.HandleAsync(Message(h, person, "act-1", "help"), CancellationToken.None);
        await handler.HandleAsync(Message(h, person, "act-1", "help"), CancellationToken.None);

        Assert.Equal(1, h.Connector.Delivered["a:" + person.ObjectId]);
    }

    [Fact]
    public async Task HandleAsync_TheSameIdInAnotherConversation_OrANewId_IsANewTurn()
    {
        await using var h = await ReachHarness.StartAsync();
        var (one, two) = (await h.PersonAsync(), await h.PersonAsync());
        var handler = h.Get<IActivityHandler>();

        await handler.HandleAsync(Message(h, one, "act-1", "help"), CancellationToken.None);
        await handler.HandleAsync(Message(h, two, "act-1", "help"), CancellationToken.None);
        await handler.HandleAsync(Message(h, one, "act-2", "help"), CancellationToken.None);

        Assert.Equal(2, h.Connector.Delivered["a:" + one.ObjectId]);
        Assert.Equal(1, h.Connector.Delivered["a:" + two.ObjectId]);
    }

    [Fact]
    public async Task HandleAsync_WhenTheFirstTurnFailed_TheRedeliveryRunsIt()
    {
        await using var h = await ReachHarness.StartAsync();
        var person = await h.PersonAsync();
        var handler = h.Get<IActivityHandler>();
        h.Connector.Refuse("a:" + person.ObjectId, 400, "BadArgument");

        await Assert.ThrowsAsync<ConnectorException>(() => handler.HandleAsync(Message(h, person, "act-1", "help"), CancellationToken.None));
        h.Connector.Accept("a:" + person.ObjectId);
        await handler.HandleAsync(Message(h, person, "act-1", "help"), CancellationToken.None);

        Assert.Equal(1, h.Connector.Delivered["a:" + person.ObjectId]);
    }

    /// <summary>Another instance: the same bot and storage, its own memory of recent ids.</summary>
    private static RedeliveryGuard OtherInstance(ReachHarness h) =>
        new(h.Get<TeamsBot>(), h.Get<OnceLedger>(), new RecentActivityIds(TimeProvider.System), NullLogger<RedeliveryGuard>.Instance);

    [Fact]
    public async Task HandleAsync_AStateChangingTurnRedeliveredToAnotherInstance_RunsOnce()
    {
        await using var h = await ReachHarness.StartAsync();
        var person = await h.PersonAsync();

        await h.Get<IActivityHandler>().HandleAsync(Message(h, person, "act-1", "quiz"), CancellationToken.None);
        await OtherInstance(h).HandleAsync(Message(h, person, "act-1", "quiz"), CancellationToken.None);

        Assert.Equal(1, h.Connector.Delivered["a:" + person.ObjectId]);
    }

    [Fact]
    public async Task HandleAsync_AReadOnlyTurnRedeliveredToTheSameInstance_IsAnsweredOnceWithoutAStorageMark()
    {
        await using var h = await ReachHarness.StartAsync();
        var person = await h.PersonAsync();
        var handler = h.Get<IActivityHandler>();

        await handler.HandleAsync(Message(h, person, "act-1", "help"), CancellationToken.None);
        await handler.HandleAsync(Message(h, person, "act-1", "help"), CancellationToken.None);
        // the ledger never saw it: another instance would answer it again (a second help card, nothing changed)
        await OtherInstance(h).HandleAsync(Message(h, person, "act-1", "help"), CancellationToken.None);

        Assert.Equal(2, h.Connector.Delivered["a:" + person.ObjectId]);
    }

    [Theory]
    [InlineData("help", false)]
    [InlineData("my role", false)]
    [InlineData("quiz", true)]
    [InlineData("run fire-records-store", true)]
    [InlineData("language en", true)]
    public void NeedsSharedMark_ReadOnlyCommandsDoNot_StateChangingOnesDo(string text, bool expected)
    {
        var activity = new Activity
        {
            Type = Activity.Types.Message, Id = "x", Text = text,
            Conversation = new ConversationAccount { Id = "a:1", ConversationType = "personal" },
        };
        Assert.Equal(expected, TurnEffects.NeedsSharedMark(activity));
    }
}
