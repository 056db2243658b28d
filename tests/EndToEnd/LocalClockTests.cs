using System.Net;
using System.Net.Http.Json;

namespace DrillPlatform.Tests.EndToEnd;

[Trait("Category", "EndToEnd")]
public class LocalClockTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task Advance_MovesTheLocalClockForwardByTheMinutesGiven()
    {
        var before = await host.Http.GetFromJsonAsync<JsonElement>("/dev/clock");
        var response = await host.Http.PostAsync("/dev/clock/advance?minutes=1440", null);
        var after = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var moved = after.GetProperty("now").GetDateTimeOffset() - before.GetProperty("now").GetDateTimeOffset();
        Assert.InRange(moved.TotalMinutes, 1440, 1445);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?minutes=0")]
    [InlineData("?minutes=-5")]
    [InlineData("?minutes=99999")]
    public async Task Advance_WithoutAValidMinutes_Returns400NamingTheParameter(string query)
    {
        var response = await host.Http.PostAsync($"/dev/clock/advance{query}", null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("minutes", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RunTimer_ByName_RunsItAndAnUnknownNameIs404()
    {
        var ran = await host.Http.PostAsync("/dev/timers/LaunchDueDrills/run", null);
        var state = await ran.Content.ReadFromJsonAsync<JsonElement>();
        var timer = state.GetProperty("timers").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "LaunchDueDrills");
        Assert.Equal(HttpStatusCode.OK, ran.StatusCode);
        Assert.NotEqual(JsonValueKind.Null, timer.GetProperty("lastRun").ValueKind);

        var unknown = await host.Http.PostAsync("/dev/timers/NoSuchTimer/run", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
