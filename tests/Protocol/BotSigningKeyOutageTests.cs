using DrillPlatform.Tests.Protocol.Support;
using Microsoft.Extensions.Time.Testing;

namespace DrillPlatform.Tests.Protocol;

/// <summary>
/// The metadata endpoint down (500) or hanging while the cached keys are still good: requests are
/// answered from the cache at once, fetches are counted at the local endpoint, and the keys are
/// refreshed once it answers again.
/// </summary>
[Trait("Category", "Unit")]
public sealed class BotSigningKeyOutageTests : IAsyncLifetime
{
    private const string Issuer = "http://localhost/dev-issuer";
    // Answered from the cache: well inside the 30 s the HTTP client would wait for a hanging endpoint.
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(10);
    // A fetch against the local endpoint, generous for a loaded machine.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);
    private readonly DevIssuer first = new(Issuer);
    private readonly DevIssuer rotated = new(Issuer);
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private OpenIdServer openId = null!;
    private ServiceProvider services = null!;

    private BotSigningKeyCache Cache => services.GetRequiredService<BotSigningKeyCache>();

    public async Task InitializeAsync()
    {
        openId = await OpenIdServer.StartAsync(first);
        services = ProtocolServices.Build(ProtocolServices.DevSettings(openId.MetadataUrl, Issuer), time);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await openId.DisposeAsync();
        first.Dispose();
        rotated.Dispose();
    }

    [Fact]
    public async Task FindAsync_WhenTheEndpointFailsAfterKeysGoStale_ServesCachedKeysFetchingOncePerBackoffAndRefreshesWhenItReturns()
    {
        Assert.NotNull(await Cache.FindAsync(first.KeyId, CancellationToken.None));
        openId.State = OpenIdServerState.Failing;
        time.Advance(TimeSpan.FromHours(25));

        for (var i = 0; i < 50; i++)
            Assert.NotNull(await Cache.FindAsync(first.KeyId, CancellationToken.None));
        await Cache.Fetching.WaitAsync(Settle);
        for (var i = 0; i < 50; i++)
            Assert.NotNull(await Cache.FindAsync(first.KeyId, CancellationToken.None));
        Assert.Equal(2, openId.MetadataFetches);

        // Backoff: the next try after 10 s, then after 20 s more, not before.
        time.Advance(BotSigningKeyCache.FirstRetryDelay);
        await FindKnownAndSettleAsync();
        Assert.Equal(3, openId.MetadataFetches);
        time.Advance(BotSigningKeyCache.FirstRetryDelay);
        await FindKnownAndSettleAsync();
        Assert.Equal(3, openId.MetadataFetches);
        time.Advance(BotSigningKeyCache.FirstRetryDelay);
        await FindKnownAndSettleAsync();
        Assert.Equal(4, openId.MetadataFetches);

        openId.Issuer = rotated;
        openId.State = OpenIdServerState.Up;
        time.Advance(BotSigningKeyCache.FirstRetryDelay * 4);
        await FindKnownAndSettleAsync();
        Assert.NotNull(await Cache.FindAsync(rotated.KeyId, CancellationToken.None));
        Assert.Equal(5, openId.MetadataFetches);
    }

    [Fact]
    public async Task FindAsync_WhenTheEndpointHangsAfterKeysGoStale_AnswersWithoutWaitingAndGivesTheFetchUpAfterTheTimeout()
    {
        await Cache.FindAsync(first.KeyId, CancellationToken.None);
        openId.State = OpenIdServerState.Hanging;
        time.Advance(TimeSpan.FromHours(25));

        for (var i = 0; i < 20; i++)
            Assert.NotNull(await Cache.FindAsync(first.KeyId, CancellationToken.None).WaitAsync(Quick));
        await WaitUntilAsync(() => openId.MetadataFetches == 2);
        Assert.False(Cache.Fetching.IsCompleted);

        time.Advance(BotSigningKeyCache.FetchTimeout);
        await Cache.Fetching.WaitAsync(Settle);
        Assert.Equal(2, openId.MetadataFetches);

        openId.State = OpenIdServerState.Up;
        time.Advance(BotSigningKeyCache.FirstRetryDelay);
        await FindKnownAndSettleAsync();
        Assert.Equal(2, openId.KeyFetches);
    }

    [Fact]
    public async Task FindAsync_WhenUnknownKidsArriveDuringAnOutage_FetchesAtMostOncePerBackoffWindow()
    {
        await Cache.FindAsync(first.KeyId, CancellationToken.None);
        openId.State = OpenIdServerState.Failing;
        time.Advance(TimeSpan.FromHours(25));

        for (var i = 0; i < 20; i++)
        {
            Assert.Null(await Cache.FindAsync("forged-" + i, CancellationToken.None));
            Assert.NotNull(await Cache.FindAsync(first.KeyId, CancellationToken.None));
        }

        Assert.Equal(2, openId.MetadataFetches);
    }

    [Fact]
    public async Task FindAsync_WhenNothingIsCachedAndTheEndpointFails_FailsFastUntilTheBackoffEnds()
    {
        openId.State = OpenIdServerState.Failing;

        for (var i = 0; i < 10; i++)
            await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => Cache.FindAsync(first.KeyId, CancellationToken.None));
        Assert.Equal(1, openId.MetadataFetches);

        openId.State = OpenIdServerState.Up;
        time.Advance(BotSigningKeyCache.FirstRetryDelay);
        Assert.NotNull(await Cache.FindAsync(first.KeyId, CancellationToken.None));
        Assert.Equal(2, openId.MetadataFetches);
    }

    private async Task FindKnownAndSettleAsync()
    {
        Assert.NotNull(await Cache.FindAsync(first.KeyId, CancellationToken.None).WaitAsync(Quick));
        await Cache.Fetching.WaitAsync(Settle);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Settle;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not come true in time");
            await Task.Delay(10);
        }
    }
}
