using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Escalation;
using DrillPlatform.Core.Equipment.Scheduling;
using DrillPlatform.Core.Equipment.Tasks;

namespace DrillPlatform.Tests.Equipment;

[Trait("Category", "Storage")]
public class CheckSchedulingTests
{
    private static readonly DateOnly Anchor = new(2025, 1, 31);

    [Fact]
    public async Task Run_WhenACheckFallsDue_OpensItAndSendsTheCardToTheResponsiblePerson()
    {
        await using var host = await CheckTestHost.StartAsync(CheckTestHost.Noon(new DateOnly(2025, 2, 27)));
        await host.AddExtinguisherAsync("fe-t1", Anchor, lastMaintenance: new DateOnly(2024, 6, 1));
        var scheduling = host.Get<CheckScheduling>();

        Assert.Empty(await scheduling.RunAsync(CheckTestHost.Noon(new DateOnly(2025, 2, 27))));
        var opened = Assert.Single(await scheduling.RunAsync(CheckTestHost.Noon(new DateOnly(2025, 2, 28))));

        Assert.Equal(("demo-hospital:fe-t1:extinguisher-monthly:20250228", new DateOnly(2025, 2, 28)), (opened.Id, opened.DueDate));
        var card = Assert.Single(host.Notifier.Cards);
        Assert.Equal((opened.Id, CheckTestHost.Responsible.ObjectId, CheckCardReason.Assigned), card);
        var stored = await host.Tasks.GetAsync(opened.Id);
        Assert.Equal(RungOutcomes.Sent, stored!.Rungs[EscalationRung.Assigned].Outcome);
    }

    [Fact]
    public async Task Run_Twice_OpensOneTaskPerItemAndPeriodAndSendsOneCard()
    {
        await using var host = await CheckTestHost.StartAsync(CheckTestHost.Noon(new DateOnly(2025, 3, 1)));
        await host.AddExtinguisherAsync("fe-t1", Anchor);
        var scheduling = host.Get<CheckScheduling>();

        var first = await scheduling.RunAsync(CheckTestHost.Noon(new DateOnly(2025, 3, 1)));
        var second = await scheduling.RunAsync(CheckTestHost.Noon(new DateOnly(2025, 3, 1)).AddHours(1));

        Assert.Single(first);
        Assert.Empty(second);
        Assert.Single(await host.Tasks.ListSeriesAsync(CheckTestHost.Site, "fe-t1", "extinguisher-monthly"));
        Assert.Single(await host.Tasks.ListOpenAsync());
        Assert.Single(host.Notifier.Cards);
    }

    [Fact]
    public async Task Run_ConcurrentlyFourTimes_OpensOneTaskPerItemAndPeriodAndSendsOneCardEach()
    {
        await using var host = await CheckTestHost.StartAsync(CheckTestHost.Noon(new DateOnly(2025, 3, 1)));
        await host.AddExtinguisherAsync("fe-t1", Anchor);
        await host.AddExtinguisherAsync("fe-t2", new DateOnly(2025, 2, 1));
        var now = CheckTestHost.Noon(new DateOnly(2025, 3, 1));

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => host.Get<CheckScheduling>().RunAsync(now))));

        Assert.Equal(2, runs.Sum(r => r.Count));
        Assert.Equal(2, (await host.Tasks.ListOpenAsync()).Count);
        Assert.Equal(2, host.Notifier.Cards.Count);
        Assert.Equal(["fe-t1", "fe-t2"], host.Notifier.Cards.Select(c => c.TaskId.Split(':')[1]).Order());
    }

    [Fact]
    public async Task Run_AfterALateCompletion_OpensTheNextCheckOnTheScheduledDateNotAMonthAfterCompletion()
    {
        await using var host = await CheckTestHost.StartAsync(CheckTestHost.Noon(new DateOnly(2025, 2, 28)));
        await host.AddExtinguisherAsync("fe-t1", Anchor);
        var scheduling = host.Get<CheckScheduling>();
        var task = Assert.Single(await scheduling.RunAsync(CheckTestHost.Noon(new DateOnly(2025, 2, 28))));
        var definition = host.Get<CheckCatalog>().Get(task.CheckId)!;
        await host.Get<CheckCompletion>().SubmitAsync(CheckTestHost.Responsible, CheckTestHost.AllPass(task, definition), CheckTestHost.Noon(new DateOnly(2025, 3, 12)));

        Assert.Empty(await scheduling.RunAsync(CheckTestHost.Noon(new DateOnly(2025, 3, 30))));
        var next = Assert.Single(await scheduling.RunAsync(CheckTestHost.Noon(new DateOnly(2025, 3, 31))));

        Assert.Equal((new DateOnly(2025, 3, 31), Anchor), (next.DueDate, next.Anchor));
        Assert.Equal(new DateOnly(2025, 3, 12), (await host.Equipment.GetAsync(CheckTestHost.Site, "fe-t1"))!.LastCheck);
    }

    [Fact]
    public async Task Run_WhenTheResponsiblePersonHasNoChatWithTheBot_OpensTheCheckAndRecordsThemUnreachable()
    {
        await using var host = await CheckTestHost.StartAsync(CheckTestHost.Noon(new DateOnly(2025, 3, 1)));
        await host.AddExtinguisherAsync("fe-t1", Anchor);
        host.Notifier.Unreachable.Add(CheckTestHost.Responsible.ObjectId);

        var task = Assert.Single(await host.Get<CheckScheduling>().RunAsync(CheckTestHost.Noon(new DateOnly(2025, 3, 1))));

        Assert.Equal(RungOutcomes.Unreachable, (await host.Tasks.GetAsync(task.Id))!.Rungs[EscalationRung.Assigned].Outcome);
    }
}
