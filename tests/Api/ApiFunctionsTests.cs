using System.Text;
using DrillPlatform.Core.Api;
using DrillPlatform.Functions.Api;
using DrillPlatform.Tests.EndToEnd;
using DrillPlatform.Tests.Functions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using static DrillPlatform.Tests.Api.ApiClient;

namespace DrillPlatform.Tests.Api;

/// <summary>The Functions side of the API: what the Worker SDK lists, and the classes invoked directly over the local host's services.</summary>
[Trait("Category", "EndToEnd")]
public sealed class ApiFunctionsTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Theory]
    [InlineData("CreateSchedule", "schedules", "post", "ScheduleFunctions")]
    [InlineData("ListSchedules", "schedules", "get", "ScheduleFunctions")]
    [InlineData("DeleteSchedule", "schedules/{id}", "delete", "ScheduleFunctions")]
    [InlineData("LaunchDrill", "drills", "post", "DrillFunctions")]
    [InlineData("GetDrill", "drills/{id}", "get", "DrillFunctions")]
    public void Metadata_ListsEachApiFunctionAsAnonymousHttpOnItsRoute(string name, string route, string method, string type)
    {
        var function = FunctionsMetadataTests.Functions().Single(f => f.GetProperty("name").GetString() == name);
        var trigger = function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "httpTrigger");

        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal([method], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
        Assert.Equal($"DrillPlatform.Functions.Api.{type}.{name}", function.GetProperty("entryPoint").GetString());
    }

    [Fact]
    public async Task Schedules_InvokedDirectly_CreatesAndListsForATrainer()
    {
        var functions = new ScheduleFunctions(host.App.Services.GetRequiredService<DrillsApi>());
        var token = await new ApiClient(host).TokenAsync(Trainer);

        var created = (ContentResult)await functions.CreateSchedule(Request("POST", token, ScheduleJson()), CancellationToken.None);
        var listed = (ContentResult)await functions.ListSchedules(Request("GET", token), CancellationToken.None);

        Assert.Equal(201, created.StatusCode);
        var id = JsonDocument.Parse(created.Content!).RootElement.GetProperty("id").GetString();
        Assert.Equal(200, listed.StatusCode);
        Assert.Contains(JsonDocument.Parse(listed.Content!).RootElement.EnumerateArray(), s => s.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task Drills_InvokedDirectlyWithoutToken_Returns401AndSetsTheChallenge()
    {
        var functions = new DrillFunctions(host.App.Services.GetRequiredService<DrillsApi>());
        var request = Request("GET", token: null);

        var result = (ContentResult)await functions.GetDrill(request, "d0123456789abcde", CancellationToken.None);

        Assert.Equal(401, result.StatusCode);
        Assert.Equal("Bearer", request.HttpContext.Response.Headers.WWWAuthenticate.ToString());
    }

    private static HttpRequest Request(string method, string? token, string? body = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body ?? ""));
        if (token is not null) context.Request.Headers.Authorization = $"Bearer {token}";
        return context.Request;
    }
}
