using DrillPlatform.Core.Messaging;
using Microsoft.Extensions.Time.Testing;

namespace DrillPlatform.Tests.Storage;

[Trait("Category", "Storage")]
public sealed class OnceLedgerTests
{
    [Fact]
    public async Task PruneAsync_DeletesOnlyTheMarksOfItsKindOlderThanTheAge_AndTheyCanBeMarkedAgain()
    {
        var storage = await TestStorage.NewAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        var ledger = new OnceLedger(storage.Service, storage.Options, time);
        Assert.True(await ledger.TryMarkAsync("activity", "old-1"));
        Assert.True(await ledger.TryMarkAsync("activity", "old-2"));
        Assert.True(await ledger.TryMarkAsync("welcome", "old-other-kind"));
        time.Advance(TimeSpan.FromHours(30));
        Assert.True(await ledger.TryMarkAsync("activity", "recent"));

        var pruned = await ledger.PruneAsync("activity", TimeSpan.FromDays(1));

        Assert.Equal(2, pruned);
        Assert.True(await ledger.TryMarkAsync("activity", "old-1"));
        Assert.False(await ledger.TryMarkAsync("activity", "recent"));
        Assert.False(await ledger.TryMarkAsync("welcome", "old-other-kind"));
    }
}
