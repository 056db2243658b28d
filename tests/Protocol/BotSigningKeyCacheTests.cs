using DrillPlatform.Tests.Protocol.Support;
using Microsoft.Extensions.Time.Testing;

namespace DrillPlatform.Tests.Protocol;

[Trait("Category", "Unit")]
public sealed class BotSigningKeyCacheTests : IAsyncLifetime
{
    private const string Issuer = "http://localhost/dev-issuer";
    private readonly DevIssuer first = new(Issuer);
    private readonly DevIssuer rotated = new(Issuer);
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private OpenIdServer openId = null!;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        openId = await OpenIdServer.StartAsync(first);
        this.services = ProtocolServices.Build(ProtocolServices.DevSettings(openId.MetadataUrl, Issuer), time);
    }

    public async Task DisposeAsync()
    {
        await this.services.DisposeAsync();
        await openId.DisposeAsync();
        first.Dispose();
        rotated.Dispose();
    }

    [Fact]
    public async Task FindAsync_WhenKeyRotates_PicksUpNewKidOnceMinimumIntervalPassed()
    {
        var cache = this.services.GetRequiredService<BotSigningKeyCache>();
        Assert.NotNull(await cache.FindAsync(first.KeyId, CancellationToken.None));

        openId.Issuer = rotated;
        Assert.Null(await cache.FindAsync(rotated.KeyId, CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(5));
        var found = await cache.FindAsync(rotated.KeyId, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Contains("msteams", found.Endorsements);
        Assert.Equal(2, openId.KeyFetches);
    }

    [Fact]
    public async Task FindAsync_WhenManyUnknownKidsArrive_FetchesAtMostOncePerMinimumInterval()
    {
        var cache = this.services.GetRequiredService<BotSigningKeyCache>();
        await cache.FindAsync(first.KeyId, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(5));

        for (var i = 0; i < 20; i++)
        {
            Assert.Null(await cache.FindAsync("forged-" + i, CancellationToken.None));
        }

        Assert.Equal(2, openId.KeyFetches);
    }

    [Fact]
    public async Task FindAsync_WhenRefreshIntervalPasses_RefetchesEvenForKnownKid()
    {
        var cache = this.services.GetRequiredService<BotSigningKeyCache>();
        await cache.FindAsync(first.KeyId, CancellationToken.None);
        await cache.FindAsync(first.KeyId, CancellationToken.None);
        Assert.Equal(1, openId.KeyFetches);

        time.Advance(TimeSpan.FromHours(24));
        await cache.FindAsync(first.KeyId, CancellationToken.None);
        await cache.Fetching;

        Assert.Equal(2, openId.KeyFetches);
    }

    [Fact]
    public async Task FindAsync_WhenRefreshFailsAfterAGoodFetch_KeepsServingCachedKeys()
    {
        var cache = this.services.GetRequiredService<BotSigningKeyCache>();
        await cache.FindAsync(first.KeyId, CancellationToken.None);
        await openId.DisposeAsync();

        time.Advance(TimeSpan.FromHours(25));
        var found = await cache.FindAsync(first.KeyId, CancellationToken.None);

        Assert.NotNull(found);
        openId = await OpenIdServer.StartAsync(first);
    }

    [Fact]
    public async Task FindAsync_WhenMetadataIsUnreachableAndNothingCached_ThrowsSigningKeysUnavailable()
    {
        var gone = await OpenIdServer.StartAsync(first);
        var url = gone.MetadataUrl;
        await gone.DisposeAsync();
        using var services = ProtocolServices.Build(ProtocolServices.DevSettings(url, Issuer), time);

        var cache = services.GetRequiredService<BotSigningKeyCache>();

        await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => cache.FindAsync(first.KeyId, CancellationToken.None));
    }

    [Fact]
    public void ReadJwksUri_WhenJwksUriIsPlainHttpOnAPublicHost_Refuses()
    {
        const string metadata = """{"issuer":"x","jwks_uri":"http://login.botframework.com/v1/.well-known/keys"}""";

        var error = Assert.Throws<InvalidOperationException>(() => OpenIdKeyDocument.ReadJwksUri(metadata));

        Assert.Contains("must use https", error.Message);
    }

    [Fact]
    public void ReadKeys_WhenKeyHasNoEndorsements_KeepsKeyWithEmptyEndorsements()
    {
        var jwks = first.JwksJson().Replace(",\"endorsements\":[\"msteams\",\"emulator\"]", "");

        var keys = OpenIdKeyDocument.ReadKeys(jwks);

        Assert.Empty(keys[first.KeyId].Endorsements);
    }

    [Fact]
    public void ReadKeys_WhenOneKeyIsUnreadable_StillReturnsTheOthers()
    {
        var good = first.JwksJson();
        var jwks = good.Insert(good.IndexOf('[') + 1, """{"kty":"RSA","kid":"broken","x":1},""");

        var keys = OpenIdKeyDocument.ReadKeys(jwks);

        Assert.Equal([first.KeyId], keys.Keys);
    }
}
