using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Core.Messaging;
using DrillPlatform.Tests.Protocol.Support;

namespace DrillPlatform.Tests.Reach;

/// <summary>Install, uninstall, block and a lost chat, as Teams reports them, against the fake Connector and Graph.</summary>
[Trait("Category", "Storage")]
public sealed class ChatLifecycleTests
{
    private static async Task<(StaffMember Person, string Chat)> ReachedAsync(ReachHarness h)
    {
        var person = await h.PersonAsync();
        var first = await h.LaunchAsync();
        Assert.Equal(DrillPromptOutcome.Prompted, (await h.DeliverAsync(first, person)).Outcome);
        return (person, "a:" + person.ObjectId);
    }

    private static Activity Install(ReachHarness h, StaffMember person, string action) => new()
    {
        Type = Activity.Types.InstallationUpdate,
        Id = Guid.NewGuid().ToString("N"),
        Action = action,
        ServiceUrl = h.Connector.ServiceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:" + person.ObjectId, AadObjectId = person.ObjectId },
        Recipient = new ChannelAccount { Id = "28:" + ProtocolServices.AppId },
        Conversation = new ConversationAccount { Id = "a:" + person.ObjectId, ConversationType = "personal", TenantId = "tenant-1" },
    };

    private static Task HandleAsync(ReachHarness h, Activity activity) => h.Get<IActivityHandler>().HandleAsync(activity, CancellationToken.None);

    [Fact]
    public async Task Prompt_WhenTheUserBlockedTheBot_FailsWithTheReasonFlagsTheChatAndTriesAgainNextDrill()
    {
        await using var h = await ReachHarness.StartAsync();
        var (person, chat) = await ReachedAsync(h);
        h.Connector.Refuse(chat, 403, "ConversationBlockedByUser");

        var drill = await h.LaunchAsync();
        await h.DeliverAsync(drill, person);

        var row = await h.ParticipantAsync(drill, person);
        Assert.Equal(ParticipantStatus.Failed, row.Status);
        Assert.Contains("blocked", row.Reason);
        var stored = await h.Get<ConversationRefStore>().GetAsync(person.ObjectId);
        Assert.Equal(ReachState.Blocked, stored!.State);

        h.Connector.Accept(chat); // unblocked: Teams sends no event, the next drill just works
        var next = await h.LaunchAsync();
        Assert.Equal(DrillPromptOutcome.Prompted, (await h.DeliverAsync(next, person)).Outcome);
        Assert.Equal(1, h.Graph.Created);
    }

    [Fact]
    public async Task Prompt_WhenTheChatIsGone404_DropsItAndTheNextDrillCreatesANewOne()
    {
        await using var h = await ReachHarness.StartAsync();
        var (person, chat) = await ReachedAsync(h);
        h.Connector.Refuse(chat, 404, "ConversationNotFound");

        var drill = await h.LaunchAsync();
        await h.DeliverAsync(drill, person);
        Assert.Equal(ReachState.Gone, (await h.Get<ConversationRefStore>().GetAsync(person.ObjectId))!.State);

        h.Connector.Accept(chat);
        var next = await h.LaunchAsync();
        Assert.Equal(DrillPromptOutcome.Prompted, (await h.DeliverAsync(next, person)).Outcome);
        Assert.Equal(2, h.Connector.CreatedConversations[person.ObjectId]);
        Assert.Equal(ReachState.Active, (await h.Get<ConversationRefStore>().GetAsync(person.ObjectId))!.State);
    }

    [Theory]
    [InlineData("MessageWritesBlocked", ReachState.WritesBlocked)]
    [InlineData("BotNotInConversationRoster", ReachState.Uninstalled)]
    public async Task Prompt_WhenTeamsNamesTheRefusal_MarksTheChat(string code, ReachState expected)
    {
        await using var h = await ReachHarness.StartAsync();
        var (person, chat) = await ReachedAsync(h);
        h.Connector.Refuse(chat, 403, code);

        var drill = await h.LaunchAsync();
        await h.DeliverAsync(drill, person);

        Assert.Equal(expected, (await h.Get<ConversationRefStore>().GetAsync(person.ObjectId))!.State);
        Assert.Contains(code, (await h.ParticipantAsync(drill, person)).Reason);
    }

    [Fact]
    public async Task Uninstall_DuringADrill_IsNotUndoneInThatDrill_ButTheNextDrillInstallsAgain()
    {
        await using var h = await ReachHarness.StartAsync();
        var (person, _) = await ReachedAsync(h);
        var drill = await h.LaunchAsync();
        await Task.Delay(20);
        await HandleAsync(h, Install(h, person, "remove"));

        var during = await h.DeliverAsync(drill, person);

        Assert.Equal(DrillPromptOutcome.Failed, during.Outcome);
        Assert.Contains("during this drill", (await h.ParticipantAsync(drill, person)).Reason);
        Assert.Equal(ReachState.Uninstalled, (await h.Get<ConversationRefStore>().GetAsync(person.ObjectId))!.State);
        var graphBefore = h.Graph.Created;

        var next = await h.LaunchAsync();
        Assert.Equal(DrillPromptOutcome.Prompted, (await h.DeliverAsync(next, person)).Outcome);
        Assert.Equal(graphBefore, h.Graph.Created); // still installed in the fake's catalog view: Graph says 409, the chat is created again
        Assert.Equal(2, h.Connector.CreatedConversations[person.ObjectId]);
    }

    [Fact]
    public async Task Uninstall_WithReinstallNever_IsNeverUndoneByTheBot_UntilThePersonInstallsAgain()
    {
        await using var h = await ReachHarness.StartAsync(new() { ["Reach:ReinstallAfterUninstall"] = "Never" });
        var (person, _) = await ReachedAsync(h);
        await HandleAsync(h, Install(h, person, "remove"));

        var next = await h.LaunchAsync();
        await h.DeliverAsync(next, person);
        Assert.Contains("Never", (await h.ParticipantAsync(next, person)).Reason);
        Assert.Single(h.Connector.CreatedConversations);

        await HandleAsync(h, Install(h, person, "add")); // the person adds the app again: the chat is Active again
        Assert.Equal(ReachState.Active, (await h.Get<ConversationRefStore>().GetAsync(person.ObjectId))!.State);
        var after = await h.LaunchAsync();
        Assert.Equal(DrillPromptOutcome.Prompted, (await h.DeliverAsync(after, person)).Outcome);
    }
}
