using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Tests.Sms;

namespace DrillPlatform.Tests.Drills.Runtime;

[Trait("Category", "Storage")]
public class DrillEscalationTests
{
    private static readonly DrillPlatform.Core.Roster.StaffMember[] Staff =
        [RuntimeTestServices.Person("p1"), RuntimeTestServices.Person("p2"), RuntimeTestServices.Person("p3")];

    private static async Task<(RuntimeTestServices Rt, Drill Drill)> PromptedDrillAsync(SmsTestServer sms, params DrillPlatform.Core.Roster.StaffMember[] people)
    {
        var rt = await RuntimeTestServices.StartAsync(sms.BaseUri);
        var drill = await rt.LaunchAsync(people.Length == 0 ? Staff : people, deadlineMinutes: 30, escalationMinutes: 10);
        await rt.DeliverAllAsync(drill);
        return (rt, drill);
    }

    [Fact]
    public async Task RunAsync_BeforeTheEscalationDelay_EscalatesNobody()
    {
        await using var sms = await SmsTestServer.SinkAsync();
        var (rt, drill) = await PromptedDrillAsync(sms);
        await using var _ = rt;
        rt.Time.Advance(TimeSpan.FromMinutes(9) + TimeSpan.FromSeconds(59));

        var run = await rt.Get<DrillEscalation>().RunAsync(rt.Time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(0, run.Escalated);
        Assert.Empty(sms.Requests);
        Assert.All(await rt.Get<ParticipantStore>().ListAsync(drill.Id), p => Assert.Equal(ParticipantStatus.Prompted, p.Status));
    }

    [Fact]
    public async Task RunAsync_AfterTheDelay_TextsEachNonResponderOnceAndNeverAResponder()
    {
        await using var sms = await SmsTestServer.SinkAsync();
        var (rt, drill) = await PromptedDrillAsync(sms);
        await using var _ = rt;
        var participants = rt.Get<ParticipantStore>();
        Assert.True(await participants.MarkAnsweredAsync(drill.Id, "p1", rt.Time.GetUtcNow().AddMinutes(2), null));
        rt.Time.Advance(TimeSpan.FromMinutes(10));
        var escalation = rt.Get<DrillEscalation>();

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => escalation.RunAsync(rt.Time.GetUtcNow(), CancellationToken.None))));
        rt.Time.Advance(TimeSpan.FromMinutes(1));
        var later = await escalation.RunAsync(rt.Time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(2, runs.Sum(r => r.Escalated));
        Assert.Equal(0, later.Escalated);
        Assert.Equal(0, sms.Outbox.DeliveredTo(RuntimeTestServices.PhoneOf("p1")));
        Assert.Equal(1, sms.Outbox.DeliveredTo(RuntimeTestServices.PhoneOf("p2")));
        Assert.Equal(1, sms.Outbox.DeliveredTo(RuntimeTestServices.PhoneOf("p3")));
        Assert.Contains("20 min", sms.Outbox.Messages.First().Message);
        var rows = (await participants.ListAsync(drill.Id)).ToDictionary(p => p.PersonId);
        Assert.Equal(ParticipantStatus.Answered, rows["p1"].Status);
        Assert.All(new[] { rows["p2"], rows["p3"] }, p =>
        {
            Assert.Equal(ParticipantStatus.Escalated, p.Status);
            Assert.Null(p.Reason);
            Assert.Equal(rt.Time.GetUtcNow().AddMinutes(-1), p.EscalatedAt);
        });
    }

    [Fact]
    public async Task RunAsync_WhenTheFirstSmsAttemptFails_TheNextRunResendsWithTheSameRepeatabilityId()
    {
        await using var sms = await SmsTestServer.SinkAsync(failFirst: 1);
        var (rt, drill) = await PromptedDrillAsync(sms, RuntimeTestServices.Person("p1"));
        await using var _ = rt;
        rt.Time.Advance(TimeSpan.FromMinutes(10));

        var first = await rt.Get<DrillEscalation>().RunAsync(rt.Time.GetUtcNow(), CancellationToken.None);
        Assert.Equal(ParticipantStatus.Prompted, (await rt.Get<ParticipantStore>().GetAsync(drill.Id, "p1"))!.Status);
        rt.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await rt.Get<DrillEscalation>().RunAsync(rt.Time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(0, first.Escalated);
        Assert.Equal(1, second.Escalated);
        var ids = sms.Requests.Select(r => r.Json.GetProperty("smsRecipients")[0].GetProperty("repeatabilityRequestId").GetString()).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Single(ids.Distinct());
        Assert.Equal(1, sms.Outbox.DeliveredTo(RuntimeTestServices.PhoneOf("p1")));
    }

    [Fact]
    public async Task RunAsync_WhenAcsRejectsTheRecipient_MarksEscalatedWithTheFailureAsReason()
    {
        await using var sms = await SmsTestServer.SinkAsync();
        var failing = RuntimeTestServices.Person("p1", phone: "+861380000" + DrillPlatform.Local.Sms.SmsOutbox.FailingSuffix);
        var noPhone = RuntimeTestServices.Person("p2") with { Phone = null };
        var (rt, drill) = await PromptedDrillAsync(sms, failing, noPhone);
        await using var _ = rt;
        rt.Time.Advance(TimeSpan.FromMinutes(10));

        await rt.Get<DrillEscalation>().RunAsync(rt.Time.GetUtcNow(), CancellationToken.None);

        var rows = (await rt.Get<ParticipantStore>().ListAsync(drill.Id)).ToDictionary(p => p.PersonId);
        Assert.Equal(ParticipantStatus.Escalated, rows["p1"].Status);
        Assert.StartsWith("The reminder SMS failed: ", rows["p1"].Reason);
        Assert.Equal("No phone number on the roster; no SMS sent.", rows["p2"].Reason);
    }

    [Fact]
    public async Task RunAsync_AtTheDeadlineEightRunsAtOnce_CloseOnceAndSendOneSummaryToTrainerAndManagers()
    {
        await using var sms = await SmsTestServer.SinkAsync();
        var manager = RuntimeTestServices.Person("m1", roles: "manager");
        var otherManager = RuntimeTestServices.Person("m2", department: "information", roles: "manager");
        var (rt, drill) = await PromptedDrillAsync(sms, RuntimeTestServices.Person("p1"), manager);
        await using var _ = rt;
        await rt.Get<DrillPlatform.Core.Roster.RosterStore>().UpsertAsync(RuntimeTestServices.Person("trainer", department: "training"));
        await rt.Get<DrillPlatform.Core.Roster.RosterStore>().UpsertAsync(otherManager);
        await rt.Get<ParticipantStore>().MarkAnsweredAsync(drill.Id, "p1", rt.Time.GetUtcNow().AddMinutes(3), null);
        rt.Time.Advance(TimeSpan.FromMinutes(30));

        var runs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => rt.Get<DrillEscalation>().RunAsync(rt.Time.GetUtcNow(), CancellationToken.None))));

        Assert.Single(runs.SelectMany(r => r.Summaries));
        var (summary, recipients) = Assert.Single(rt.Notifier.Sent);
        Assert.Equal(["m1", "trainer"], recipients.Select(r => r.ObjectId).Order());
        Assert.Equal(2, summary.Participants);
        Assert.Equal(1, summary.Answered);
        Assert.Equal(TimeSpan.FromMinutes(3), summary.MedianTimeToAnswer);
        var stored = await rt.Get<DrillStore>().GetAsync(drill.Id);
        Assert.Equal(DrillStatus.Closed, stored!.Status);
        Assert.All(await rt.Get<ParticipantStore>().ListAsync(drill.Id), p =>
        {
            Assert.Equal(0, p.Score); // nobody walked the scenario
            Assert.NotEmpty(p.MissedActions);
        });
        rt.Time.Advance(TimeSpan.FromMinutes(5));
        var after = await rt.Get<DrillEscalation>().RunAsync(rt.Time.GetUtcNow(), CancellationToken.None);
        Assert.Empty(after.Summaries);
        Assert.Single(rt.Notifier.Sent);
    }
}
