using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Core.Reports;
using DrillPlatform.Core.Reports.Records;
using DrillPlatform.Core.Reports.Review;
using DrillPlatform.Tests.Drills.Runtime;
using DrillPlatform.Tests.Scenarios;
using DrillPlatform.Tests.Sms;

namespace DrillPlatform.Tests.Reports;

/// <summary>A drill run through the real runtime on Azurite: prompts, answers, an SMS reminder, the close; then its record.</summary>
[Trait("Category", "Storage")]
public class DrillRecordTests
{
    private static readonly Scenario Fire = ScenarioFiles.Catalog.Get("fire-records-store");

    [Fact]
    public async Task CloseAsync_WritesOneRecordThatMatchesWhatTheDrillDid()
    {
        await using var sms = await SmsTestServer.SinkAsync();
        await using var rt = await RuntimeTestServices.StartAsync(sms.BaseUri);
        var people = new[] { "p1", "p2", "p3", "p4", "p5" }.Select(id => RuntimeTestServices.Person(id)).ToArray();
        var drill = await rt.LaunchAsync(people, noChat: ["p5"], deadlineMinutes: 30, escalationMinutes: 10);
        await rt.DeliverAllAsync(drill);
        var t0 = rt.Time.GetUtcNow();
        var walker = new Walker(ScenarioFiles.Catalog);
        var participants = rt.Get<ParticipantStore>();
        var walks = rt.Get<WalkStore>();

        // p1 walks the plan's path and answers after 60 s; p2 goes wrong at the first step after 180 s.
        var right = walker.FinishRight(Fire, walker.Engine.Start(Fire, Walker.Parameters(Fire), t0.AddSeconds(60)));
        var started = walker.Engine.Start(Fire, Walker.Parameters(Fire), t0.AddSeconds(180));
        var wrong = walker.Engine.Answer(started, Fire.Start, Walker.WrongIndex(Fire, started), t0.AddSeconds(181)).State;
        Assert.True(await walks.TryAddAsync(new StoredWalk(drill.Id, "p1", right, "en"), CancellationToken.None));
        Assert.True(await walks.TryAddAsync(new StoredWalk(drill.Id, "p2", wrong, "en"), CancellationToken.None));
        Assert.True(await participants.MarkAnsweredAsync(drill.Id, "p1", t0.AddSeconds(60), null));
        Assert.True(await participants.MarkAnsweredAsync(drill.Id, "p2", t0.AddSeconds(180), null));

        // p3 and p4 stay silent: reminded by SMS after 10 min; p4 answers after the SMS (at 12 min).
        rt.Time.Advance(TimeSpan.FromMinutes(10));
        var escalation = rt.Get<DrillEscalation>();
        await escalation.RunAsync(rt.Time.GetUtcNow(), CancellationToken.None);
        Assert.True(await participants.MarkAnsweredAsync(drill.Id, "p4", t0.AddMinutes(12), null));
        rt.Time.Advance(TimeSpan.FromMinutes(20));
        await escalation.RunAsync(rt.Time.GetUtcNow(), CancellationToken.None);
        await escalation.RunAsync(rt.Time.GetUtcNow(), CancellationToken.None);

        var closed = (await rt.Get<DrillStore>().GetAsync(drill.Id))!;
        var record = await rt.Get<DrillReviews>().RecordAsync(closed, CancellationToken.None);

        Assert.NotNull(record);
        Assert.Equal(new DrillCounts(Invited: 5, Prompted: 4, Answered: 3, NoResponse: 1, Failed: 1, SmsSent: 2), record.Counts);
        Assert.Equal(DrillMode.Surprise, record.Mode); // launched on demand: nobody was told
        Assert.Equal(closed.LaunchedAt, record.LaunchedAt);
        Assert.Equal(closed.ClosedAt, record.ClosedAt);
        Assert.Equal(new DateTime(2026, 3, 10, 10, 0, 0), record.LocalLaunch); // 02:00 UTC in Asia/Shanghai
        Assert.Equal("day", record.Shift);
        Assert.Equal(new ResponseTimes(3, 180, 720), record.Response); // 60, 180, 720 s: median 180, p90 nearest rank 720

        var scores = (await participants.ListAsync(drill.Id)).ToDictionary(p => p.PersonId, p => p.Score ?? -1);
        Assert.Equal(100, scores["p1"]);
        Assert.Equal(4, record.Scores.Sum(b => b.People)); // the four people reached, not p5
        Assert.Equal(1, record.Scores.Single(b => b.From == 80).People);
        Assert.Equal(Math.Round((100 + scores["p2"] + 0 + scores["p4"]) / 4, 1), record.MeanScore);

        // Missed actions: of those who answered (p2 went wrong, p4 answered without a walk); p1 missed none.
        var missedByP2 = (await participants.GetAsync(drill.Id, "p2"))!.MissedActions;
        Assert.NotEmpty(missedByP2);
        foreach (var action in missedByP2)
        {
            var missed = record.Missed.Single(m => m.ActionId == action);
            Assert.Equal(2, missed.MissedBy);
            Assert.Equal(ScenarioFiles.Catalog.Action(action)!.Citation, missed.Citation);
        }

        Assert.Equal(["launched", "first-answer", "sms", "closed"], record.Timeline.Select(t => t.Event));
        Assert.Equal(t0.AddSeconds(60), record.Timeline[1].At);
        Assert.Equal(2, record.Timeline[2].People);

        // Written once: a later close run (the summary grace) does not replace it.
        var again = await rt.Get<DrillRecordStore>().TryAddAsync(record with { MeanScore = 1 });
        Assert.False(again);
        Assert.Equal(record.MeanScore, (await rt.Get<DrillReviews>().RecordAsync(closed, CancellationToken.None))!.MeanScore);
    }
}
