using System.Text;
using DrillPlatform.Functions;
using DrillPlatform.Tests.EndToEnd;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DrillPlatform.Tests.Functions;

[Trait("Category", "EndToEnd")]
public class MessagesFunctionTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task Messages_WhenUnsigned_Returns401()
    {
        var function = new Messages(host.App.Services.GetRequiredService<BotEndpoint>());
        var result = (ContentResult)await function.Run(Request(Activity(), token: null), CancellationToken.None);
        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task Messages_WhenSignedByTheTrustedIssuer_Returns2xx()
    {
        var issuer = host.App.Services.GetRequiredService<DevIssuer>();
        var activity = Activity();
        var function = new Messages(host.App.Services.GetRequiredService<BotEndpoint>());

        var result = (ContentResult)await function.Run(
            Request(activity, issuer.CreateChannelToken(LocalDevelopment.DevAppId, activity.ServiceUrl!)), CancellationToken.None);

        Assert.InRange(result.StatusCode ?? 0, 200, 299);
    }

    [Fact]
    public async Task Messages_WhenAnAuthenticActivityIsTwoMegabytes_Returns413()
    {
        var issuer = host.App.Services.GetRequiredService<DevIssuer>();
        var activity = Activity();
        activity.Type = "message";
        activity.Text = new string('x', 2 * 1024 * 1024);
        var function = new Messages(host.App.Services.GetRequiredService<BotEndpoint>());

        var result = (ContentResult)await function.Run(
            Request(activity, issuer.CreateChannelToken(LocalDevelopment.DevAppId, activity.ServiceUrl!)), CancellationToken.None);

        Assert.Equal(413, result.StatusCode);
    }

    [Fact]
    public async Task LocalHostMessages_WhenAnAuthenticActivityIsTwoMegabytes_Returns413()
    {
        var issuer = host.App.Services.GetRequiredService<DevIssuer>();
        var activity = Activity();
        activity.Type = "message";
        activity.Text = new string('x', 2 * 1024 * 1024);
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{host.BaseUrl}/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, ProtocolJson.Options), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", issuer.CreateChannelToken(LocalDevelopment.DevAppId, activity.ServiceUrl!));

        using var response = await client.SendAsync(request);

        Assert.Equal(413, (int)response.StatusCode);
    }

    private Activity Activity() => new()
    {
        Type = "conversationUpdate",
        ChannelId = "msteams",
        ServiceUrl = $"{host.BaseUrl}/emulator/",
        From = new ChannelAccount { Id = "29:x" },
        Conversation = new ConversationAccount { Id = $"a:fn-{Guid.NewGuid():N}", ConversationType = "personal" },
        Recipient = new ChannelAccount { Id = $"28:{LocalDevelopment.DevAppId}" },
        ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = LocalDevelopment.DevTenantId } }),
    };

    private static HttpRequest Request(Activity activity, string? token)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(activity, ProtocolJson.Options));
        context.Request.Body = new MemoryStream(bytes);
        context.Request.ContentLength = bytes.Length;
        if (token is not null) context.Request.Headers.Authorization = $"Bearer {token}";
        return context.Request;
    }
}
