using DrillPlatform.Tests.Protocol.Support;
using static DrillPlatform.Tests.Protocol.Support.ScriptedConnector;

namespace DrillPlatform.Tests.Protocol;

[Trait("Category", "Unit")]
public sealed class ConnectorClientTests : IDisposable
{
    private static readonly Activity Message = new() { Type = Activity.Types.Message, Text = "Drill starts now" };
    private readonly ServiceProvider services;

    public ConnectorClientTests()
    {
        var settings = ProtocolServices.DevSettings("https://example.org/openid", "x");
        settings["Bot:ConnectorRetry:MaxAttempts"] = "4";
        settings["Bot:ConnectorRetry:BaseDelay"] = "00:00:00.050";
        settings["Bot:ConnectorRetry:MaxTotalDelay"] = "00:00:05";
        settings["Bot:ConnectorRetry:InboundAttemptTimeout"] = "00:00:00.300";
        services = ProtocolServices.Build(settings, staticToken: "connector-token");
    }

    public void Dispose() => services.Dispose();

    private ConnectorClient Client => services.GetRequiredService<ConnectorClient>();

    [Fact]
    public async Task SendAsync_When429Then503Then201_SucceedsAfterHonouringRetryAfter()
    {
        await using var connector = await StartAsync(Status(429, retryAfter: "1"), Status(503), Created("msg-7"));

        var id = await Client.SendAsync(connector.ServiceUrl, "a:conv-1", Message, CancellationToken.None);

        Assert.Equal("msg-7", id);
        var requests = connector.Requests;
        Assert.Equal(3, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(950), "Retry-After: 1 was not honoured");
    }

    [Fact]
    public async Task SendAsync_WhenRetryAfterIsAnHttpDate_WaitsUntilThen()
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(2).ToString("R");
        await using var connector = await StartAsync(Status(429, retryAfter: until), Created("msg-8"));

        await Client.SendAsync(connector.ServiceUrl, "a:conv-1", Message, CancellationToken.None);

        var requests = connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(900), "the HTTP-date Retry-After was not honoured");
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(413)]
    [InlineData(500)]
    public async Task SendAsync_WhenStatusIsNotRetryable_ThrowsAtOnceAfterOneRequest(int status)
    {
        await using var connector = await StartAsync(Status(status, json: """{"error":{"code":"BotNotInConversationRoster"}}"""), Created("never"));

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => Client.SendAsync(connector.ServiceUrl, "a:conv-1", Message, CancellationToken.None));

        Assert.Equal(status, error.Status);
        Assert.Contains("BotNotInConversationRoster", error.Reason);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task SendAsync_WhenServiceStaysUnavailable_GivesUpAfterMaxAttempts()
    {
        await using var connector = await StartAsync(Status(503), Status(502), Status(504), Status(412), Created("late"));

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => Client.SendAsync(connector.ServiceUrl, "a:conv-1", Message, CancellationToken.None));

        Assert.Equal(412, error.Status);
        Assert.Contains("gave up after 4 attempts", error.Message);
        Assert.Equal(4, connector.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_WhenRetryAfterExceedsTheBudget_FailsFastWithoutWaiting()
    {
        await using var connector = await StartAsync(Status(429, retryAfter: "120"), Created("late"));
        var started = DateTimeOffset.UtcNow;

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => Client.SendAsync(connector.ServiceUrl, "a:conv-1", Message, CancellationToken.None));

        Assert.Equal(429, error.Status);
        Assert.Contains("Retry-After of 120 s exceeds", error.Reason);
        Assert.Single(connector.Requests);
        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task SendAsync_WhenNothingListens_RetriesNetworkErrorsThenThrowsWithStatusZero()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => Client.SendAsync("http://127.0.0.1:1/", "a:conv-1", Message, CancellationToken.None));

        Assert.Equal(0, error.Status);
        Assert.Contains("gave up after 4 attempts", error.Message);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task SendAsync_WhenAPostTimesOut_IsNotSentAgain()
    {
        await using var connector = await StartAsync(Slow(TimeSpan.FromSeconds(2)), Created("duplicate"));
        using var turn = ConnectorTurn.Begin();

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => Client.SendAsync(connector.ServiceUrl, "a:conv-1", Message, CancellationToken.None));

        Assert.Contains("not sent again", error.Reason);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task UpdateAsync_WhenAPutTimesOut_TriesAgainWithTheSameClientRequestId()
    {
        await using var connector = await StartAsync(Slow(TimeSpan.FromSeconds(2)), Status(200, json: """{"id":"1:msg"}"""));
        using var turn = ConnectorTurn.Begin();

        await Client.UpdateAsync(connector.ServiceUrl, "a:conv-1", "1:msg", Message, CancellationToken.None);

        var requests = connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(requests[0].Header("x-ms-client-request-id"), requests[1].Header("x-ms-client-request-id"));
        Assert.NotEmpty(requests[0].Header("x-ms-client-request-id"));
    }

    [Fact]
    public async Task SendAsync_InsideAnInboundTurn_DoesNotWaitOutALongRetryAfter()
    {
        await using var connector = await StartAsync(Status(429, retryAfter: "4"), Created("late"));
        using var turn = ConnectorTurn.Begin();
        var started = DateTimeOffset.UtcNow;

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => Client.SendAsync(connector.ServiceUrl, "a:conv-1", Message, CancellationToken.None));

        Assert.Equal(429, error.Status);
        Assert.Single(connector.Requests);
        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task CreateConversationAsync_SendsOneToOneRequestShapeWithBearerToken()
    {
        await using var connector = await StartAsync(Created("a:new-conversation"));

        var id = await Client.CreateConversationAsync(connector.ServiceUrl, "tenant-9", "28:bot-id", "29:member-id", CancellationToken.None);

        Assert.Equal("a:new-conversation", id);
        var request = Assert.Single(connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/amer/v3/conversations", request.RawTarget);
        Assert.Equal("Bearer connector-token", request.Authorization);
        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.False(body.GetProperty("isGroup").GetBoolean());
        Assert.Equal("28:bot-id", body.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal("29:member-id", Assert.Single(body.GetProperty("members").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("tenant-9", body.GetProperty("tenantId").GetString());
        Assert.Equal("tenant-9", body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
    }

    [Fact]
    public async Task UpdateAsync_UsesPutOnTheEscapedActivityPath()
    {
        await using var connector = await StartAsync(Status(200, json: """{"id":"1:msg"}"""));
        var serviceUrlWithoutSlash = connector.ServiceUrl.TrimEnd('/');

        await Client.UpdateAsync(serviceUrlWithoutSlash, "19:abc@thread.skype;messageid=1", "1:msg", Message, CancellationToken.None);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/amer/v3/conversations/19%3Aabc%40thread.skype%3Bmessageid%3D1/activities/1%3Amsg", request.RawTarget);
        Assert.Equal("Drill starts now", JsonDocument.Parse(request.Body).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task ReplyAsync_PostsToTheRepliedActivity()
    {
        await using var connector = await StartAsync(Created("reply-1"));

        var id = await Client.ReplyAsync(connector.ServiceUrl, "a:conv-1", "act/1", Message, CancellationToken.None);

        Assert.Equal("reply-1", id);
        var request = Assert.Single(connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/amer/v3/conversations/a%3Aconv-1/activities/act%2F1", request.RawTarget);
    }

    [Fact]
    public async Task SendAsync_WhenServiceUrlIsPlainHttpOnAPublicHost_RefusesToSendTheToken()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Client.SendAsync("http://smba.example.net/amer/", "a:conv-1", Message, CancellationToken.None));

        Assert.Contains("must use https", error.Message);
    }
}
