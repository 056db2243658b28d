using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Escalation;
using DrillPlatform.Core.Equipment.Scheduling;
using DrillPlatform.Core.Equipment.Tasks;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Tests.Equipment;

[Trait("Category", "Storage")]
public class CheckEscalationTests
{
    private static readonly DateOnly Due = new(2025, 3, 1);
    private static readonly DateTimeOffset Opened = CheckTestHost.Noon(Due);

    private static async Task<(CheckTestHost Host, CheckTask Task)> OpenCheckAsync()
    {
        var host = await CheckTestHost.StartAsync(Opened);
        await host.AddExtinguisherAsync("fe-t1", new DateOnly(2025, 2, 1), lastMaintenance: new DateOnly(2024, 12, 1));
        var task = Assert.Single(await host.Get<CheckScheduling>().RunAsync(Opened));
        return (host, task);
    }

    [Fact]
    public void Due_ClimbsEachRungAtItsConfiguredDelayFromOpening()
    {
        var options = new CheckOptions();
        var task = new CheckTask
        {
            Site = "s", EquipmentId = "e", CheckId = "c", DueDate = Due, Anchor = Due, Department = "records",
            Responsible = "r", Deputy = "d", OpenedAt = Opened,
        };

        Assert.Equal([EscalationRung.Assigned], EscalationLadder.Due(task, options, Opened));
        Assert.Equal([EscalationRung.Assigned], EscalationLadder.Due(task, options, Opened.AddDays(1).AddSeconds(-1)));
        Assert.Equal([EscalationRung.Assigned, EscalationRung.RemindResponsible], EscalationLadder.Due(task, options, Opened.AddDays(1)));
        Assert.Equal(4, EscalationLadder.Due(task, options, Opened.AddDays(3)).Count);
        Assert.Equal(Enum.GetValues<EscalationRung>(), EscalationLadder.Due(task, options, Opened.AddDays(5)));
        Assert.False(EscalationLadder.IsOverdue(task, options, Opened.AddHours(23)));
        Assert.True(EscalationLadder.IsOverdue(task, options, Opened.AddHours(24)));
        Assert.Empty(EscalationLadder.Due(task with { Status = CheckStatus.Completed }, options, Opened.AddDays(9)));
    }

    [Fact]
    public async Task Run_OverDays_RemindsResponsibleThenDeputyThenSmsThenManagerEachOnce()
    {
        var (host, task) = await OpenCheckAsync();
        await using var _ = host;
        var escalation = host.Get<CheckEscalation>();

        Assert.Empty(await escalation.RunAsync(Opened.AddHours(12)));
        Assert.Equal([EscalationRung.RemindResponsible], (await escalation.RunAsync(Opened.AddDays(1))).Select(r => r.Rung));
        Assert.Empty(await escalation.RunAsync(Opened.AddDays(1).AddHours(1)));
        Assert.Equal([EscalationRung.RemindDeputy], (await escalation.RunAsync(Opened.AddDays(2))).Select(r => r.Rung));
        Assert.Equal([EscalationRung.Sms], (await escalation.RunAsync(Opened.AddDays(3))).Select(r => r.Rung));
        Assert.Empty(await escalation.RunAsync(Opened.AddDays(4)));
        Assert.Equal([EscalationRung.NotifyManager], (await escalation.RunAsync(Opened.AddDays(5))).Select(r => r.Rung));
        Assert.Empty(await escalation.RunAsync(Opened.AddDays(9)));

        Assert.Equal(
            [(task.Id, CheckTestHost.Responsible.ObjectId, CheckCardReason.Assigned), (task.Id, CheckTestHost.Responsible.ObjectId, CheckCardReason.Reminder),
             (task.Id, CheckTestHost.Deputy.ObjectId, CheckCardReason.Deputy)],
            host.Notifier.Cards.ToList());
        var stored = await host.Tasks.GetAsync(task.Id);
        Assert.All(stored!.Rungs, r => Assert.Equal((r.Key, RungOutcomes.Sent), (r.Key, r.Value.Outcome)));
        var sms = Assert.Single(host.Sms.Outbox.Messages);
        Assert.Equal(CheckTestHost.Responsible.Phone, sms.To);
        Assert.Contains("Monthly extinguisher inspection at fe-t1, north door is 3 day(s) overdue", sms.Message);
        var alert = Assert.Single(host.Notifier.Alerts);
        Assert.Equal((CheckTestHost.Manager.ObjectId, ManagerAlertKind.Overdue, 5), (alert.To, alert.Alert.Kind, alert.Alert.DaysOverdue));
    }

    [Fact]
    public async Task ManagerRung_WhenOneManagerBlockedTheApp_TellsTheOthersAndRetriesOnlyThatOneNextRun()
    {
        var (host, task) = await OpenCheckAsync();
        await using var _ = host;
        var second = CheckTestHost.Person("0a000000-0000-4000-8000-000000000013", "Max Manager", "manager", null);
        await host.Get<DrillPlatform.Core.Roster.RosterStore>().UpsertAsync(second);
        var escalation = host.Get<CheckEscalation>();
        await escalation.RunAsync(Opened.AddDays(4));
        host.Notifier.Blocked.Add(CheckTestHost.Manager.ObjectId);

        await escalation.RunAsync(Opened.AddDays(5));
        var afterFirst = host.Notifier.Alerts.Select(a => a.To).ToList();
        host.Notifier.Blocked.Clear();
        await escalation.RunAsync(Opened.AddDays(5).AddMinutes(30));
        await escalation.RunAsync(Opened.AddDays(5).AddMinutes(60));

        Assert.Equal([second.ObjectId], afterFirst);
        Assert.Equal(new[] { CheckTestHost.Manager.ObjectId, second.ObjectId }.Order(), host.Notifier.Alerts.Select(a => a.To).Order());
        Assert.Equal(RungOutcomes.Sent, (await host.Tasks.GetAsync(task.Id))!.Rungs[EscalationRung.NotifyManager].Outcome);
    }

    [Fact]
    public async Task Run_WhenTheTimerWasDownForDays_CatchesUpEveryReachedRungOnceAndConcurrentRunsDoNotRepeatThem()
    {
        var (host, task) = await OpenCheckAsync();
        await using var _ = host;

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => host.Get<CheckEscalation>().RunAsync(Opened.AddDays(3)))));

        Assert.Equal([EscalationRung.RemindResponsible, EscalationRung.RemindDeputy, EscalationRung.Sms], runs.SelectMany(r => r).Select(r => r.Rung).Order());
        Assert.Equal(3, host.Notifier.Cards.Count);
        Assert.Single(host.Sms.Outbox.Messages);
    }

    [Fact]
    public async Task Run_AfterTheCheckIsCompleted_StopsClimbing()
    {
        var (host, task) = await OpenCheckAsync();
        await using var _ = host;
        var escalation = host.Get<CheckEscalation>();
        await escalation.RunAsync(Opened.AddDays(2));
        var definition = host.Get<CheckCatalog>().Get(task.CheckId)!;

        var outcome = await host.Get<CheckCompletion>().SubmitAsync(CheckTestHost.Deputy, CheckTestHost.AllPass(task, definition), Opened.AddDays(2).AddHours(3));

        Assert.Equal(SubmitKind.Recorded, outcome.Kind);
        Assert.Empty(await escalation.RunAsync(Opened.AddDays(10)));
        Assert.Empty(host.Sms.Outbox.Messages);
        Assert.Empty(host.Notifier.Alerts);
        Assert.Empty(await host.Tasks.ListOpenAsync());
    }

    [Fact]
    public async Task Run_WhenARungClaimRacesACompletion_DoesNotChaseTheCompletedCheck()
    {
        var (host, task) = await OpenCheckAsync();
        await using var _ = host;
        var stale = (await host.Tasks.GetAsync(task.Id))!;
        var definition = host.Get<CheckCatalog>().Get(task.CheckId)!;
        await host.Get<CheckCompletion>().SubmitAsync(CheckTestHost.Responsible, CheckTestHost.AllPass(task, definition), Opened.AddDays(3));

        var climbed = await host.Get<CheckRungs>().ClimbAsync(stale, EscalationRung.Sms, Opened.AddDays(3), default);

        Assert.False(climbed);
        Assert.Empty(host.Sms.Outbox.Messages);
    }

    [Fact]
    public void Options_WhenTheLadderIsOutOfOrder_FailValidation()
    {
        Assert.True(CheckOptions.InOrder(new CheckOptions()));
        Assert.False(CheckOptions.InOrder(new CheckOptions { SmsAfter = TimeSpan.FromHours(1) }));
    }
}
