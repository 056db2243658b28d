using DrillPlatform.Core.Api;
using DrillPlatform.Core.Equipment.Api;
using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Scheduling;
using DrillPlatform.Core.Equipment.Tasks;

namespace DrillPlatform.Tests.Equipment;

[Trait("Category", "Storage")]
public class CheckApiHandlerTests
{
    private static readonly DateTimeOffset Opened = CheckTestHost.Noon(new DateOnly(2025, 3, 1));

    private static async Task<(CheckTestHost Host, CheckTask Task)> OpenCheckAsync()
    {
        var host = await CheckTestHost.StartAsync(Opened);
        await host.AddExtinguisherAsync("fe-t1", new DateOnly(2025, 2, 1), lastMaintenance: new DateOnly(2024, 12, 1));
        return (host, Assert.Single(await host.Get<CheckScheduling>().RunAsync(Opened)));
    }

    [Fact]
    // Staff are refused by the gate (ApiAccessTests.Api_ForStaff_Returns403), before any handler runs.
    public async Task EquipmentChecks_UnknownItem404AndKnownItem200()
    {
        var (host, _) = await OpenCheckAsync();
        await using var __ = host;
        var handler = host.Get<EquipmentChecksHandler>();

        var missing = await handler.GetAsync("no-such-item");
        Assert.Equal((404, 404), (missing.Status, ((ApiProblem)missing.Body!).Status));
        Assert.Contains("No equipment 'no-such-item'", ((ApiProblem)missing.Body!).Detail);
        Assert.Equal(200, (await handler.GetAsync("fe-t1")).Status);
        Assert.Equal(200, (await handler.GetAsync("FE-T1")).Status);
    }

    [Fact]
    public async Task EquipmentChecks_ListsTheCompletedRecordWithWhoWhenEachAnswerAndTheNote()
    {
        var (host, task) = await OpenCheckAsync();
        await using var _ = host;
        var definition = host.Get<CheckCatalog>().Get(task.CheckId)!;
        await host.Get<CheckCompletion>().SubmitAsync(CheckTestHost.Responsible,
            CheckTestHost.AllPass(task, definition, "seal") with { Note = "seal replaced" }, Opened.AddHours(2));

        var (status, body) = await host.Get<EquipmentChecksHandler>().GetAsync("fe-t1");

        Assert.Equal(200, status);
        var json = JsonSerializer.SerializeToElement(body, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var record = json.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("taskId").GetString() == task.Id);
        Assert.Equal("completed", record.GetProperty("status").GetString());
        Assert.Equal(CheckTestHost.Responsible.ObjectId, record.GetProperty("completedBy").GetString());
        Assert.Equal(Opened.AddHours(2), record.GetProperty("completedAt").GetDateTimeOffset());
        Assert.Equal("seal replaced", record.GetProperty("note").GetString());
        Assert.False(record.GetProperty("passed").GetBoolean());
        var seal = record.GetProperty("answers").EnumerateArray().Single(a => a.GetProperty("item").GetString() == "seal");
        Assert.Equal((false, "broken", false), (seal.GetProperty("pass").GetBoolean(), seal.GetProperty("note").GetString(), seal.GetProperty("critical").GetBoolean()));
        Assert.Equal(7, record.GetProperty("answers").GetArrayLength());
    }

    [Fact]
    public async Task ChecksQuery_ChecksStatusAndListsOnlyOverdueChecks()
    {
        var (host, task) = await OpenCheckAsync();
        await using var _ = host;
        var handler = host.Get<ChecksQueryHandler>();

        foreach (var bad in new[] { null, "", "late" })
        {
            var (status, body) = await handler.GetAsync(bad);
            var error = Assert.Single(((ApiProblem)body!).Errors!);
            Assert.Equal((400, "status"), (status, error.Field));
            Assert.Contains("must be one of: overdue, open", error.Reason);
        }
        Assert.Empty((IEnumerable<OverdueCheckView>)(await handler.GetAsync("overdue")).Body!);
        Assert.Single((IEnumerable<OverdueCheckView>)(await handler.GetAsync("open")).Body!);

        host.Time.SetUtcNow(Opened.AddDays(2));
        var overdue = Assert.Single((IEnumerable<OverdueCheckView>)(await handler.GetAsync("OVERDUE")).Body!);
        Assert.Equal((task.Id, 2, CheckTestHost.Responsible.ObjectId), (overdue.TaskId, overdue.DaysOverdue, overdue.Responsible));
    }
}
