using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Core.Messaging;

namespace DrillPlatform.Tests.Reach;

[Trait("Category", "Storage")]
public sealed class ProactiveInstallTests
{
    [Fact]
    public async Task DeliverAsync_ForSomeoneWhoNeverOpenedTheBot_InstallsTheAppCreatesTheChatStoresItAndPrompts()
    {
        await using var h = await ReachHarness.StartAsync();
        var person = await h.PersonAsync();
        var drill = await h.LaunchAsync();

        var result = await h.DeliverAsync(drill, person);

        Assert.Equal(DrillPromptOutcome.Prompted, result.Outcome);
        Assert.Equal(1, h.Graph.Created);
        Assert.Equal(1, h.Connector.CreatedConversations[person.ObjectId]);
        var stored = await h.Get<ConversationRefStore>().GetAsync(person.ObjectId);
        Assert.Equal("a:" + person.ObjectId, stored!.ConversationId);
        Assert.Equal(ReachState.Active, stored.State);
        Assert.Equal(1, h.Connector.Delivered["a:" + person.ObjectId]);
        Assert.Equal(ParticipantStatus.Prompted, (await h.ParticipantAsync(drill, person)).Status);
    }

    [Fact]
    public async Task DeliverAsync_WhenGraphSaysAlreadyInstalled409_CreatesTheChatAndPrompts()
    {
        await using var h = await ReachHarness.StartAsync();
        var person = await h.PersonAsync();
        h.Graph.MarkInstalled(person.ObjectId);
        var drill = await h.LaunchAsync();

        var result = await h.DeliverAsync(drill, person);

        Assert.Equal(DrillPromptOutcome.Prompted, result.Outcome);
        Assert.Equal(0, h.Graph.Created);
        Assert.Equal(1, h.Connector.Delivered["a:" + person.ObjectId]);
    }

    [Fact]
    public async Task DeliverAsync_WhenGraphRefuses403_FailsThePersonWithGraphsReasonAndCreatesNoChat()
    {
        await using var h = await ReachHarness.StartAsync();
        var person = await h.PersonAsync();
        h.Graph.Forbid(person.ObjectId);
        var drill = await h.LaunchAsync();

        var result = await h.DeliverAsync(drill, person);

        Assert.Equal(DrillPromptOutcome.Failed, result.Outcome);
        var row = await h.ParticipantAsync(drill, person);
        Assert.Equal(ParticipantStatus.Failed, row.Status);
        Assert.Contains("Graph 403 Forbidden", row.Reason);
        Assert.Contains("TeamsAppInstallation.ReadWriteSelfForUser.All", row.Reason);
        Assert.Empty(h.Connector.CreatedConversations);
        Assert.Null(await h.Get<ConversationRefStore>().GetAsync(person.ObjectId));

        // The trainer's summary lists them with that reason.
        var participants = await h.Get<ParticipantStore>().ListAsync(drill.Id);
        var (summary, _) = h.Get<DrillSummaryBuilder>().Build(drill, participants, [],
            new Dictionary<string, DrillPlatform.Core.Roster.StaffMember> { [person.ObjectId] = person }, DateTimeOffset.UtcNow);
        Assert.Contains(summary.People, p => p.PersonId == person.ObjectId && p.Reason!.Contains("Graph 403"));
    }

    [Fact]
    public async Task DeliverAsync_WhenGraphThrottles429_WaitsRetryAfterAndInstallsOnce()
    {
        await using var h = await ReachHarness.StartAsync();
        var person = await h.PersonAsync();
        h.Graph.Throttle(1, TimeSpan.FromSeconds(1));
        var drill = await h.LaunchAsync();
        var started = DateTimeOffset.UtcNow;

        var result = await h.DeliverAsync(drill, person);

        Assert.Equal(DrillPromptOutcome.Prompted, result.Outcome);
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(0.9), "Retry-After was not honoured");
        Assert.Equal(1, h.Graph.Created);
    }

    [Fact]
    public async Task DeliverAsync_WhenGraphThrottlesLongerThanOneDeliveryWaits_QueuesTheMessageAgainForRetryAfter()
    {
        await using var h = await ReachHarness.StartAsync(new() { ["Reach:MaxThrottleWait"] = "00:00:01" });
        var person = await h.PersonAsync();
        h.Graph.Throttle(1, TimeSpan.FromSeconds(5));
        var drill = await h.LaunchAsync();

        var result = await h.DeliverAsync(drill, person);

        Assert.Equal(DrillPromptOutcome.Throttled, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(5), result.RetryAfter);
        Assert.Equal(ParticipantStatus.Pending, (await h.ParticipantAsync(drill, person)).Status);
        Assert.Equal(0, h.Graph.Created);
    }

    [Fact]
    public async Task DeliverAsync_WhenTheMessageComesTwiceOrTheNextDrillComes_InstallsOncePerPerson()
    {
        await using var h = await ReachHarness.StartAsync();
        var person = await h.PersonAsync();
        var drill = await h.LaunchAsync();

        await h.DeliverAsync(drill, person);
        var duplicate = await h.DeliverAsync(drill, person);
        var next = await h.LaunchAsync("records");
        await h.DeliverAsync(next, person);

        Assert.Equal(DrillPromptOutcome.AlreadyDone, duplicate.Outcome);
        Assert.Equal(1, h.Graph.Created);
        Assert.Single(h.Graph.InstalledFor);
        Assert.Equal(1, h.Connector.CreatedConversations[person.ObjectId]);
    }

    [Fact]
    public async Task DeliverAsync_WithoutAnAppCatalogId_SaysProactiveInstallationIsOff()
    {
        await using var h = await ReachHarness.StartAsync(new() { ["Reach:AppCatalogId"] = "" });
        var person = await h.PersonAsync();
        var drill = await h.LaunchAsync();

        await h.DeliverAsync(drill, person);

        Assert.Contains("Reach:AppCatalogId", (await h.ParticipantAsync(drill, person)).Reason);
        Assert.Equal(0, h.Graph.Created);
    }
}
