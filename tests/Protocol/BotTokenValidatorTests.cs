using DrillPlatform.Tests.Protocol.Support;
using Microsoft.Extensions.Time.Testing;

namespace DrillPlatform.Tests.Protocol;

/// <summary>The rejection matrix, driven through BotEndpoint so "handler never called" is checked too.</summary>
[Trait("Category", "Unit")]
public sealed class BotTokenValidatorTests(OpenIdFixture fixture) : IClassFixture<OpenIdFixture>
{
    private const string Issuer = OpenIdFixture.IssuerName;
    private readonly DevIssuer issuer = fixture.Issuer;
    private readonly OpenIdServer openId = fixture.Server;

    public static TheoryData<string, int, string> BadRequests => new()
    {
        { "no Authorization header", 401, "header is missing" },
        { "Basic scheme", 401, "Bearer scheme" },
        { "Bearer with nothing after it", 401, "Bearer scheme" },
        { "malformed JWT", 401, "well-formed JWT" },
        { "alg none", 401, "'none' is not allowed" },
        { "HS256 with a shared secret", 401, "'HS256' is not allowed" },
        { "unknown kid", 401, "signing key is not in" },
        { "known kid but another key signed it", 401, "signature is not valid" },
        { "tampered payload", 401, "signature is not valid" },
        { "expired beyond the 5 minute skew", 401, "expired" },
        { "not valid yet beyond the 5 minute skew", 401, "not valid yet" },
        { "no expiry", 401, "expir" },
        { "wrong issuer", 401, "issuer" },
        { "wrong audience", 401, "audience" },
        { "no serviceurl claim", 401, "no 'serviceurl' claim" },
        { "serviceurl claim for another service", 403, "does not match" },
        { "channel not endorsed by the key", 403, "not endorsed for channel 'slack'" },
        { "empty channelId", 403, "no channelId" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task ProcessAsync_WhenRequestIsNotAuthentic_RejectsWithStatusAndNeverCallsHandler(
        string badCase, int expectedStatus, string expectedReason)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (header, body) = BadCase(badCase, time);

        var (result, handler) = await ProcessAsync(header, body, time);

        Assert.Equal(expectedStatus, result.Status);
        Assert.Contains(expectedReason, ErrorOf(result), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task ProcessAsync_WhenTokenIsValid_CallsHandlerOnceAndAnswers200()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var token = issuer.CreateChannelToken(ProtocolServices.AppId, ChannelRequest.ServiceUrl);

        var (result, handler) = await ProcessAsync("Bearer " + token, ChannelRequest.ActivityJson(), time);

        Assert.Equal(200, result.Status);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task ProcessAsync_WhenTokenExpiredWithinClockSkew_StillAccepts()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var token = issuer.CreateChannelToken(ProtocolServices.AppId, ChannelRequest.ServiceUrl, TimeSpan.FromHours(1));
        time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(4));

        var (result, handler) = await ProcessAsync("Bearer " + token, ChannelRequest.ActivityJson(), time);

        Assert.Equal(200, result.Status);
        Assert.Equal(1, handler.Calls);
    }

    [Theory]
    [InlineData("emulator")]
    [InlineData("webchat")]
    [InlineData("directline")]
    public async Task ValidateAsync_WhenChannelIsNotTeams_RefusesEvenIfTheKeyEndorsesIt(string channel)
    {
        using var services = ProtocolServices.Build(ProtocolServices.DevSettings(openId.MetadataUrl, Issuer));
        var validator = services.GetRequiredService<BotTokenValidator>();
        var token = issuer.CreateChannelToken(ProtocolServices.AppId, ChannelRequest.ServiceUrl);
        var activity = Activity(channel, "tenant-1");

        var result = await validator.ValidateAsync("Bearer " + token, activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(403, result.Status);
    }

    [Theory]
    [InlineData("tenant-1", null, true)]
    [InlineData("tenant-evil", null, false)]
    [InlineData(null, null, false)]
    [InlineData("tenant-2", "tenant-1, tenant-2", true)]
    [InlineData("tenant-1", "tenant-2", false)]
    public async Task ValidateAsync_AcceptsTeamsActivitiesOnlyFromAllowedTenants(string? tenant, string? allowed, bool accepted)
    {
        var settings = ProtocolServices.DevSettings(openId.MetadataUrl, Issuer);
        settings["Bot:AllowedTenantIds"] = allowed;
        using var services = ProtocolServices.Build(settings);
        var validator = services.GetRequiredService<BotTokenValidator>();
        var token = issuer.CreateChannelToken(ProtocolServices.AppId, ChannelRequest.ServiceUrl);

        var result = await validator.ValidateAsync("Bearer " + token, Activity("msteams", tenant), CancellationToken.None);

        Assert.Equal(accepted, result.Succeeded);
        if (!accepted) Assert.Contains("Bot:AllowedTenantIds", result.Reason);
    }

    [Fact]
    public async Task ValidateAsync_ReadsTheTenantFromChannelDataLikeTeamsSendsIt()
    {
        using var services = ProtocolServices.Build(ProtocolServices.DevSettings(openId.MetadataUrl, Issuer));
        var validator = services.GetRequiredService<BotTokenValidator>();
        var token = issuer.CreateChannelToken(ProtocolServices.AppId, ChannelRequest.ServiceUrl);
        var activity = Activity("msteams", null);
        activity.ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(new { tenant = new { id = "tenant-1" } });

        var result = await validator.ValidateAsync("Bearer " + token, activity, CancellationToken.None);

        Assert.True(result.Succeeded, result.Reason);
    }

    private static Activity Activity(string channel, string? tenant) => new()
    {
        Type = "message", ChannelId = channel, ServiceUrl = ChannelRequest.ServiceUrl,
        Conversation = new ConversationAccount { Id = "a:1", TenantId = tenant },
    };

    private async Task<(BotHttpResult Result, CountingActivityHandler Handler)> ProcessAsync(string? header, string body, TimeProvider time)
    {
        var handler = new CountingActivityHandler();
        using var services = ProtocolServices.Build(ProtocolServices.DevSettings(openId.MetadataUrl, Issuer), time, handler);
        using var scope = services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<BotEndpoint>().ProcessAsync(header, body, CancellationToken.None);
        return (result, handler);
    }

    private (string? Header, string Body) BadCase(string badCase, FakeTimeProvider time)
    {
        var appId = ProtocolServices.AppId;
        var url = ChannelRequest.ServiceUrl;
        var good = issuer.CreateChannelToken(appId, url);
        var body = ChannelRequest.ActivityJson();
        var serviceUrlClaim = new Dictionary<string, object> { [BotTokenValidator.ServiceUrlClaim] = url };
        switch (badCase)
        {
            case "no Authorization header": return (null, body);
            case "Basic scheme": return ("Basic " + Convert.ToBase64String("user:pass"u8.ToArray()), body);
            case "Bearer with nothing after it": return ("Bearer ", body);
            case "malformed JWT": return ("Bearer not.a-jwt", body);
            case "alg none": return ("Bearer " + TestTokens.Unsigned(Issuer, appId, url), body);
            case "HS256 with a shared secret": return ("Bearer " + TestTokens.Hmac(Issuer, appId, url, issuer.KeyId), body);
            case "unknown kid": return ("Bearer " + fixture.Stranger.CreateChannelToken(appId, url), body);
            case "known kid but another key signed it":
                var forged = ChannelRequest.Signed(fixture.Stranger, Issuer, appId, serviceUrlClaim);
                return ("Bearer " + forged.Replace(Header(forged), Header(good)), body);
            case "tampered payload": return ("Bearer " + TestTokens.Tampered(good, Issuer, appId, url), body);
            case "expired beyond the 5 minute skew":
                time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(6));
                return ("Bearer " + good, body);
            case "not valid yet beyond the 5 minute skew":
                time.AdjustTime(DateTimeOffset.UtcNow - TimeSpan.FromMinutes(6));
                return ("Bearer " + good, body);
            case "no expiry":
                return ("Bearer " + ChannelRequest.Signed(issuer, Issuer, appId, serviceUrlClaim, withExpiry: false), body);
            case "wrong issuer": return ("Bearer " + ChannelRequest.Signed(issuer, "https://api.botframework.com", appId, serviceUrlClaim), body);
            case "wrong audience": return ("Bearer " + ChannelRequest.Signed(issuer, Issuer, "some-other-bot", serviceUrlClaim), body);
            case "no serviceurl claim": return ("Bearer " + ChannelRequest.Signed(issuer, Issuer, appId, new Dictionary<string, object>()), body);
            case "serviceurl claim for another service":
                return ("Bearer " + good, ChannelRequest.ActivityJson(serviceUrl: "https://attacker.example/"));
            case "channel not endorsed by the key": return ("Bearer " + good, ChannelRequest.ActivityJson(channelId: "slack"));
            case "empty channelId": return ("Bearer " + good, ChannelRequest.ActivityJson(channelId: ""));
            default: throw new ArgumentOutOfRangeException(nameof(badCase), badCase, "No such case.");
        }
    }

    private static string? ErrorOf(BotHttpResult result) =>
        System.Text.Json.JsonDocument.Parse(result.JsonBody!).RootElement.GetProperty("error").GetString();

    private static string Header(string jwt) => jwt[..jwt.IndexOf('.')];
}
