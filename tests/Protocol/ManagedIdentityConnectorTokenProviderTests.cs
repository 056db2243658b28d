using Azure.Core;
using Microsoft.Extensions.Time.Testing;

namespace DrillPlatform.Tests.Protocol;

[Trait("Category", "Unit")]
public sealed class ManagedIdentityConnectorTokenProviderTests
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task GetTokenAsync_ReusesTokenUntilFiveMinutesBeforeExpiry()
    {
        var credential = new CountingCredential(this.time, TimeSpan.FromHours(1));
        var provider = new ManagedIdentityConnectorTokenProvider(credential, "https://api.botframework.com/.default", this.time);

        var first = await provider.GetTokenAsync(CancellationToken.None);
        this.time.Advance(TimeSpan.FromMinutes(54));
        var stillCached = await provider.GetTokenAsync(CancellationToken.None);
        this.time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var renewed = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(first, stillCached);
        Assert.NotEqual(first, renewed);
        Assert.Equal(2, credential.Calls);
        Assert.Equal(["https://api.botframework.com/.default"], credential.LastScopes);
    }

    private sealed class CountingCredential(TimeProvider time, TimeSpan lifetime) : TokenCredential
    {
        public int Calls { get; private set; }
        public string[] LastScopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The provider must use the async path.");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Calls++;
            LastScopes = requestContext.Scopes;
            return ValueTask.FromResult(new AccessToken($"token-{Calls}", time.GetUtcNow() + lifetime));
        }
    }
}
