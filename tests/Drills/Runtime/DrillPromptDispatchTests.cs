using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Drills.Runtime;

namespace DrillPlatform.Tests.Drills.Runtime;

/// <summary>Queue messages of both shapes through the real delivery on Azurite: the launch's batches and one-person messages.</summary>
[Trait("Category", "Storage")]
public class DrillPromptDispatchTests
{
    private static IReadOnlyList<DrillPlatform.Core.Roster.StaffMember> People(int n) =>
        Enumerable.Range(1, n).Select(i => RuntimeTestServices.Person($"p{i}")).ToList();

    // The launch's one message, taken off the queue so the test hands it over itself.
    private static async Task<string> LaunchMessageAsync(RuntimeTestServices rt)
    {
        var launch = Assert.Single(await rt.PeekTextsAsync());
        await rt.Queue.ClearMessagesAsync();
        return launch;
    }

    [Fact]
    public async Task HandleAsync_OnALaunchBatchOfTwentyFive_SendsTenAndHandsTheRestToTheQueueInBatchesOfTen()
    {
        await using var rt = await RuntimeTestServices.StartAsync();
        await rt.LaunchAsync(People(25));
        var dispatch = rt.Get<DrillPromptDispatch>();

        var first = await dispatch.HandleAsync(await LaunchMessageAsync(rt), 1, CancellationToken.None);

        Assert.Equal(Enumerable.Repeat(DrillPromptOutcome.Prompted, DrillPromptDispatch.DeliveredTogether), first.Select(r => r.Outcome));
        Assert.Equal(DrillPromptDispatch.DeliveredTogether, rt.Prompter.Prompts.Count);
        var rest = (await rt.PeekTextsAsync()).Select(DrillPromptBatch.ParseIfBatch).ToList();
        Assert.Equal([5, 10], rest.Select(b => b!.ParticipantIds.Count).Order());
        await rt.Queue.ClearMessagesAsync();
        foreach (var batch in rest)
            Assert.All(await dispatch.HandleAsync(batch!.ToJson(), 1, CancellationToken.None), r => Assert.Equal(DrillPromptOutcome.Prompted, r.Outcome));
        Assert.Equal(25, rt.Prompter.Prompts.Count);
        Assert.All(rt.Prompter.Prompts.Values, n => Assert.Equal(1, n));
        Assert.Empty(await rt.PeekTextsAsync()); // a batch of ten or fewer is not split again
    }

    [Fact]
    public async Task HandleAsync_WhenABatchIsDeliveredAgainDuringAndAfterItsFirstDelivery_PromptsNobodyTwice()
    {
        await using var rt = await RuntimeTestServices.StartAsync();
        await rt.LaunchAsync(People(5));
        var batch = await LaunchMessageAsync(rt);
        var dispatch = rt.Get<DrillPromptDispatch>();
        rt.Prompter.Latency = TimeSpan.FromMilliseconds(300); // the racing copy arrives while the first is sending

        var racing = await Task.WhenAll(dispatch.HandleAsync(batch, 1, CancellationToken.None), dispatch.HandleAsync(batch, 1, CancellationToken.None));
        var after = await dispatch.HandleAsync(batch, 2, CancellationToken.None);

        Assert.Equal(5, racing.SelectMany(r => r).Count(r => r.Outcome == DrillPromptOutcome.Prompted));
        Assert.All(after, r => Assert.Equal(DrillPromptOutcome.AlreadyDone, r.Outcome));
        Assert.Equal(5, rt.Prompter.Prompts.Count);
        Assert.All(rt.Prompter.Prompts.Values, n => Assert.Equal(1, n));
        Assert.All(await rt.Get<ParticipantStore>().ListAsync(Assert.Single(DrillPromptBatch.ParseIfBatch(batch)!.Messages.Select(m => m.DrillId).Distinct())),
            p => Assert.Equal(ParticipantStatus.Prompted, p.Status));
    }

    [Fact]
    public async Task HandleAsync_WhenOneSendOfABatchFails_HandsThatPersonBackAloneAndCompletesTheOthers()
    {
        await using var rt = await RuntimeTestServices.StartAsync();
        var drill = await rt.LaunchAsync(People(3));
        var batch = await LaunchMessageAsync(rt);
        var dispatch = rt.Get<DrillPromptDispatch>();
        rt.Prompter.Failures.Enqueue(() => new HttpRequestException("Teams unavailable (503)"));

        var results = await dispatch.HandleAsync(batch, 1, CancellationToken.None);

        Assert.Equal([DrillPromptOutcome.Prompted, DrillPromptOutcome.Prompted, DrillPromptOutcome.Retrying], results.Select(r => r.Outcome).Order());
        var failed = Assert.Single(new[] { "p1", "p2", "p3" }.Except(rt.Prompter.Prompts.Keys));
        var row = await rt.Get<ParticipantStore>().GetAsync(drill.Id, failed);
        Assert.Equal((ParticipantStatus.Pending, "Attempt 1 failed: Teams unavailable (503)"), (row!.Status, row.Reason));
        var alone = await WaitForMessageAsync(rt, DrillPromptDispatch.RetryDelay + TimeSpan.FromSeconds(10));
        Assert.Null(DrillPromptBatch.ParseIfBatch(alone));
        Assert.Equal(new DrillPromptMessage(drill.Id, failed), DrillPromptMessage.Parse(alone));

        // On its own, a failure escapes so the queue counts its attempts towards the poison queue.
        rt.Prompter.Failures.Enqueue(() => new HttpRequestException("Teams unavailable (503)"));
        await Assert.ThrowsAsync<HttpRequestException>(() => dispatch.HandleAsync(alone, 1, CancellationToken.None));
        Assert.Equal(DrillPromptOutcome.Prompted, Assert.Single(await dispatch.HandleAsync(alone, 2, CancellationToken.None)).Outcome);
        Assert.Equal(1, rt.Prompter.Prompts[failed]);
    }

    [Fact]
    public async Task HandleAsync_OnAOnePersonMessageOfAnOlderLaunch_PromptsThatPerson()
    {
        await using var rt = await RuntimeTestServices.StartAsync();
        var drill = await rt.LaunchAsync(People(2));
        await rt.Queue.ClearMessagesAsync();

        var result = await rt.Get<DrillPromptDispatch>().HandleAsync($$"""{"drillId":"{{drill.Id}}","participantId":"p2"}""", 1, CancellationToken.None);

        Assert.Equal(DrillPromptOutcome.Prompted, Assert.Single(result).Outcome);
        Assert.Equal(["p2"], rt.Prompter.Prompts.Keys);
    }

    private static async Task<string> WaitForMessageAsync(RuntimeTestServices rt, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            var received = (await rt.Queue.ReceiveMessagesAsync(1)).Value;
            if (received.Length == 1)
            {
                await rt.Queue.DeleteMessageAsync(received[0].MessageId, received[0].PopReceipt);
                return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(received[0].MessageText));
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("The handed-back message never became visible.");
    }
}
