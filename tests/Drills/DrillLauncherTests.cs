using DrillPlatform.Core.Drills.Launching;

namespace DrillPlatform.Tests.Drills;

[Trait("Category", "Storage")]
public class DrillLauncherTests
{
    private static readonly DateTimeOffset Nine = DrillTestData.Calendar.ToUtc(new DateOnly(2026, 3, 10), new TimeOnly(9, 0));

    private static async Task<DrillTestStorage> WithRosterAsync()
    {
        var storage = await DrillTestStorage.NewAsync();
        foreach (var i in Enumerable.Range(0, 12))
            await storage.Roster.UpsertAsync(DrillTestStorage.Person($"00000000-0000-0000-0000-0000000000{i:D2}", "records", i == 0 ? "on-duty" : "clerk"));
        await storage.Roster.UpsertAsync(DrillTestStorage.Person("00000000-0000-0000-0000-000000000099", "finance", "clerk"));
        return storage;
    }

    [Fact]
    public async Task LaunchDueDrills_WhenRunEightTimesConcurrently_LaunchesOnceWithOneMessagePerParticipant()
    {
        var storage = await WithRosterAsync();
        await storage.Drills.AddPlannedAsync(DrillTestStorage.PlannedDrill("d1", Nine));

        var runs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => storage.Launcher().LaunchDueAsync(Nine.AddMinutes(1))));

        var launched = Assert.Single(runs.SelectMany(r => r));
        Assert.Equal(("d1", 12), (launched.DrillId, launched.Participants));
        var messages = await storage.DrainQueueAsync();
        var participants = await storage.Participants.ListAsync("d1");
        Assert.Equal(12, messages.Count);
        Assert.Equal(participants.Select(p => p.PersonId).Order(), messages.Select(m => m.ParticipantId).Order());
        Assert.All(messages, m => Assert.Equal("d1", m.DrillId));
        Assert.Equal(DrillStatus.Launched, (await storage.Drills.GetAsync("d1"))!.Status);
    }

    [Fact]
    public async Task LaunchDue_WhenRunAgainAfterALaunch_LaunchesNothing()
    {
        var storage = await WithRosterAsync();
        await storage.Drills.AddPlannedAsync(DrillTestStorage.PlannedDrill("d1", Nine));

        await storage.Launcher().LaunchDueAsync(Nine);
        var again = await storage.Launcher().LaunchDueAsync(Nine.AddMinutes(1));

        Assert.Empty(again);
        Assert.Empty(await storage.Drills.ListDueAsync(Nine.AddMinutes(1)));
    }

    [Fact]
    public async Task LaunchDue_BeforeThePlannedTime_LaunchesNothing()
    {
        var storage = await WithRosterAsync();
        await storage.Drills.AddPlannedAsync(DrillTestStorage.PlannedDrill("d1", Nine));

        Assert.Empty(await storage.Launcher().LaunchDueAsync(Nine.AddMinutes(-1)));
        Assert.Equal(DrillStatus.Planned, (await storage.Drills.GetAsync("d1"))!.Status);
    }

    [Fact]
    public async Task LaunchDue_ForAnOnDutyDrill_PromptsOnlyTheOnDutyPerson()
    {
        var storage = await WithRosterAsync();
        await storage.Drills.AddPlannedAsync(DrillTestStorage.PlannedDrill("d1", Nine) with { OnDutyOnly = true });

        await storage.Launcher().LaunchDueAsync(Nine);

        var message = Assert.Single(await storage.DrainQueueAsync());
        Assert.Equal("00000000-0000-0000-0000-000000000000", message.ParticipantId);
    }

    [Fact]
    public async Task LaunchDue_WithAnAudienceSource_UsesItsPeople()
    {
        var storage = await DrillTestStorage.NewAsync();
        await storage.Drills.AddPlannedAsync(DrillTestStorage.PlannedDrill("d1", Nine));
        var source = new FixedAudience([DrillTestStorage.Person("a"), DrillTestStorage.Person("b")]);

        var launched = Assert.Single(await storage.Launcher(source).LaunchDueAsync(Nine));

        Assert.Equal(2, launched.Participants);
        Assert.Equal("records", source.AskedFor?.Departments.Single());
    }

    [Fact]
    public async Task LaunchDue_ForTwoHundredAndFiftyPeople_QueuesOneMessagePerTransactionOfAHundred()
    {
        var storage = await DrillTestStorage.NewAsync();
        await storage.Drills.AddPlannedAsync(DrillTestStorage.PlannedDrill("d1", Nine));
        var people = Enumerable.Range(0, 250).Select(i => DrillTestStorage.Person($"00000000-0000-0000-0000-{i:D12}")).ToList();

        await storage.Launcher(new FixedAudience(people)).LaunchDueAsync(Nine);

        var batches = (await storage.DrainQueueTextsAsync()).Select(DrillPromptBatch.ParseIfBatch).ToList();
        Assert.Equal([50, 100, 100], batches.Select(b => b!.ParticipantIds.Count).Order());
        Assert.Equal(people.Select(p => p.ObjectId).Order(), batches.SelectMany(b => b!.ParticipantIds).Order());
        Assert.Equal(250, (await storage.Participants.ListAsync("d1")).Count);
    }

    private sealed class FixedAudience(IReadOnlyList<DrillPlatform.Core.Roster.StaffMember> people) : IAudienceSource
    {
        public DrillAudience? AskedFor { get; private set; }

        public Task<IReadOnlyList<DrillPlatform.Core.Roster.StaffMember>> ResolveAsync(DrillAudience audience, CancellationToken ct = default)
        {
            AskedFor = audience;
            return Task.FromResult(people);
        }
    }

    [Fact]
    public async Task LaunchNow_EarlyInTheMorningInShanghai_FilesTheDrillUnderTheSiteDate()
    {
        var storage = await WithRosterAsync();
        var earlyMorning = DrillTestData.Calendar.ToUtc(new DateOnly(2026, 3, 11), new TimeOnly(7, 30)); // 2026-03-10 23:30 UTC

        var drill = await storage.Launcher().LaunchNowAsync("fire-records-store", DrillAudience.Department("records"), "trainer-1", earlyMorning);

        Assert.Equal(new DateOnly(2026, 3, 11), drill.LocalDate);
        Assert.Equal(DrillStatus.Launched, drill.Status);
        Assert.Equal("trainer-1", drill.RequestedBy);
    }
}
