using DrillPlatform.Tests.EndToEnd;
using static DrillPlatform.Tests.Api.ApiClient;

namespace DrillPlatform.Tests.Api;

/// <summary>POST, GET and DELETE /api/schedules as a trainer, through the real local host on Azurite.</summary>
[Trait("Category", "EndToEnd")]
public sealed class SchedulesApiTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private readonly ApiClient api = new(host);

    [Fact]
    public async Task Schedules_Trainer_CreatesListsAndDeletes()
    {
        var created = await api.SendAsync(HttpMethod.Post, "/api/schedules", Trainer, ScheduleJson());
        var id = created.Body.GetProperty("id").GetString()!;
        var listed = await api.SendAsync(HttpMethod.Get, "/api/schedules", Trainer);
        var deleted = await api.SendAsync(HttpMethod.Delete, $"/api/schedules/{id}", Trainer);
        var after = await api.SendAsync(HttpMethod.Get, "/api/schedules", Trainer);

        Assert.Equal(201, created.Status);
        Assert.Equal("fire-records-store", created.Body.GetProperty("scenarioId").GetString());
        Assert.Equal("perMonth", created.Body.GetProperty("cadence").GetProperty("kind").GetString());
        Assert.Equal("08:30", created.Body.GetProperty("workingHours").GetProperty("start").GetString());
        Assert.False(created.Body.TryGetProperty("seed", out _), "the seed is secret");
        Assert.Contains(listed.Body.EnumerateArray(), s => s.GetProperty("id").GetString() == id);
        Assert.Equal(200, deleted.Status);
        Assert.DoesNotContain(after.Body.EnumerateArray(), s => s.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task DeleteSchedule_CancelsItsPlannedDrills()
    {
        var created = await api.SendAsync(HttpMethod.Post, "/api/schedules", Trainer, ScheduleJson());
        var scheduleId = created.Body.GetProperty("id").GetString()!;
        var drills = host.App.Services.GetRequiredService<DrillStore>();
        var drill = new Drill
        {
            Id = DrillIds.ForPlan(scheduleId, new DateOnly(2031, 3, 12), "records"),
            ScheduleId = scheduleId,
            ScenarioId = "fire-records-store",
            Department = "records",
            LocalDate = new DateOnly(2031, 3, 12),
            PlannedAt = new DateTimeOffset(2031, 3, 12, 2, 0, 0, TimeSpan.Zero),
        };
        await drills.AddPlannedAsync(drill);

        var deleted = await api.SendAsync(HttpMethod.Delete, $"/api/schedules/{scheduleId}", Trainer);

        Assert.Equal(1, deleted.Body.GetProperty("cancelledDrills").GetInt32());
        Assert.Equal(DrillStatus.Cancelled, (await drills.GetAsync(drill.Id))!.Status);
    }

    [Theory]
    [InlineData("s0123456789abcde")]
    [InlineData("no%2Fsuch%23id")]
    public async Task DeleteSchedule_WhenUnknown_Returns404(string id)
    {
        var (status, body, response) = await api.SendAsync(HttpMethod.Delete, $"/api/schedules/{id}", Trainer);

        Assert.Equal(404, status);
        AssertProblem(404, body, response);
        Assert.Contains("No schedule", body.GetProperty("detail").GetString());
    }

    public static TheoryData<string, string[]> BadBodies => new()
    {
        { "{ \"scenarioId\": ", ["body"] },
        { "[1, 2]", ["body"] },
        { "", ["body"] },
        { ScheduleJson().Replace("\"scenarioId\": \"fire-records-store\",", ""), ["scenarioId"] },
        { ScheduleJson(scenarioId: "alien-invasion"), ["scenarioId"] },
        { ScheduleJson(earliest: "2031-04-01", latest: "2031-03-01"), ["latest"] },
        { ScheduleJson(earliest: "1 March"), ["earliest"] },
        { ScheduleJson(cadence: """{ "kind": "weekly", "count": 1 }"""), ["cadence.kind"] },
        { ScheduleJson(cadence: """{ "kind": "perMonth", "count": 0 }"""), ["cadence.count"] },
        { ScheduleJson(cadence: "\"often\""), ["cadence"] },
        { ScheduleJson().Replace("\"records-clerk\"", "\"astronaut\"").Replace("\"records\"]", "\"nowhere\"]"), ["audience.roles", "audience.departments"] },
        { ScheduleJson().Replace("\"escalationDelayMinutes\": 10", "\"escalationDelayMinutes\": 45, \"colour\": \"red\""), ["escalationDelayMinutes", "colour"] },
        { ScheduleJson().Replace("\"08:30\"", "\"18:30\""), ["workingHours"] },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task CreateSchedule_WhenBodyIsBad_Returns400NamingEveryBadField(string json, string[] fields)
    {
        var (status, body, response) = await api.SendAsync(HttpMethod.Post, "/api/schedules", Trainer, json);

        Assert.Equal(400, status);
        AssertProblem(400, body, response);
        Assert.Equal(fields.Order(), Fields(body).Distinct().Order());
        Assert.All(body.GetProperty("errors").EnumerateArray(), e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("reason").GetString())));
    }

    [Fact]
    public async Task CreateSchedule_WhenAnnouncedWithoutTime_NamesAnnouncedAt()
    {
        var json = ScheduleJson().Replace("\"mode\": \"surprise\"", "\"mode\": \"announced\"");

        var (status, body, response) = await api.SendAsync(HttpMethod.Post, "/api/schedules", Trainer, json);

        Assert.Equal(400, status);
        AssertProblem(400, body, response);
        Assert.Contains("announcedAt", Fields(body));
    }
}
