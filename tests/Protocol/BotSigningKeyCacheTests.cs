using DrillPlatform.Bot.Protocol;
using DrillPlatform.Tests.Protocol.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DrillPlatform.Tests.Protocol;

[Trait("Category", "Unit")]
public sealed class BotSigningKeyCacheTests : IAsyncLifetime
{
    private const string Issuer = "http://localhost/dev-issuer";
    private readonly DevIssuer _first = new(Issuer);
    private readonly DevIssuer _rotated = new(Issuer);
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private OpenIdServer _openId = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _openId = await OpenIdServer.StartAsync(_first);
        _services = ProtocolServices.Build(ProtocolServices.DevSettings(_openId.MetadataUrl, Issuer), _time);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _openId.DisposeAsync();
        _first.Dispose();
        _rotated.Dispose();
    }

    [Fact]
    public async Task FindAsync_WhenKeyRotates_PicksUpNewKidOnceMinimumIntervalPassed()
    {
        var cache = _services.GetRequiredService<BotSigningKeyCache>();
        Assert.NotNull(await cache.FindAsync(_first.KeyId, CancellationToken.None));

        _openId.Issuer = _rotated;
        Assert.Null(await cache.FindAsync(_rotated.KeyId, CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(5));
        var found = await cache.FindAsync(_rotated.KeyId, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Contains("msteams", found.Endorsements);
        Assert.Equal(2, _openId.KeyFetches);
    }

    [Fact]
    public async Task FindAsync_WhenManyUnknownKidsArrive_FetchesAtMostOncePerMinimumInterval()
    {
        var cache = _services.GetRequiredService<BotSigningKeyCache>();
        await cache.FindAsync(_first.KeyId, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(5));

        for (var i = 0; i < 20; i++)
        {
            Assert.Null(await cache.FindAsync("forged-" + i, CancellationToken.None));
        }

        Assert.Equal(2, _openId.KeyFetches);
    }

    [Fact]
    public async Task FindAsync_WhenRefreshIntervalPasses_RefetchesEvenForKnownKid()
    {
        var cache = _services.GetRequiredService<BotSigningKeyCache>();
        await cache.FindAsync(_first.KeyId, CancellationToken.None);
        await cache.FindAsync(_first.KeyId, CancellationToken.None);
        Assert.Equal(1, _openId.KeyFetches);

        _time.Advance(TimeSpan.FromHours(24));
        await cache.FindAsync(_first.KeyId, CancellationToken.None);

        Assert.Equal(2, _openId.KeyFetches);
    }

    [Fact]
    public async Task FindAsync_WhenRefreshFailsAfterAGoodFetch_KeepsServingCachedKeys()
    {
        var cache = _services.GetRequiredService<BotSigningKeyCache>();
        await cache.FindAsync(_first.KeyId, CancellationToken.None);
        await _openId.DisposeAsync();

        _time.Advance(TimeSpan.FromHours(25));
        var found = await cache.FindAsync(_first.KeyId, CancellationToken.None);

        Assert.NotNull(found);
        _openId = await OpenIdServer.StartAsync(_first);
    }

    [Fact]
    public async Task FindAsync_WhenMetadataIsUnreachableAndNothingCached_ThrowsSigningKeysUnavailable()
    {
        var gone = await OpenIdServer.StartAsync(_first);
        var url = gone.MetadataUrl;
        await gone.DisposeAsync();
        using var services = ProtocolServices.Build(ProtocolServices.DevSettings(url, Issuer), _time);

        var cache = services.GetRequiredService<BotSigningKeyCache>();

        await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => cache.FindAsync(_first.KeyId, CancellationToken.None));
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
        var jwks = _first.JwksJson().Replace(",\"endorsements\":[\"msteams\",\"emulator\"]", "");

        var keys = OpenIdKeyDocument.ReadKeys(jwks);

        Assert.Empty(keys[_first.KeyId].Endorsements);
    }

    [Fact]
    public void ReadKeys_WhenOneKeyIsUnreadable_StillReturnsTheOthers()
    {
        var good = _first.JwksJson();
        var jwks = good.Insert(good.IndexOf('[') + 1, """{"kty":"RSA","kid":"broken","x":1},""");

        var keys = OpenIdKeyDocument.ReadKeys(jwks);

        Assert.Equal([_first.KeyId], keys.Keys);
    }
}
