using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Core.Drills.Storage;
using DrillPlatform.Tests.Storage;

namespace DrillPlatform.Tests.Drills.Runtime;

/// <summary>
/// A storage error right after a prompt claim, when the claim cannot be given back: the queue's
/// retry on the same instance takes the dead claim over at once instead of deferring for
/// PromptClaimTimeout (5 minutes), and the person is prompted once. Faults hit the real Azurite.
/// </summary>
[Trait("Category", "Storage")]
public sealed class DrillPromptClaimRecoveryTests
{
    [Fact]
    public async Task DeliverAsync_WhenTheClaimIsStoredButItsAnswerIsLost_TheRetryPromptsAtOnce()
    {
        var faults = new StorageFaults();
        await using var rt = await RuntimeTestServices.StartAsync(storagePolicy: faults);
        var drill = await rt.LaunchAsync([RuntimeTestServices.Person("p1")]);
        var message = new DrillPromptMessage(drill.Id, "p1");
        faults.Fail(r => r.StartsWith("PUT ") && r.Contains(DrillTables.Participants), times: 1, afterSend: true);

        await Assert.ThrowsAnyAsync<Exception>(() => rt.Get<DrillPromptDelivery>().DeliverAsync(message, 1, CancellationToken.None));
        Assert.Equal(ParticipantStatus.Prompting, (await rt.Get<ParticipantStore>().GetAsync(drill.Id, "p1"))!.Status);
        rt.Time.Advance(TimeSpan.FromSeconds(1));
        var retry = await rt.Get<DrillPromptDelivery>().DeliverAsync(message, 2, CancellationToken.None);

        Assert.Equal(1, faults.Injected);
        Assert.Equal(DrillPromptOutcome.Prompted, retry.Outcome); // before: Deferred until the claim expired
        Assert.Equal(1, rt.Prompter.Prompts["p1"]);
    }

    [Fact]
    public async Task DeliverAsync_WhenStorageFailsAfterTheClaimAndTheReleaseFailsToo_TheRetryPromptsAtOnce()
    {
        var faults = new StorageFaults();
        await using var rt = await RuntimeTestServices.StartAsync(storagePolicy: faults);
        var drill = await rt.LaunchAsync([RuntimeTestServices.Person("p1")]);
        var message = new DrillPromptMessage(drill.Id, "p1");
        var claimed = false;
        // Storage goes away right after the claim is written: the reads that follow and the release fail.
        faults.Fail(r =>
        {
            if (claimed) return true;
            claimed = r.StartsWith("PUT ") && r.Contains(DrillTables.Participants);
            return false;
        });

        await Assert.ThrowsAnyAsync<Exception>(() => rt.Get<DrillPromptDelivery>().DeliverAsync(message, 1, CancellationToken.None));
        faults.Heal();
        Assert.Equal(ParticipantStatus.Prompting, (await rt.Get<ParticipantStore>().GetAsync(drill.Id, "p1"))!.Status);
        rt.Time.Advance(TimeSpan.FromSeconds(5));
        var retry = await rt.Get<DrillPromptDelivery>().DeliverAsync(message, 2, CancellationToken.None);
        var duplicate = await rt.Get<DrillPromptDelivery>().DeliverAsync(message, 3, CancellationToken.None);

        Assert.True(faults.Injected >= 2, "the fault should hit the reads after the claim and the release");
        Assert.Equal(DrillPromptOutcome.Prompted, retry.Outcome); // before: Deferred until the claim expired
        Assert.Equal(DrillPromptOutcome.AlreadyDone, duplicate.Outcome);
        Assert.Equal(1, rt.Prompter.Prompts["p1"]);
    }

    [Fact]
    public async Task DeliverAsync_WhenAnotherDeliveryHoldsALiveClaim_StillDefersToIt()
    {
        await using var rt = await RuntimeTestServices.StartAsync();
        var drill = await rt.LaunchAsync([RuntimeTestServices.Person("p1")]);
        var now = rt.Time.GetUtcNow();
        Assert.NotNull(await rt.Get<ParticipantStore>().TryClaimPromptAsync(drill.Id, "p1", now, now.AddMinutes(-5)));

        var result = await rt.Get<DrillPromptDelivery>().DeliverAsync(new DrillPromptMessage(drill.Id, "p1"), 2, CancellationToken.None);

        Assert.Equal(DrillPromptOutcome.Deferred, result.Outcome);
        Assert.Empty(rt.Prompter.Prompts);
    }
}
