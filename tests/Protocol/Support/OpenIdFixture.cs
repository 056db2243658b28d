namespace DrillPlatform.Tests.Protocol.Support;

/// <summary>
/// One dev issuer served by Kestrel per test class (RSA key generation and server start are the
/// slow parts), plus a stranger key with the same issuer name for forgery cases.
/// </summary>
public sealed class OpenIdFixture : IAsyncLifetime
{
    public const string IssuerName = "http://localhost/dev-issuer";

    public DevIssuer Issuer { get; } = new(IssuerName);
    public DevIssuer Stranger { get; } = new(IssuerName);
    public OpenIdServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await OpenIdServer.StartAsync(Issuer);

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Issuer.Dispose();
        Stranger.Dispose();
    }
}
