using System.Collections.Concurrent;
using DrillPlatform.Local.Bench;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace DrillPlatform.Tests.Reach;

/// <summary>
/// Every Connector call of an instance goes through one pacer: a drill fan-out runs while people
/// answer in their chats, against the fake Connector that enforces Teams' app and per-conversation
/// windows. Nothing may exceed a window, and the replies may not wait behind the fan-out.
/// </summary>
[Trait("Category", "Storage")]
[Collection(nameof(PacingTests))] // alone: on a loaded machine the fake's arrival times jitter by more than the pacer's margin
public sealed class PacingTests
{
    [Fact]
    public async Task FanOut_WhilePeopleAnswer_RepliesAreNotStarvedAndNoWindowIsExceeded()
    {
        const int people = 60, answers = 12;
        await using var rig = await FanOutRig.StartAsync(await AzuriteFixture.ConnectionStringAsync(), AzuriteFixture.NewPrefix(),
            new FakeConnectorOptions { GlobalPerSecond = 20 },
            new Dictionary<string, string?> { ["Drills:TeamsRequestsPerSecond"] = "20", ["Drills:PacingShare"] = "0.8", ["Drills:InteractiveShare"] = "0.4" });
        var roster = FanOutRig.People(people);
        await rig.SeedAsync(roster);
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        await rig.LaunchAsync(DateTimeOffset.UtcNow);
        var fanOut = rig.Consumers(16).RunUntilAsync(() => rig.Connector.DeliveredTotal >= people + answers, limit.Token);
        await Task.Delay(500);
        var latencies = new ConcurrentBag<TimeSpan>();
        var answering = roster.Take(answers).Select(async (person, i) =>
        {
            await Task.Delay(i * 150);
            latencies.Add(await AnswerAsync(rig, person));
        }).ToList();
        await Task.WhenAll(answering);
        var answeredDuringFanOut = rig.Connector.DeliveredTotal < people + answers;
        await fanOut;

        Assert.True(answeredDuringFanOut, "the answers came after the fan-out: nothing was tested");
        Assert.Equal(0, rig.Connector.Outcomes.GetValueOrDefault("over-limit"));
        Assert.True(latencies.Max() < TimeSpan.FromSeconds(1), $"a reply waited {latencies.Max().TotalMilliseconds:F0} ms behind the fan-out");
        Assert.False(limit.IsCancellationRequested, "the fan-out did not finish in a minute");
        Assert.Equal(people + answers, rig.Connector.DeliveredTotal);
    }

    [Fact]
    public async Task ManyCallsToOneChat_KeepTeamsPerConversationWindows()
    {
        await using var rig = await FanOutRig.StartAsync(await AzuriteFixture.ConnectionStringAsync(), AzuriteFixture.NewPrefix());
        var connector = rig.Services.GetRequiredService<ConnectorClient>();
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            connector.SendAsync(rig.Connector.ServiceUrl, "a:busy", new Activity { Type = Activity.Types.Message, Text = "update " + i }, CancellationToken.None)));

        Assert.Equal(16, rig.Connector.Delivered["a:busy"]);
        Assert.Equal(0, rig.Connector.Outcomes.GetValueOrDefault("over-limit")); // 7/1 s and 8/2 s held without a single 429
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(3), $"16 sends to one chat took {clock.Elapsed}: sooner than 7 per 1 s and 8 per 2 s allow (the 16th at 3 s)");
    }

    private static async Task<TimeSpan> AnswerAsync(FanOutRig rig, StaffMember person)
    {
        var activity = new Activity
        {
            Type = Activity.Types.Message,
            Id = Guid.NewGuid().ToString("N"),
            Text = "help",
            Locale = "en",
            ServiceUrl = rig.Connector.ServiceUrl,
            ChannelId = "msteams",
            From = new ChannelAccount { Id = "29:" + person.ObjectId, AadObjectId = person.ObjectId },
            Recipient = new ChannelAccount { Id = "28:bot" },
            Conversation = new ConversationAccount { Id = FanOutRig.ConversationOf(person.ObjectId), ConversationType = "personal", TenantId = "t" },
        };
        var clock = Stopwatch.StartNew();
        using (ConnectorTurn.Begin())
            await rig.Services.GetRequiredService<IActivityHandler>().HandleAsync(activity, CancellationToken.None);
        return clock.Elapsed;
    }
}

[CollectionDefinition(nameof(PacingTests), DisableParallelization = true)]
public sealed class PacingTestsCollection;
