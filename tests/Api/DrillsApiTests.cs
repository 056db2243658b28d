using DrillPlatform.Tests.EndToEnd;
using static DrillPlatform.Tests.Api.ApiClient;

namespace DrillPlatform.Tests.Api;

/// <summary>POST /api/drills launches now; GET /api/drills/{id} shows every participant. Through the real local host.</summary>
[Trait("Category", "EndToEnd")]
public sealed class DrillsApiTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private readonly ApiClient api = new(host);

    [Fact]
    public async Task LaunchDrill_Returns202AndTheDrillListsItsParticipants()
    {
        var launch = await api.SendAsync(HttpMethod.Post, "/api/drills", Trainer, """
            { "scenarioId": "power-outage", "audience": { "departments": ["records"], "roles": ["records-clerk"] }, "responseDeadlineMinutes": 20 }
            """);
        var id = launch.Body.GetProperty("id").GetString()!;

        var asTrainer = await api.SendAsync(HttpMethod.Get, $"/api/drills/{id}", Trainer);
        var asManager = await api.SendAsync(HttpMethod.Get, $"/api/drills/{id}", Manager);

        Assert.Equal(202, launch.Status);
        Assert.Equal(200, asTrainer.Status);
        Assert.Equal(200, asManager.Status);
        Assert.Equal("launched", asTrainer.Body.GetProperty("status").GetString());
        Assert.Equal(20, asTrainer.Body.GetProperty("responseDeadlineMinutes").GetInt32());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, asTrainer.Body.GetProperty("launchedAt").ValueKind);
        var participants = asTrainer.Body.GetProperty("participants").EnumerateArray().ToList();
        Assert.True(participants.Count >= 5, $"the demo roster has many records clerks, got {participants.Count}");
        Assert.Contains(participants, p => p.GetProperty("name").GetString() == "李娜");
        Assert.All(participants, p => Assert.Contains(p.GetProperty("status").GetString(), new[] { "pending", "prompting", "prompted", "answered", "failed", "escalated" }));
        Assert.All(participants, p => Assert.True(p.TryGetProperty("score", out _) && p.TryGetProperty("reason", out _)));
    }

    [Fact]
    public async Task GetDrill_WhilePlanned_ShowsTheTimeToTrainersOnlyAndIsUnknownToManagers()
    {
        var id = $"d{Guid.NewGuid():N}"[..16];
        var drills = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<DrillPlatform.Core.Drills.Storage.DrillStore>(host.App.Services);
        await drills.AddPlannedAsync(new DrillPlatform.Core.Drills.Model.Drill
        {
            Id = id, ScheduleId = "s-secret", ScenarioId = "power-outage", Department = "records",
            LocalDate = new DateOnly(2031, 5, 6), PlannedAt = new DateTimeOffset(2031, 5, 6, 2, 17, 0, TimeSpan.Zero),
            Explanation = "Tuesday 10:17, a quiet hour for records",
        });

        var asTrainer = await api.SendAsync(HttpMethod.Get, $"/api/drills/{id}", Trainer);
        var asManager = await api.SendAsync(HttpMethod.Get, $"/api/drills/{id}", Manager);
        var reviewAsManager = await api.SendAsync(HttpMethod.Get, $"/api/drills/{id}/review", Manager);

        Assert.Equal(200, asTrainer.Status);
        Assert.Equal("Tuesday 10:17, a quiet hour for records", asTrainer.Body.GetProperty("explanation").GetString());
        Assert.Equal(404, asManager.Status);
        Assert.DoesNotContain("10:17", asManager.Body.GetRawText());
        Assert.DoesNotContain("2031", asManager.Body.GetRawText());
        Assert.Equal(404, reviewAsManager.Status);
    }

    [Theory]
    [InlineData("d0123456789abcde")]
    [InlineData("bad'id")]
    public async Task GetDrill_WhenUnknown_Returns404(string id)
    {
        var (status, _, _) = await api.SendAsync(HttpMethod.Get, $"/api/drills/{Uri.EscapeDataString(id)}", Manager);

        Assert.Equal(404, status);
    }

    [Theory]
    [InlineData("""{ "audience": {} }""", new[] { "scenarioId" })]
    [InlineData("""{ "scenarioId": "power-outage" }""", new[] { "audience" })]
    [InlineData("""{ "scenarioId": "nope", "audience": { "departments": ["records", "information"] } }""", new[] { "scenarioId", "audience.departments" })]
    [InlineData("""{ "scenarioId": "power-outage", "audience": { "onDutyOnly": "yes" }, "responseDeadlineMinutes": 5, "escalationDelayMinutes": 5 }""", new[] { "audience.onDutyOnly", "escalationDelayMinutes" })]
    [InlineData("""{ "scenarioId": 7, "audience": {}, "responseDeadlineMinutes": 99999 }""", new[] { "scenarioId", "responseDeadlineMinutes" })]
    [InlineData("not json", new[] { "body" })]
    public async Task LaunchDrill_WhenBodyIsBad_Returns400NamingTheFields(string json, string[] fields)
    {
        var (status, body, _) = await api.SendAsync(HttpMethod.Post, "/api/drills", Trainer, json);

        Assert.Equal(400, status);
        Assert.Equal(fields.Order(), Fields(body).Distinct().Order());
    }
}
