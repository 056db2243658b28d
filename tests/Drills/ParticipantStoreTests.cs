namespace DrillPlatform.Tests.Drills;

[Trait("Category", "Storage")]
public class ParticipantStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Add_WhenMoreThanOneBatchAndRepeated_StoresEachPersonOnce()
    {
        var storage = await DrillTestStorage.NewAsync();
        var people = Enumerable.Range(0, 250).Select(i => $"p{i:D3}").ToList();

        await storage.Participants.AddAsync("d1", people);
        await storage.Participants.MarkAnsweredAsync("d1", "p007", At, 0.9);
        await storage.Participants.AddAsync("d1", people.Take(120).Append("p999"));

        var stored = await storage.Participants.ListAsync("d1");
        Assert.Equal(251, stored.Count);
        Assert.Equal(ParticipantStatus.Answered, stored.Single(p => p.PersonId == "p007").Status);
        Assert.All(stored.Where(p => p.PersonId != "p007"), p => Assert.Equal(ParticipantStatus.Pending, p.Status));
    }

    [Fact]
    public async Task TryMarkPrompted_WhenCalledTwice_SucceedsOnce()
    {
        var storage = await DrillTestStorage.NewAsync();
        await storage.Participants.AddAsync("d1", ["p1"]);

        Assert.True(await storage.Participants.TryMarkPromptedAsync("d1", "p1", At));
        Assert.False(await storage.Participants.TryMarkPromptedAsync("d1", "p1", At.AddSeconds(5)));

        Assert.Equal(At, (await storage.Participants.GetAsync("d1", "p1"))!.PromptedAt);
    }

    [Fact]
    public async Task TryMarkPrompted_WhenEightRace_ExactlyOneWins()
    {
        var storage = await DrillTestStorage.NewAsync();
        await storage.Participants.AddAsync("d1", ["p1"]);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => storage.Participants.TryMarkPromptedAsync("d1", "p1", At)));

        Assert.Single(results, r => r);
    }

    [Fact]
    public async Task MarkEscalatedThenAnswered_KeepsTheReasonAndRecordsTheAnswer()
    {
        var storage = await DrillTestStorage.NewAsync();
        await storage.Participants.AddAsync("d1", ["p1", "p2"]);
        await storage.Participants.TryMarkPromptedAsync("d1", "p1", At);

        Assert.True(await storage.Participants.MarkEscalatedAsync("d1", "p1", "no answer after 10 minutes"));
        Assert.True(await storage.Participants.MarkAnsweredAsync("d1", "p1", At.AddMinutes(12), 0.5));
        Assert.True(await storage.Participants.MarkFailedAsync("d1", "p2", "no conversation reference"));
        Assert.False(await storage.Participants.MarkFailedAsync("d1", "p1", "too late"));

        var p1 = (await storage.Participants.GetAsync("d1", "p1"))!;
        Assert.Equal((ParticipantStatus.Answered, "no answer after 10 minutes", 0.5), (p1.Status, p1.Reason, p1.Score));
        Assert.Equal("no conversation reference", (await storage.Participants.GetAsync("d1", "p2"))!.Reason);
    }

    [Fact]
    public async Task Mark_WhenParticipantIsUnknown_ReturnsFalse()
    {
        var storage = await DrillTestStorage.NewAsync();

        Assert.False(await storage.Participants.TryMarkPromptedAsync("d1", "nobody", At));
        Assert.False(await storage.Participants.MarkAnsweredAsync("d1", "nobody", At, null));
    }
}
