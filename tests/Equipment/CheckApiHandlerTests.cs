using System.Text.Json;
using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Equipment.Api;

namespace DrillPlatform.Tests.Equipment;

public class CheckApiHandlerTests
{
    private static readonly DateTimeOffset Opened = CheckTestHost.Noon(new DateOnly(2025, 3, 1));
    private static ApiCaller As(Core.Roster.StaffMember person) => new(person.ObjectId, person.Roles);

    private static async Task<(CheckTestHost Host, CheckTask Task)> OpenCheckAsync()
    {
        var host = await CheckTestHost.StartAsync(Opened);
        await host.AddExtinguisherAsync("fe-t1", new DateOnly(2025, 2, 1), lastMaintenance: new DateOnly(2024, 12, 1));
        return (host, Assert.Single(await host.Get<CheckScheduling>().RunAsync(Opened)));
    }

    [Fact]
    public async Task EquipmentChecks_ForStaff403UnknownItem404AndTrainerOrManager200()
    {
        var (host, _) = await OpenCheckAsync();
        await using var __ = host;
        var handler = host.Get<EquipmentChecksHandler>();

        Assert.Equal(403, (await handler.GetAsync(As(CheckTestHost.Clerk), "fe-t1")).Status);
        Assert.Equal(403, (await handler.GetAsync(As(CheckTestHost.Clerk), "no-such-item")).Status);
        var missing = await handler.GetAsync(As(CheckTestHost.Manager), "no-such-item");
        Assert.Equal((404, "id"), (missing.Status, ((ApiError)missing.Body!).Parameter));
        Assert.Equal(200, (await handler.GetAsync(As(CheckTestHost.Trainer), "fe-t1")).Status);
        Assert.Equal(200, (await handler.GetAsync(As(CheckTestHost.Manager), "FE-T1")).Status);
    }

    [Fact]
    public async Task EquipmentChecks_ListsTheCompletedRecordWithWhoWhenEachAnswerAndTheNote()
    {
        var (host, task) = await OpenCheckAsync();
        await using var _ = host;
        var definition = host.Get<CheckCatalog>().Get(task.CheckId)!;
        await host.Get<CheckCompletion>().SubmitAsync(CheckTestHost.Responsible,
            CheckTestHost.AllPass(task, definition, "seal") with { Note = "seal replaced" }, Opened.AddHours(2));

        var (status, body) = await host.Get<EquipmentChecksHandler>().GetAsync(As(CheckTestHost.Manager), "fe-t1");

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
    public async Task ChecksQuery_ChecksRoleThenStatusAndListsOnlyOverdueChecks()
    {
        var (host, task) = await OpenCheckAsync();
        await using var _ = host;
        var handler = host.Get<ChecksQueryHandler>();

        Assert.Equal(403, (await handler.GetAsync(As(CheckTestHost.Clerk), "overdue")).Status);
        foreach (var bad in new[] { null, "", "late" })
        {
            var (status, body) = await handler.GetAsync(As(CheckTestHost.Trainer), bad);
            Assert.Equal((400, "status"), (status, ((ApiError)body!).Parameter));
            Assert.Contains("'status' must be one of: overdue, open", ((ApiError)body!).Error);
        }
        Assert.Empty((IEnumerable<OverdueCheckView>)(await handler.GetAsync(As(CheckTestHost.Manager), "overdue")).Body!);
        Assert.Single((IEnumerable<OverdueCheckView>)(await handler.GetAsync(As(CheckTestHost.Manager), "open")).Body!);

        host.Time.SetUtcNow(Opened.AddDays(2));
        var overdue = Assert.Single((IEnumerable<OverdueCheckView>)(await handler.GetAsync(As(CheckTestHost.Manager), "OVERDUE")).Body!);
        Assert.Equal((task.Id, 2, CheckTestHost.Responsible.ObjectId), (overdue.TaskId, overdue.DaysOverdue, overdue.Responsible));
    }
}
