namespace DrillPlatform.Tests.Sms;

[Trait("Category", "Storage")]
public class SmsOutboxStoreTests
{
    [Fact]
    public async Task GetOrCreateAsync_WhenCalledAgain_ReturnsTheFirstRepeatabilityIdAndText()
    {
        var store = await NewStoreAsync();

        var first = await store.GetOrCreateAsync("drill:d1:p1", "+8613800000001", "first text");
        var second = await store.GetOrCreateAsync("drill:d1:p1", "+8613800000001", "second text");

        Assert.Equal(first.RepeatabilityRequestId, second.RepeatabilityRequestId);
        Assert.Equal(first.RepeatabilityFirstSent, second.RepeatabilityFirstSent);
        Assert.Equal("first text", second.Text);
        Assert.Equal(SmsOutboxStatus.Pending, second.Status);
    }

    [Fact]
    public async Task GetOrCreateAsync_WhenEightCallersRace_AllGetOneRepeatabilityId()
    {
        var store = await NewStoreAsync();

        var records = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => store.GetOrCreateAsync("drill:d2:p1", "+8613800000001", "text"))));

        Assert.Single(records.Select(r => r.RepeatabilityRequestId).Distinct());
    }

    [Fact]
    public async Task GetOrCreateAsync_ForAnotherRecipientOfTheSameKey_CreatesASeparateRecord()
    {
        var store = await NewStoreAsync();

        var a = await store.GetOrCreateAsync("drill:d3:p1", "+8613800000001", "text");
        var b = await store.GetOrCreateAsync("drill:d3:p1", "+8613800000002", "text");

        Assert.NotEqual(a.RepeatabilityRequestId, b.RepeatabilityRequestId);
    }

    [Fact]
    public async Task MarkFailedAsync_StoresTheReasonForTheNextReader()
    {
        var store = await NewStoreAsync();
        var record = await store.GetOrCreateAsync("drill:d4:p1", "+8613800000001", "text");

        await store.MarkFailedAsync(record, "400: Invalid To phone number format.");

        var stored = await store.FindAsync("drill:d4:p1", "+8613800000001");
        Assert.Equal(SmsOutboxStatus.Failed, stored!.Status);
        Assert.Equal("400: Invalid To phone number format.", stored.FailureReason);
    }

    [Fact]
    public async Task GetOrCreateAsync_WhenKeyHasASlash_ThrowsNamingTheKey()
    {
        var store = await NewStoreAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.GetOrCreateAsync("drill/d1", "+8613800000001", "text"));

        Assert.Contains("drill/d1", error.Message);
    }

    private static async Task<SmsOutboxStore> NewStoreAsync()
    {
        var storage = await TestStorage.NewAsync();
        return new SmsOutboxStore(storage.Service, storage.Options, TimeProvider.System);
    }
}
