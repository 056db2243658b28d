using DrillPlatform.Core.Drills.Calendar;
using DrillPlatform.Core.Reports;
using DrillPlatform.Core.Reports.Records;
using DrillPlatform.Core.Reports.Review;
using DrillPlatform.Tests.Drills.Runtime;

namespace DrillPlatform.Tests.Reports;

/// <summary>Corrective actions on Azurite: the owner's card, the past-due ladder, closing by note and by a verifying drill.</summary>
[Trait("Category", "Storage")]
public class CorrectiveActionTests
{
    private static readonly StaffMember Owner = RuntimeTestServices.Person("owner");
    private static readonly StaffMember Manager = RuntimeTestServices.Person("boss", roles: "manager");
    private static readonly StaffMember Trainer = RuntimeTestServices.Person("coach", roles: "trainer");

    private static async Task<(RuntimeTestServices Rt, CorrectiveAction Action)> ActionAsync(DateOnly due, bool verify = true)
    {
        var rt = await RuntimeTestServices.StartAsync();
        foreach (var p in new[] { Owner, Manager, Trainer }) await rt.Get<RosterStore>().UpsertAsync(p);
        var drill = new Drill { Id = "d" + Guid.NewGuid().ToString("N")[..15], ScenarioId = "fire-records-store", Department = "records",
            LocalDate = new DateOnly(2026, 3, 10), PlannedAt = rt.Time.GetUtcNow(), LaunchedAt = rt.Time.GetUtcNow(), Status = DrillStatus.Closed };
        var (action, reached) = await rt.Get<ReviewWriter>().AddActionAsync(Trainer, drill, "", "Walk every clerk to the records-store extinguisher", Owner, due, verify, CancellationToken.None);
        Assert.True(reached);
        return (rt, action);
    }

    private static RecordingActionNotifier Cards(RuntimeTestServices rt) => (RecordingActionNotifier)rt.Get<ICorrectiveActionNotifier>();

    [Fact]
    public async Task Escalation_WhenPastDue_RemindsTheOwnerOnceThenTheManagersAfterTheDelay()
    {
        // T0 is 2026-03-10 10:00 in the site's zone; due that day.
        var (rt, action) = await ActionAsync(new DateOnly(2026, 3, 10));
        await using var _ = rt;
        var escalation = rt.Get<CorrectiveActionEscalation>();
        Assert.Equal([(action.Id, Owner.ObjectId, CorrectiveActionNotice.Assigned)], Cards(rt).Sent);

        Assert.Empty(await escalation.RunAsync(rt.Time.GetUtcNow(), CancellationToken.None)); // due today: not past due
        rt.Time.Advance(TimeSpan.FromDays(1));
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => escalation.RunAsync(rt.Time.GetUtcNow(), CancellationToken.None)));
        Assert.Equal([CorrectiveActionNotice.PastDue], runs.SelectMany(r => r).Select(r => r.Rung));
        rt.Time.Advance(TimeSpan.FromDays(2)); // 3 days past due: not more than ManagerAfterDays (3)
        Assert.Empty(await escalation.RunAsync(rt.Time.GetUtcNow(), CancellationToken.None));
        rt.Time.Advance(TimeSpan.FromDays(1));
        var manager = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => escalation.RunAsync(rt.Time.GetUtcNow(), CancellationToken.None)));

        Assert.Equal([CorrectiveActionNotice.Escalated], manager.SelectMany(r => r).Select(r => r.Rung));
        Assert.Equal(
            [(Owner.ObjectId, CorrectiveActionNotice.Assigned), (Owner.ObjectId, CorrectiveActionNotice.PastDue), (Manager.ObjectId, CorrectiveActionNotice.Escalated)],
            Cards(rt).Sent.Select(s => (s.To, s.Notice)));
    }

    [Fact]
    public async Task Close_WithANote_ClosesOnceAndLeavesTheOpenList()
    {
        var (rt, action) = await ActionAsync(new DateOnly(2026, 3, 20));
        await using var _ = rt;
        var closing = rt.Get<CorrectiveActionClosing>();
        var store = rt.Get<CorrectiveActionStore>();

        var first = await closing.CloseAsync((await store.FindAsync(action.Id))!, Owner.ObjectId, "  Done on 12 March  ", CancellationToken.None);
        var second = await closing.CloseAsync(action, Trainer.ObjectId, "again", CancellationToken.None); // stale copy

        Assert.NotNull(first);
        Assert.Null(second);
        var stored = (await store.FindAsync(action.Id))!;
        Assert.Equal((CorrectiveActionStatus.Closed, "Done on 12 March", Owner.ObjectId), (stored.Status, stored.ClosingNote, stored.ClosedBy));
        Assert.Empty(await store.ListOpenAsync());
        rt.Time.Advance(TimeSpan.FromDays(30));
        Assert.Empty(await rt.Get<CorrectiveActionEscalation>().RunAsync(rt.Time.GetUtcNow(), CancellationToken.None));
    }

    [Theory]
    [InlineData(79.9, "fire-records-store", 1, false)] // below the threshold
    [InlineData(80, "water-leak-records-office", 1, false)] // another scenario
    [InlineData(80, "fire-records-store", -1, false)] // a drill launched before the action
    [InlineData(80, "fire-records-store", 1, true)]
    public async Task Verify_ALaterDrillOfTheScenarioAtTheThreshold_ClosesTheTiedAction(double mean, string scenario, int daysLater, bool closes)
    {
        var (rt, action) = await ActionAsync(new DateOnly(2026, 3, 20));
        await using var _ = rt;
        var launched = action.CreatedAt.AddDays(daysLater);
        var record = new DrillRecord
        {
            DrillId = "dverify", ScenarioId = scenario, Department = "records", Mode = DrillMode.Surprise, LaunchedAt = launched,
            LocalLaunch = launched.DateTime, Shift = "day", ClosedAt = launched.AddMinutes(30), MeanScore = mean,
            Counts = new DrillCounts(1, 1, 1, 0, 0, 0), Response = new ResponseTimes(1, 10, 10),
        };

        var closed = await rt.Get<CorrectiveActionClosing>().VerifyAsync(record, CancellationToken.None);

        var stored = (await rt.Get<CorrectiveActionStore>().FindAsync(action.Id))!;
        Assert.Equal(closes, stored.Status == CorrectiveActionStatus.Closed);
        Assert.Equal(closes ? ["dverify"] : Array.Empty<string>(), closed.Select(c => c.VerifiedByDrill));
    }
}
