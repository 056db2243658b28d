using DrillPlatform.Core.Drills.Launching;

namespace DrillPlatform.Tests.Drills;

/// <summary>
/// A fault injected at each step of a launch (the claim's index rows, the participants, the queue,
/// the final mark), refused before it reaches Azurite or with its answer lost after: the other due
/// drill still launches, and the next run finishes the failed one with one prompt per person.
/// </summary>
[Trait("Category", "Storage")]
public class ResumableLaunchTests
{
    private static readonly DateTimeOffset Nine = DrillTestData.Calendar.ToUtc(new DateOnly(2026, 3, 10), new TimeOnly(9, 0));

    public static TheoryData<string, bool> Steps => new()
    {
        { "month copy", false }, { "month copy", true }, { "open row", false }, { "open row", true },
        { "participants", false }, { "participants", true }, { "enqueue", false }, { "enqueue", true },
        { "mark", false }, { "mark", true },
    };

    private static Func<string, bool> Step(string step) => step switch
    {
        "month copy" => r => r.StartsWith("PUT ") && r.Contains("PartitionKey='m:"),
        "open row" => r => r.StartsWith("PUT ") && r.Contains("PartitionKey='open'"),
        "participants" => r => r.StartsWith("POST ") && r.Contains("$batch"),
        "enqueue" => r => r.StartsWith("POST ") && r.Contains("/messages"),
        "mark" => r => r.StartsWith("DELETE ") && r.Contains("PartitionKey='due'"),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    private static async Task<(DrillTestStorage Storage, StorageFaults Faults)> TwoDueDrillsAsync()
    {
        var faults = new StorageFaults();
        var storage = await DrillTestStorage.NewAsync(faults);
        foreach (var i in Enumerable.Range(0, 12))
            await storage.Roster.UpsertAsync(DrillTestStorage.Person($"00000000-0000-0000-0000-0000000000{i:D2}"));
        foreach (var i in Enumerable.Range(0, 3))
            await storage.Roster.UpsertAsync(DrillTestStorage.Person($"00000000-0000-0000-0000-0000000001{i:D2}", "finance"));
        await storage.Drills.AddPlannedAsync(DrillTestStorage.PlannedDrill("d1", Nine));
        await storage.Drills.AddPlannedAsync(DrillTestStorage.PlannedDrill("d2", Nine, "finance"));
        return (storage, faults);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task LaunchDueDrills_WhenAStepFails_LaunchesTheOtherDrillAndTheNextRunFinishesThisOne(string step, bool answerLost)
    {
        var (storage, faults) = await TwoDueDrillsAsync();
        faults.Fail(Step(step), times: 1, afterSend: answerLost);

        var first = await storage.Launcher().LaunchDueAsync(Nine);
        faults.Heal();
        var second = await storage.Launcher().LaunchDueAsync(Nine + DrillLauncher.ResumeAfter);

        Assert.Equal(1, faults.Injected);
        Assert.Contains(first, l => l.DrillId == "d2" && l.Participants == 3);
        Assert.DoesNotContain(second, l => l.DrillId == "d2");
        var messages = await storage.DrainQueueAsync();
        await AssertFinishedOncePerPersonAsync(storage, messages, "d1", 12);
        await AssertFinishedOncePerPersonAsync(storage, messages, "d2", 3);
    }

    [Fact]
    public async Task LaunchNow_WhenTheQueueFailsMidLaunch_ReturnsTheDrillAndTheNextRunFinishesIt()
    {
        var (storage, faults) = await TwoDueDrillsAsync();
        faults.Fail(Step("enqueue"), times: 1);

        var drill = await storage.Launcher().LaunchNowAsync("fire-records-store", DrillAudience.Department("records"), "trainer-1", Nine);
        faults.Heal();
        var again = await storage.Launcher().LaunchNowAsync("fire-records-store", DrillAudience.Department("records"), "trainer-1", Nine.AddSeconds(20));
        await storage.Launcher().LaunchDueAsync(Nine + DrillLauncher.ResumeAfter);

        Assert.Equal(drill.Id, again.Id); // asking again does not prompt everyone a second time
        await AssertFinishedOncePerPersonAsync(storage, await storage.DrainQueueAsync(), drill.Id, 12);
    }

    [Fact]
    public async Task LaunchNow_WhenTheDrillCannotBeStored_SaysNothingWasLaunched()
    {
        var (storage, faults) = await TwoDueDrillsAsync();
        faults.Fail(r => r.Contains("Drills"));

        await Assert.ThrowsAsync<DrillLaunchUnavailableException>(() =>
            storage.Launcher().LaunchNowAsync("fire-records-store", DrillAudience.Department("records"), "trainer-1", Nine));
    }

    // Launched, listed open, no longer due; a message for every participant, and the delivery's
    // first step (the prompt claim) succeeds exactly once per person however many copies there are.
    private static async Task AssertFinishedOncePerPersonAsync(DrillTestStorage storage, IReadOnlyList<DrillPromptMessage> queued, string drillId, int people)
    {
        Assert.Equal(DrillStatus.Launched, (await storage.Drills.GetAsync(drillId))!.Status);
        Assert.Contains(await storage.Drills.ListOpenAsync(), d => d.Id == drillId);
        Assert.DoesNotContain(await storage.Drills.ListDueAsync(Nine.AddHours(1)), d => d.Id == drillId);
        var participants = await storage.Participants.ListAsync(drillId);
        Assert.Equal(people, participants.Count);
        var messages = queued.Where(m => m.DrillId == drillId).ToList();
        Assert.Equal(participants.Select(p => p.PersonId).Order(), messages.Select(m => m.ParticipantId).Distinct().Order());
        var claimed = new List<string>();
        foreach (var m in messages)
            if (await storage.Participants.TryClaimPromptAsync(drillId, m.ParticipantId, Nine, Nine.AddMinutes(-5)) is not null)
                claimed.Add(m.ParticipantId);
        Assert.Equal(participants.Select(p => p.PersonId).Order(), claimed.Order());
    }
}
