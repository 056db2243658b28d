using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Drills.Runtime;

namespace DrillPlatform.Tests.Drills.Runtime;

[Trait("Category", "Storage")]
public class DrillPromptDeliveryTests
{
    private static IReadOnlyList<DrillPlatform.Core.Roster.StaffMember> People(int n) =>
        Enumerable.Range(1, n).Select(i => RuntimeTestServices.Person($"p{i}")).ToList();

    [Fact]
    public async Task DeliverAsync_WhenEachMessageIsDeliveredThreeTimes_PromptsEveryParticipantOnce()
    {
        await using var rt = await RuntimeTestServices.StartAsync();
        var drill = await rt.LaunchAsync(People(5));
        var delivery = rt.Get<DrillPromptDelivery>();

        var results = new List<DrillPromptResult>();
        for (var round = 1; round <= 3; round++)
            foreach (var id in Enumerable.Range(1, 5))
                results.Add(await delivery.DeliverAsync(new DrillPromptMessage(drill.Id, $"p{id}"), round, CancellationToken.None));

        Assert.Equal(5, rt.Prompter.Prompts.Count);
        Assert.All(rt.Prompter.Prompts.Values, n => Assert.Equal(1, n));
        Assert.Equal(5, results.Count(r => r.Outcome == DrillPromptOutcome.Prompted));
        Assert.Equal(10, results.Count(r => r.Outcome == DrillPromptOutcome.AlreadyDone));
        Assert.All(await rt.Get<ParticipantStore>().ListAsync(drill.Id), p => Assert.Equal(ParticipantStatus.Prompted, p.Status));
    }

    [Fact]
    public async Task DeliverAsync_WhenThreeInstancesRaceOnEachMessage_PromptsEveryParticipantOnce()
    {
        await using var rt = await RuntimeTestServices.StartAsync();
        var drill = await rt.LaunchAsync(People(4));
        rt.Prompter.Latency = TimeSpan.FromMilliseconds(200); // keeps the claim live while the others arrive

        var results = await Task.WhenAll(Enumerable.Range(1, 4).SelectMany(id => Enumerable.Range(1, 3).Select(_ =>
            Task.Run(() => rt.Get<DrillPromptDelivery>().DeliverAsync(new DrillPromptMessage(drill.Id, $"p{id}"), 1, CancellationToken.None)))));

        Assert.Equal(4, rt.Prompter.Prompts.Count);
        Assert.All(rt.Prompter.Prompts.Values, n => Assert.Equal(1, n));
        Assert.Equal(4, results.Count(r => r.Outcome == DrillPromptOutcome.Prompted));
        // A loser that saw the live claim queues a check for after the claim could expire instead of dropping the message.
        Assert.All(results.Where(r => r.Outcome == DrillPromptOutcome.Deferred), r => Assert.True(r.RetryAfter > TimeSpan.FromMinutes(4)));
    }

    [Fact]
    public async Task DeliverAsync_WhenThePersonHasNoConversationReference_MarksFailedWithAReasonForTheTrainer()
    {
        await using var rt = await RuntimeTestServices.StartAsync();
        var drill = await rt.LaunchAsync(People(2), noChat: ["p2"]);

        var result = await rt.Get<DrillPromptDelivery>().DeliverAsync(new DrillPromptMessage(drill.Id, "p2"), 1, CancellationToken.None);

        Assert.Equal(DrillPromptOutcome.Failed, result.Outcome);
        var row = await rt.Get<ParticipantStore>().GetAsync(drill.Id, "p2");
        Assert.Equal(ParticipantStatus.Failed, row!.Status);
        Assert.Contains("No Teams chat with the bot", row.Reason);
        Assert.Empty(rt.Prompter.Prompts);
    }

    [Fact]
    public async Task DeliverAsync_WhenTeamsThrottles_ReleasesTheClaimAndQueuesTheMessageInvisibleForRetryAfter()
    {
        await using var rt = await RuntimeTestServices.StartAsync();
        var drill = await rt.LaunchAsync(People(1));
        await rt.Queue.ClearMessagesAsync();
        rt.Prompter.Failures.Enqueue(() => new DrillPromptThrottledException(TimeSpan.FromSeconds(2)));
        var delivery = rt.Get<DrillPromptDelivery>();

        var throttled = await delivery.DeliverAsync(new DrillPromptMessage(drill.Id, "p1"), 1, CancellationToken.None);

        Assert.Equal(DrillPromptOutcome.Throttled, throttled.Outcome);
        Assert.Equal(ParticipantStatus.Pending, (await rt.Get<ParticipantStore>().GetAsync(drill.Id, "p1"))!.Status);
        Assert.Empty(await rt.PeekAllAsync()); // invisible until Retry-After has passed
        var message = await WaitForMessageAsync(rt, TimeSpan.FromSeconds(10));
        Assert.Equal(new DrillPromptMessage(drill.Id, "p1"), message);

        var again = await delivery.DeliverAsync(message, 1, CancellationToken.None);
        var duplicate = await delivery.DeliverAsync(message, 2, CancellationToken.None);

        Assert.Equal(DrillPromptOutcome.Prompted, again.Outcome);
        Assert.Equal(DrillPromptOutcome.AlreadyDone, duplicate.Outcome);
        Assert.Equal(1, rt.Prompter.Prompts["p1"]);
    }

    [Fact]
    public async Task DeliverAsync_WhenStorageFailsRightAfterTheClaim_ReleasesItSoTheRetryPromptsAtOnce()
    {
        var faults = new DrillPlatform.Tests.Storage.StorageFaults();
        await using var rt = await RuntimeTestServices.StartAsync(storagePolicy: faults);
        var drill = await rt.LaunchAsync(People(1));
        var delivery = rt.Get<DrillPromptDelivery>();
        faults.Fail(r => r.StartsWith("GET ") && r.Contains("ConversationRefs"), times: 1);

        await Assert.ThrowsAnyAsync<Exception>(() => delivery.DeliverAsync(new DrillPromptMessage(drill.Id, "p1"), 1, CancellationToken.None));
        var retry = await delivery.DeliverAsync(new DrillPromptMessage(drill.Id, "p1"), 2, CancellationToken.None);

        Assert.Equal(1, faults.Injected);
        Assert.Equal(DrillPromptOutcome.Prompted, retry.Outcome); // before: Deferred until the 5-minute claim expired
        Assert.Equal(1, rt.Prompter.Prompts.Values.Single());
    }

    [Fact]
    public async Task DeliverAsync_WhenTheSendFails_ReleasesTheClaimRecordsTheErrorAndRethrows()
    {
        await using var rt = await RuntimeTestServices.StartAsync();
        var drill = await rt.LaunchAsync(People(1));
        rt.Prompter.Failures.Enqueue(() => new HttpRequestException("connection refused"));

        await Assert.ThrowsAsync<HttpRequestException>(() => rt.Get<DrillPromptDelivery>().DeliverAsync(new DrillPromptMessage(drill.Id, "p1"), 3, CancellationToken.None));

        var row = await rt.Get<ParticipantStore>().GetAsync(drill.Id, "p1");
        Assert.Equal(ParticipantStatus.Pending, row!.Status);
        Assert.Equal("Attempt 3 failed: connection refused", row.Reason);
    }

    [Fact]
    public async Task HandleAsync_OnAPoisonMessage_MarksTheParticipantFailedWithTheLastError()
    {
        await using var rt = await RuntimeTestServices.StartAsync();
        var drill = await rt.LaunchAsync(People(1));
        rt.Prompter.Failures.Enqueue(() => new HttpRequestException("Teams unavailable (503)"));
        var message = new DrillPromptMessage(drill.Id, "p1");
        await Assert.ThrowsAsync<HttpRequestException>(() => rt.Get<DrillPromptDelivery>().DeliverAsync(message, 5, CancellationToken.None));

        Assert.True(await rt.Get<DrillPromptPoison>().HandleAsync(message.ToJson()));

        var row = await rt.Get<ParticipantStore>().GetAsync(drill.Id, "p1");
        Assert.Equal(ParticipantStatus.Failed, row!.Status);
        Assert.Equal("The drill prompt could not be delivered after 5 attempts. Last error: Attempt 5 failed: Teams unavailable (503)", row.Reason);
    }

    [Fact]
    public async Task HandleAsync_OnAPoisonBatch_MarksItsPeopleNotYetPromptedFailedAndLeavesThePromptedOne()
    {
        await using var rt = await RuntimeTestServices.StartAsync();
        var drill = await rt.LaunchAsync(People(3));
        Assert.Equal(DrillPromptOutcome.Prompted, (await rt.Get<DrillPromptDelivery>().DeliverAsync(new DrillPromptMessage(drill.Id, "p1"), 1, CancellationToken.None)).Outcome);

        Assert.True(await rt.Get<DrillPromptPoison>().HandleAsync(new DrillPromptBatch(drill.Id, ["p1", "p2", "p3"]).Encode()));

        var rows = (await rt.Get<ParticipantStore>().ListAsync(drill.Id)).ToDictionary(p => p.PersonId, p => p.Status);
        Assert.Equal(ParticipantStatus.Prompted, rows["p1"]);
        Assert.Equal(ParticipantStatus.Failed, rows["p2"]);
        Assert.Equal(ParticipantStatus.Failed, rows["p3"]);
    }

    [Fact]
    public async Task HandleAsync_OnUnreadableText_ReturnsFalseAndMarksNobody()
    {
        await using var rt = await RuntimeTestServices.StartAsync();

        Assert.False(await rt.Get<DrillPromptPoison>().HandleAsync("not a message"));
    }

    [Fact]
    public async Task DeliverAsync_WhenTheDrillIsClosed_IsAlreadyDoneAndSendsNothing()
    {
        await using var rt = await RuntimeTestServices.StartAsync();
        var drill = await rt.LaunchAsync(People(1));
        Assert.True(await rt.Get<DrillStore>().CloseAsync((await rt.Get<DrillStore>().GetAsync(drill.Id))!, rt.Time.GetUtcNow()));

        var result = await rt.Get<DrillPromptDelivery>().DeliverAsync(new DrillPromptMessage(drill.Id, "p1"), 1, CancellationToken.None);

        Assert.Equal(DrillPromptOutcome.AlreadyDone, result.Outcome);
        Assert.Empty(rt.Prompter.Prompts);
    }

    [Fact]
    public async Task DeliverAsync_WhenAClaimIsOlderThanTheTimeout_TakesItOverAndPrompts()
    {
        await using var rt = await RuntimeTestServices.StartAsync();
        var drill = await rt.LaunchAsync(People(1));
        var store = rt.Get<ParticipantStore>();
        var now = rt.Time.GetUtcNow();
        Assert.NotNull(await store.TryClaimPromptAsync(drill.Id, "p1", now, now.AddMinutes(-5))); // an instance that then crashed

        var early = await rt.Get<DrillPromptDelivery>().DeliverAsync(new DrillPromptMessage(drill.Id, "p1"), 1, CancellationToken.None);
        rt.Time.Advance(TimeSpan.FromMinutes(6));
        var late = await rt.Get<DrillPromptDelivery>().DeliverAsync(new DrillPromptMessage(drill.Id, "p1"), 1, CancellationToken.None);

        Assert.Equal(DrillPromptOutcome.Deferred, early.Outcome);
        Assert.Equal(DrillPromptOutcome.Prompted, late.Outcome);
        Assert.Equal(1, rt.Prompter.Prompts["p1"]);
    }

    private static async Task<DrillPromptMessage> WaitForMessageAsync(RuntimeTestServices rt, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            var received = (await rt.Queue.ReceiveMessagesAsync(1)).Value;
            if (received.Length == 1)
            {
                await rt.Queue.DeleteMessageAsync(received[0].MessageId, received[0].PopReceipt);
                return DrillPromptMessage.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(received[0].MessageText)));
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("The throttled message never became visible.");
    }
}
