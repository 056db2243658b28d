using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Escalation;
using DrillPlatform.Core.Equipment.Scheduling;
using DrillPlatform.Core.Equipment.Tasks;

namespace DrillPlatform.Tests.Equipment;

[Trait("Category", "Storage")]
public class CheckCompletionTests
{
    private static readonly DateTimeOffset Opened = CheckTestHost.Noon(new DateOnly(2025, 3, 1));

    private static async Task<(CheckTestHost Host, CheckTask Task, CheckDefinition Definition)> OpenCheckAsync()
    {
        var host = await CheckTestHost.StartAsync(Opened);
        await host.AddExtinguisherAsync("fe-t1", new DateOnly(2025, 2, 1), lastMaintenance: new DateOnly(2024, 12, 1));
        var task = Assert.Single(await host.Get<CheckScheduling>().RunAsync(Opened));
        return (host, task, host.Get<CheckCatalog>().Get(task.CheckId)!);
    }

    [Fact]
    public async Task Submit_Twice_RecordsOnceAndCallsTheSecondADuplicate()
    {
        var (host, task, definition) = await OpenCheckAsync();
        await using var _ = host;
        var completion = host.Get<CheckCompletion>();
        var answers = CheckTestHost.AllPass(task, definition) with { Note = "all good" };

        var first = await completion.SubmitAsync(CheckTestHost.Responsible, answers, Opened.AddHours(2));
        var second = await completion.SubmitAsync(CheckTestHost.Responsible, answers with { Note = "again" }, Opened.AddHours(3));

        Assert.Equal((SubmitKind.Recorded, SubmitKind.Duplicate), (first.Kind, second.Kind));
        var stored = (await host.Tasks.GetAsync(task.Id))!;
        Assert.Equal((CheckStatus.Completed, "all good", Opened.AddHours(2)), (stored.Status, stored.Note, stored.CompletedAt!.Value));
        Assert.Equal(7, stored.Answers.Count);
    }

    [Fact]
    public async Task Submit_ConcurrentlyByResponsibleAndDeputy_RecordsExactlyOne()
    {
        var (host, task, definition) = await OpenCheckAsync();
        await using var _ = host;
        var answers = CheckTestHost.AllPass(task, definition);

        var outcomes = await Task.WhenAll(
            Task.Run(() => host.Get<CheckCompletion>().SubmitAsync(CheckTestHost.Responsible, answers, Opened.AddHours(1))),
            Task.Run(() => host.Get<CheckCompletion>().SubmitAsync(CheckTestHost.Deputy, answers, Opened.AddHours(1))));

        Assert.Single(outcomes, o => o.Kind == SubmitKind.Recorded);
        Assert.Single(outcomes, o => o.Kind == SubmitKind.Stale);
    }

    [Fact]
    public async Task Submit_OfAStaleNotYoursOrIncompleteCard_RecordsNothing()
    {
        var (host, task, definition) = await OpenCheckAsync();
        await using var _ = host;
        var completion = host.Get<CheckCompletion>();
        var all = CheckTestHost.AllPass(task, definition);

        Assert.Equal(SubmitKind.Stale, (await completion.SubmitAsync(CheckTestHost.Responsible, all with { TaskId = task.Id.Replace("20250301", "20240301") }, Opened)).Kind);
        Assert.Equal(SubmitKind.Stale, (await completion.SubmitAsync(CheckTestHost.Responsible, all with { TaskId = "not-a-task" }, Opened)).Kind);
        Assert.Equal(SubmitKind.NotYours, (await completion.SubmitAsync(CheckTestHost.Clerk, all, Opened)).Kind);
        Assert.Equal(SubmitKind.Incomplete, (await completion.SubmitAsync(CheckTestHost.Responsible, all with { Answers = all.Answers.Skip(1).ToList() }, Opened)).Kind);
        Assert.Equal(SubmitKind.Incomplete, (await completion.SubmitAsync(CheckTestHost.Responsible,
            all with { Answers = [.. all.Answers, new CheckAnswer("made-up", true, null)] }, Opened)).Kind);
        Assert.Equal(CheckStatus.Open, (await host.Tasks.GetAsync(task.Id))!.Status);
    }

    [Fact]
    public async Task Submit_WithAFailedCriticalItem_AlertsTheManagerAndOpensAFollowUpOfTheFailedItems()
    {
        var (host, task, definition) = await OpenCheckAsync();
        await using var _ = host;

        var outcome = await host.Get<CheckCompletion>().SubmitAsync(CheckTestHost.Responsible,
            CheckTestHost.AllPass(task, definition, "gauge", "label"), Opened.AddHours(1));

        Assert.Equal(SubmitKind.Recorded, outcome.Kind);
        var alert = Assert.Single(host.Notifier.Alerts);
        Assert.Equal((CheckTestHost.Manager.ObjectId, ManagerAlertKind.CriticalFailure), (alert.To, alert.Alert.Kind));
        Assert.Equal(["gauge"], alert.Alert.FailedItems.Select(i => i.Id));
        Assert.Equal(CheckTestHost.Responsible.ObjectId, alert.Alert.ReportedBy!.ObjectId);
        var followUp = (await host.Tasks.GetAsync(task.Id + ":f1"))!;
        Assert.Equal((CheckStatus.Open, 1), (followUp.Status, followUp.FollowUp));
        Assert.Equal(["gauge"], followUp.ItemIds);
        Assert.Contains((followUp.Id, CheckTestHost.Responsible.ObjectId, CheckCardReason.FollowUp), host.Notifier.Cards);
        Assert.Equal([followUp.Id], (await host.Tasks.ListOpenAsync()).Select(t => t.Id));
    }

    [Fact]
    public async Task Submit_WithOnlyANonCriticalFailure_TellsNoManagerAndOpensNoFollowUp()
    {
        var (host, task, definition) = await OpenCheckAsync();
        await using var _ = host;

        var outcome = await host.Get<CheckCompletion>().SubmitAsync(CheckTestHost.Responsible, CheckTestHost.AllPass(task, definition, "label"), Opened);

        Assert.Equal((SubmitKind.Recorded, (CheckTask?)null), (outcome.Kind, outcome.FollowUp));
        Assert.Empty(host.Notifier.Alerts);
        Assert.Empty(await host.Tasks.ListOpenAsync());
    }

    [Fact]
    public async Task Submit_WhenOneManagerBlockedTheApp_StillOpensTheFollowUpAndTellsEveryOtherManager()
    {
        var (host, task, definition) = await OpenCheckAsync();
        await using var _ = host;
        var second = CheckTestHost.Person("0a000000-0000-4000-8000-000000000013", "Max Manager", "manager", null);
        var third = CheckTestHost.Person("0a000000-0000-4000-8000-000000000023", "Ann Manager", "manager", null);
        await host.Get<DrillPlatform.Core.Roster.RosterStore>().UpsertAsync(second);
        await host.Get<DrillPlatform.Core.Roster.RosterStore>().UpsertAsync(third);
        host.Notifier.Blocked.Add(CheckTestHost.Manager.ObjectId);

        var outcome = await host.Get<CheckCompletion>().SubmitAsync(CheckTestHost.Responsible,
            CheckTestHost.AllPass(task, definition, "gauge"), Opened.AddHours(1));

        Assert.Equal(SubmitKind.Recorded, outcome.Kind);
        Assert.NotNull(await host.Tasks.GetAsync(task.Id + ":f1"));
        Assert.Equal(new[] { second.ObjectId, third.ObjectId }.Order(), host.Notifier.Alerts.Select(a => a.To).Order());
    }

    [Fact]
    public async Task Resubmit_AfterAManagerAlertFailed_TellsOnlyTheManagerWhoMissedIt()
    {
        var (host, task, definition) = await OpenCheckAsync();
        await using var _ = host;
        var second = CheckTestHost.Person("0a000000-0000-4000-8000-000000000013", "Max Manager", "manager", null);
        await host.Get<DrillPlatform.Core.Roster.RosterStore>().UpsertAsync(second);
        host.Notifier.Blocked.Add(CheckTestHost.Manager.ObjectId);
        var answers = CheckTestHost.AllPass(task, definition, "gauge");
        await host.Get<CheckCompletion>().SubmitAsync(CheckTestHost.Responsible, answers, Opened.AddHours(1));
        host.Notifier.Blocked.Clear();

        var again = await host.Get<CheckCompletion>().SubmitAsync(CheckTestHost.Responsible, answers, Opened.AddHours(2));

        Assert.Equal(SubmitKind.Duplicate, again.Kind);
        Assert.Equal(new[] { CheckTestHost.Manager.ObjectId, second.ObjectId }.Order(), host.Notifier.Alerts.Select(a => a.To).Order());
        Assert.Single(host.Notifier.Cards, c => c.TaskId == task.Id + ":f1");
    }

    [Fact]
    public async Task Submit_WithANoteLongerThanTheCardAllows_IsRefusedAndRecordsNothing()
    {
        var (host, task, definition) = await OpenCheckAsync();
        await using var _ = host;
        var all = CheckTestHost.AllPass(task, definition);

        var tooLongNote = await host.Get<CheckCompletion>().SubmitAsync(CheckTestHost.Responsible, all with { Note = new string('x', 2001) }, Opened);
        var tooLongItem = await host.Get<CheckCompletion>().SubmitAsync(CheckTestHost.Responsible,
            all with { Answers = [all.Answers[0] with { Note = new string('x', 501) }, .. all.Answers.Skip(1)] }, Opened);

        Assert.Equal((SubmitKind.NoteTooLong, SubmitKind.NoteTooLong), (tooLongNote.Kind, tooLongItem.Kind));
        Assert.Equal(CheckStatus.Open, (await host.Tasks.GetAsync(task.Id))!.Status);
    }
}
