using DrillPlatform.Tests.Protocol.Support;

namespace DrillPlatform.Tests.Protocol;

[Trait("Category", "Unit")]
public sealed class BotEndpointTests : IClassFixture<OpenIdFixture>, IDisposable
{
    private const string Issuer = OpenIdFixture.IssuerName;
    private readonly DevIssuer issuer;
    private readonly CountingActivityHandler handler = new();
    private readonly ServiceProvider services;

    public BotEndpointTests(OpenIdFixture fixture)
    {
        issuer = fixture.Issuer;
        this.services = ProtocolServices.Build(ProtocolServices.DevSettings(fixture.Server.MetadataUrl, Issuer), handler: this.handler);
    }

    public void Dispose() => this.services.Dispose();

    private string Bearer => "Bearer " + issuer.CreateChannelToken(ProtocolServices.AppId, ChannelRequest.ServiceUrl);

    [Theory]
    [InlineData("", "empty")]
    [InlineData("{not json", "not a valid Activity JSON")]
    [InlineData("[1,2]", "not a valid Activity JSON")]
    [InlineData("null", "not a valid Activity JSON")]
    [InlineData("""{"id":"1","channelId":"msteams"}""", "no 'type'")]
    public async Task ProcessAsync_WhenBodyIsNotAnActivity_Answers400WithReasonAndSkipsHandler(string body, string reason)
    {
        var result = await ProcessAsync(Bearer, body);

        Assert.Equal(400, result.Status);
        Assert.Contains(reason, Error(result));
        Assert.Equal(0, this.handler.Calls);
    }

    [Fact]
    public async Task ProcessAsync_WhenBodyIsMalformedButHeaderMissing_Answers401BeforeParsing()
    {
        var result = await ProcessAsync(null, "{not json");

        Assert.Equal(401, result.Status);
    }

    [Fact]
    public async Task ProcessAsync_WhenMessageIsAuthentic_Answers200WithoutBody()
    {
        var result = await ProcessAsync(Bearer, ChannelRequest.ActivityJson());

        Assert.Equal(new BotHttpResult(200, null), result);
        Assert.Equal(1, this.handler.Calls);
    }

    [Fact]
    public async Task ProcessAsync_WhenInvokeIsAuthentic_AnswersWithInvokeResponseStatusAndBody()
    {
        this.handler.Respond = _ => new InvokeResponse(200, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = "Saved" });

        var result = await ProcessAsync(Bearer, ChannelRequest.ActivityJson(type: "invoke", name: "adaptiveCard/action"));

        Assert.Equal(200, result.Status);
        using var body = JsonDocument.Parse(result.JsonBody!);
        Assert.Equal("Saved", body.RootElement.GetProperty("value").GetString());
    }

    [Fact]
    public async Task ProcessAsync_WhenInvokeHasNoResponse_Answers501LikeTheSdk()
    {
        var result = await ProcessAsync(Bearer, ChannelRequest.ActivityJson(type: "invoke", name: "unknown/thing"));

        Assert.Equal(501, result.Status);
    }

    [Fact]
    public async Task ProcessAsync_WhenHandlerThrows_Answers500WithoutLeakingTheException()
    {
        this.handler.Respond = _ => throw new InvalidOperationException("secret internal detail");

        var result = await ProcessAsync(Bearer, ChannelRequest.ActivityJson());

        Assert.Equal(500, result.Status);
        Assert.DoesNotContain("secret internal detail", result.JsonBody);
    }

    [Fact]
    public async Task ProcessAsync_WhenSigningKeysCannotBeLoaded_Answers503AndSkipsHandler()
    {
        var settings = ProtocolServices.DevSettings("http://127.0.0.1:1/.well-known/openidconfiguration", Issuer);
        using var services = ProtocolServices.Build(settings, handler: this.handler);
        using var scope = services.CreateScope();

        var result = await scope.ServiceProvider.GetRequiredService<BotEndpoint>()
            .ProcessAsync(Bearer, ChannelRequest.ActivityJson(), CancellationToken.None);

        Assert.Equal(503, result.Status);
        Assert.Equal(0, this.handler.Calls);
    }

    private async Task<BotHttpResult> ProcessAsync(string? header, string body)
    {
        using var scope = this.services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BotEndpoint>().ProcessAsync(header, body, CancellationToken.None);
    }

    private static string? Error(BotHttpResult result) =>
        JsonDocument.Parse(result.JsonBody!).RootElement.GetProperty("error").GetString();
}
