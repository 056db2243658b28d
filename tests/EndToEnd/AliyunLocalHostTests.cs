using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;

namespace DrillPlatform.Tests.EndToEnd;

[Trait("Category", "EndToEnd")]
public class AliyunLocalHostTests
{
    [Fact]
    public async Task LocalHost_WithProviderAliyun_TextsThroughTheSignedAlibabaCloudSinkAndShowsItInTheOutbox()
    {
        var baseUrl = $"http://127.0.0.1:{FreePort.Next()}";
        await using var app = await LocalHost.BuildAsync(
        [
            "--urls", baseUrl,
            "--Storage:ConnectionString", await AzuriteFixture.ConnectionStringAsync(),
            "--Storage:Prefix", AzuriteFixture.NewPrefix(),
            "--Logging:LogLevel:Default", "Warning",
            "--Sms:Provider", "Aliyun",
        ]);
        await app.StartAsync();
        try
        {
            var sender = app.Services.GetRequiredService<SmsSender>();

            var result = await sender.SendOnceAsync("drill:e2e:p1", new SmsRecipient("+8613800000002", "zh-CN"), "drill-reminder",
                new { ScenarioTitle = "病案库房火灾", MinutesLeft = 7 });

            Assert.True(result.Successful, result.ErrorMessage);
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
            var outbox = await http.GetFromJsonAsync<JsonElement>("/sms/outbox?full=true");
            var sms = Assert.Single(outbox.EnumerateArray());
            Assert.Equal("+8613800000002", sms.GetProperty("to").GetString());
            Assert.StartsWith("【应急演练平台】", sms.GetProperty("message").GetString());
            Assert.Contains("还剩 7 分钟", sms.GetProperty("message").GetString());
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
