using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Tests.EndToEnd;
using static DrillPlatform.Tests.Api.ApiClient;

namespace DrillPlatform.Tests.Api;

/// <summary>Drill reviews, findings and corrective actions through the real local host.</summary>
[Trait("Category", "EndToEnd")]
public sealed class ReviewApiTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string LiNa = "c6f82666-2048-5a70-806f-37f6a7014aa4";
    private readonly ApiClient api = new(host);

    private async Task<Drill> ClosedDrillAsync(string department = "records")
    {
        var services = host.App.Services;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var drill = await services.GetRequiredService<DrillLauncher>().LaunchNowAsync("fire-records-store", DrillAudience.Department(department), "trainer", now, 30, 10);
        drill = (await services.GetRequiredService<DrillStore>().GetAsync(drill.Id))!;
        await services.GetRequiredService<DrillClosing>().CloseAsync(drill, now.AddMinutes(30), CancellationToken.None);
        return drill;
    }

    [Fact]
    public async Task Review_IsForTrainersAndTheDepartmentsManagers_NotStaffOrOtherManagers()
    {
        var records = await ClosedDrillAsync();
        var information = await ClosedDrillAsync("information");

        var trainer = await api.SendAsync(HttpMethod.Get, $"/api/drills/{records.Id}/review", Trainer);
        var manager = await api.SendAsync(HttpMethod.Get, $"/api/drills/{records.Id}/review", Manager);
        var staff = await api.SendAsync(HttpMethod.Get, $"/api/drills/{records.Id}/review", Staff);
        var otherManager = await api.SendAsync(HttpMethod.Get, $"/api/drills/{information.Id}/review", Manager);
        var missing = await api.SendAsync(HttpMethod.Get, "/api/drills/dnosuchdrill/review", Trainer);

        Assert.Equal((200, 200, 403, 403, 404), (trainer.Status, manager.Status, staff.Status, otherManager.Status, missing.Status));
        AssertProblem(403, staff.Body, staff.Response);
        var record = trainer.Body.GetProperty("record");
        Assert.Equal(records.Id, record.GetProperty("drillId").GetString());
        Assert.Equal("surprise", record.GetProperty("mode").GetString());
        Assert.True(record.GetProperty("counts").GetProperty("invited").GetInt32() > 0);
    }

    [Fact]
    public async Task FindingsAndActions_ByATrainer_AreStoredAndShown_AndBadInputNamesEveryField()
    {
        var drill = await ClosedDrillAsync();

        var bad = await api.SendAsync(HttpMethod.Post, $"/api/drills/{drill.Id}/findings", Trainer, """{ "kind": "meh", "observation": " ", "colour": 1 }""");
        var byManager = await api.SendAsync(HttpMethod.Post, $"/api/drills/{drill.Id}/findings", Manager, """{ "kind": "strength", "observation": "x" }""");
        var finding = await api.SendAsync(HttpMethod.Post, $"/api/drills/{drill.Id}/findings", Trainer,
            """{ "kind": "improvement", "observation": "Two clerks looked for the extinguisher in the wrong room", "cause": "It moved in January" }""");
        var findingId = finding.Body.GetProperty("id").GetString();
        var badAction = await api.SendAsync(HttpMethod.Post, "/api/corrective-actions", Trainer,
            $$"""{ "drillId": "{{drill.Id}}", "findingId": "fnope", "what": "Walk-through", "owner": "nobody@example.org", "dueDate": "2001-01-01" }""");
        var action = await api.SendAsync(HttpMethod.Post, "/api/corrective-actions", Trainer,
            $$"""{ "drillId": "{{drill.Id}}", "findingId": "{{findingId}}", "what": "Walk every clerk to the new place", "owner": "li.na@demo-hospital.example", "dueDate": "2099-01-31", "verifyByDrill": true }""");
        var review = await api.SendAsync(HttpMethod.Get, $"/api/drills/{drill.Id}/review", Manager);

        Assert.Equal(400, bad.Status);
        Assert.Equal(["colour", "kind", "observation"], Fields(bad.Body).Order());
        Assert.Equal(403, byManager.Status);
        Assert.Equal(201, finding.Status);
        Assert.Equal(400, badAction.Status);
        Assert.Equal(["dueDate", "findingId", "owner"], Fields(badAction.Body).Order());
        Assert.Equal(201, action.Status);
        Assert.Equal(LiNa, action.Body.GetProperty("action").GetProperty("owner").GetString());
        Assert.Equal("fire-records-store", action.Body.GetProperty("action").GetProperty("scenarioId").GetString());
        Assert.Equal("It moved in January", review.Body.GetProperty("findings")[0].GetProperty("cause").GetString());
        Assert.Equal("Walk every clerk to the new place", review.Body.GetProperty("correctiveActions")[0].GetProperty("what").GetString());
    }

    [Fact]
    public async Task CloseAction_WithANote_ClosesOnce_ThenAnswers409()
    {
        var drill = await ClosedDrillAsync();
        var action = await api.SendAsync(HttpMethod.Post, "/api/corrective-actions", Trainer,
            $$"""{ "drillId": "{{drill.Id}}", "what": "Re-brief the night shift", "owner": "{{LiNa}}", "dueDate": "2099-01-31" }""");
        var id = action.Body.GetProperty("action").GetProperty("id").GetString();

        var noNote = await api.SendAsync(HttpMethod.Post, $"/api/corrective-actions/{id}/close", Trainer, "{}");
        var closed = await api.SendAsync(HttpMethod.Post, $"/api/corrective-actions/{id}/close", Trainer, """{ "note": "Briefed on 3 March" }""");
        var again = await api.SendAsync(HttpMethod.Post, $"/api/corrective-actions/{id}/close", Trainer, """{ "note": "again" }""");
        var byStaff = await api.SendAsync(HttpMethod.Post, $"/api/corrective-actions/{id}/close", Staff, """{ "note": "x" }""");

        Assert.Equal((400, 200, 409, 403), (noNote.Status, closed.Status, again.Status, byStaff.Status));
        Assert.Equal("closed", closed.Body.GetProperty("status").GetString());
        Assert.Equal("Briefed on 3 March", closed.Body.GetProperty("closingNote").GetString());
    }
}
