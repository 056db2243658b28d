using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Local.Bench;

namespace DrillPlatform.Tests.Drills.Runtime;

/// <summary>
/// Issue 13's storage faults: the test's own storage goes away during a 200-person drill, mid
/// fan-out and then several times during the close, and comes back. Everything runs the real path
/// (launcher, queue consumers, delivery, Connector client against the fake Connector, closing,
/// summary card) through <see cref="StorageOutage"/>'s forwarders to Azurite.
/// </summary>
[Trait("Category", "Storage")]
public class DrillStorageOutageTests
{
    private const int People = 200;
    private const string Clerk = "records-clerk";
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(12); // longer than the table client's own retries (about 6 s)

    private static readonly StaffMember Trainer = new("trainer-1", "Trainer", "trainer@fanout.example", "training", [Roles.Trainer], null, "en");
    private static readonly StaffMember Manager = new("manager-1", "Manager", "manager@fanout.example", FanOutRig.Department, [Roles.Manager], null, "zh-CN");

    [Fact]
    public async Task Drill_WhenStorageGoesDownMidFanOutAndMidClose_PromptsEachPersonOnceClosesOnceAndSummarisesOnce()
    {
        using var storage = StorageOutage.Start(await AzuriteFixture.ConnectionStringAsync());
        await using var rig = await FanOutRig.StartAsync(storage.ConnectionString, AzuriteFixture.NewPrefix(), new FakeConnectorOptions(),
            new Dictionary<string, string?> { ["Drills:PromptClaimTimeout"] = "00:00:30" });
        var staff = FanOutRig.People(People);
        await rig.SeedAsync([.. staff, Trainer, Manager]);
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));

        var drill = await FanOutThroughAnOutageAsync(rig, storage, staff, limit.Token);

        Assert.All(staff, p => Assert.Equal(1, rig.Connector.Delivered.GetValueOrDefault(FanOutRig.ConversationOf(p.ObjectId))));
        var rows = await rig.Services.GetRequiredService<ParticipantStore>().ListAsync(drill.Id);
        Assert.Equal(staff.Select(p => p.ObjectId).Order(), rows.Select(r => r.PersonId).Order());
        Assert.All(rows, r => Assert.True(r is { Status: ParticipantStatus.Prompted, PromptedAt: not null }, $"{r.PersonId} is {r.Status}"));

        var (summaries, lost) = await CloseThroughOutagesAsync(rig, storage, drill, limit.Token);

        Assert.Equal(4, lost.Count); // every cut below happened
        Assert.Single(summaries);
        Assert.Equal(1, rig.Connector.Delivered.GetValueOrDefault(FanOutRig.ConversationOf(Trainer.ObjectId)));
        Assert.Equal(1, rig.Connector.Delivered.GetValueOrDefault(FanOutRig.ConversationOf(Manager.ObjectId)));
        var drills = rig.Services.GetRequiredService<DrillStore>();
        var closed = (await drills.GetAsync(drill.Id))!;
        Assert.Equal(DrillStatus.Closed, closed.Status);
        Assert.Equal(DrillEscalation.Deadline(closed), closed.ClosedAt); // closed once, by the first run at the deadline
        Assert.DoesNotContain(await drills.ListOpenAsync(), d => d.Id == drill.Id);
        var copy = (await drills.ListByDepartmentMonthAsync(FanOutRig.Department, closed.LocalDate.Year, closed.LocalDate.Month)).Single(d => d.Id == drill.Id);
        Assert.Equal(DrillStatus.Closed, copy.Status);
        rows = await rig.Services.GetRequiredService<ParticipantStore>().ListAsync(drill.Id);
        Assert.Equal(People, rows.Count);
        Assert.All(rows, r => Assert.True(r is { Status: ParticipantStatus.Prompted, Score: 0 }, $"{r.PersonId} is {r.Status} with score {r.Score}"));
    }

    // Storage goes down once some prompts are out, while the launch may still be queueing; then the
    // every-minute LaunchDueDrills runs (as if a minute on) and the consumers carry on until every
    // message on the queue is settled.
    private static async Task<Drill> FanOutThroughAnOutageAsync(FanOutRig rig, StorageOutage storage, IReadOnlyList<StaffMember> staff, CancellationToken ct)
    {
        var launcher = rig.Services.GetRequiredService<DrillLauncher>();
        var participants = rig.Services.GetRequiredService<ParticipantStore>();
        var stop = false;
        var consumers = rig.Consumers(8, lease: TimeSpan.FromSeconds(15));
        var consuming = consumers.RunUntilAsync(() => stop, ct);

        // Down while the 40th prompt is at Teams: its 201 comes back to a delivery that cannot record it.
        var promptedAtCut = -1;
        rig.Connector.Delivering = _ =>
        {
            if (Prompted(rig, staff) < 40 || Interlocked.CompareExchange(ref promptedAtCut, 0, -1) != -1) return;
            storage.Down();
            promptedAtCut = Prompted(rig, staff);
        };
        var launching = launcher.LaunchNowAsync("fire-records-store", DrillAudience.Department(FanOutRig.Department, Clerk), Trainer.ObjectId, DateTimeOffset.UtcNow, ct: ct);
        await UntilAsync(() => Task.FromResult(storage.IsDown), "the first 40 prompts", ct);
        await Task.Delay(Outage, ct);
        storage.Up();
        var drill = await launching;
        var timer = Task.Run(async () =>
        {
            while (!stop)
            {
                try { await launcher.LaunchDueAsync(DateTimeOffset.UtcNow + DrillLauncher.ResumeAfter, ct); }
                catch (Exception) when (!ct.IsCancellationRequested) { }
                await Task.Delay(TimeSpan.FromSeconds(2), ct);
            }
        }, ct);

        await UntilAsync(async () => (await rig.Queue.GetPropertiesAsync(ct)).Value.ApproximateMessagesCount == 0
            && (await participants.ListAsync(drill.Id, ct)).Count(p => p.Status == ParticipantStatus.Prompted) == People,
            "every participant prompted and the queue settled", ct);
        stop = true;
        await Task.WhenAll(consuming, timer);

        Assert.InRange(promptedAtCut, 40, People - 1); // the outage came mid fan-out
        return drill;
    }

    // EscalateAndClose once a minute from the deadline. Each cut lets Azurite do one write and loses
    // its answer, then storage stays down for a while: the close itself, a score in the middle of the
    // scoring, the summary claim, and the summary's completion after the cards went out.
    private static async Task<(List<DrillSummary> Summaries, List<string> Lost)> CloseThroughOutagesAsync(FanOutRig rig, StorageOutage storage, Drill drill, CancellationToken ct)
    {
        var escalation = rig.Services.GetRequiredService<DrillEscalation>();
        var launched = (await rig.Services.GetRequiredService<DrillStore>().GetAsync(drill.Id, ct))!;
        var scores = 0;
        var cuts = new Queue<Func<string, bool>>(
        [
            line => line.StartsWith("PUT ") && line.Contains($"Drills(PartitionKey='d:{drill.Id}'"),
            line => line.StartsWith("PUT ") && line.Contains($"DrillParticipants(PartitionKey='{drill.Id}'") && Interlocked.Increment(ref scores) == 60,
            line => (line.StartsWith("PUT ") || line.StartsWith("DELETE ")) && line.Contains($"Drills(PartitionKey='open',RowKey='{drill.Id}')"),
            line => line.StartsWith("DELETE ") && line.Contains($"Drills(PartitionKey='open',RowKey='{drill.Id}')"),
        ]);
        var summaries = new List<DrillSummary>();
        var lost = new List<string>();
        var done = false;
        var restorer = Task.Run(async () =>
        {
            while (!done)
            {
                if (storage.IsDown)
                {
                    lost.Add(storage.LostAnswer ?? "?");
                    await Task.Delay(Outage, ct);
                    storage.Up();
                }
                await Task.Delay(100, ct);
            }
        }, ct);

        var minute = DrillEscalation.Deadline(launched);
        Func<string, bool>? armed = null;
        for (var quiet = 0; quiet < 3; minute = minute.AddMinutes(1))
        {
            await UntilAsync(() => Task.FromResult(!storage.IsDown), "storage back up", ct);
            if (armed is null || storage.LostAnswer is not null)
            {
                armed = cuts.TryDequeue(out var next) ? next : null;
                if (armed is not null) storage.DownAfterAnswerTo(armed);
            }
            summaries.AddRange((await escalation.RunAsync(minute, ct)).Summaries);
            // Done when every cut has happened and the summary is out; a few more runs show nothing is sent again.
            if (armed is null && summaries.Count > 0) quiet++;
            Assert.True(minute < DrillEscalation.Deadline(launched).AddMinutes(30),
                $"the close did not finish in 30 runs: {summaries.Count} summaries; answers lost to: {string.Join(" | ", lost)}");
        }
        done = true;
        await restorer;
        return (summaries, lost);
    }

    private static int Prompted(FanOutRig rig, IReadOnlyList<StaffMember> staff) =>
        staff.Count(p => rig.Connector.Delivered.ContainsKey(FanOutRig.ConversationOf(p.ObjectId)));

    private static async Task UntilAsync(Func<Task<bool>> done, string what, CancellationToken ct)
    {
        while (true)
        {
            try
            {
                if (await done()) return;
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
            }
            if (ct.IsCancellationRequested) throw new TimeoutException("Waited too long for " + what);
            await Task.Delay(250, CancellationToken.None);
        }
    }
}
