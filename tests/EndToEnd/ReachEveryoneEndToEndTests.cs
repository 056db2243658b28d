using DrillPlatform.Local.Graph;

namespace DrillPlatform.Tests.EndToEnd;

/// <summary>
/// The local demo as a trainer runs it: `run fire-records-store records` from a fresh roster where
/// nobody but the trainer has opened the bot. The fake Graph installs the app for each records
/// person, the emulator's Connector creates their chat, and every one of them gets the alert card:
/// nobody is undeliverable.
/// </summary>
[Trait("Category", "EndToEnd")]
public class ReachEveryoneEndToEndTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string Trainer = "trainer@demo-hospital.example";

    [Fact]
    public async Task RunCommand_ForADepartmentThatNeverOpenedTheBot_InstallsTheAppAndPromptsEveryone()
    {
        var trainer = await host.ObjectIdAsync(Trainer);
        var records = (await host.App.Services.GetRequiredService<RosterStore>().ListAsync(null))
            .Where(p => p.Department == "records").Select(p => p.ObjectId).ToList();

        await host.SendAsync(Trainer, new { type = "message", text = "run fire-records-store records" });
        await host.WaitForAsync(LocalHostDriver.ChatOf(trainer), a => a.Count >= 2, "the trainer's launch reply");
        var drill = (await host.App.Services.GetRequiredService<DrillStore>().ListOpenAsync())
            .Single(d => d.RequestedBy == trainer && d.Department == "records");

        var participants = host.App.Services.GetRequiredService<ParticipantStore>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        IReadOnlyList<Participant> rows;
        while ((rows = await participants.ListAsync(drill.Id)).Any(p => p.Status is ParticipantStatus.Pending or ParticipantStatus.Prompting))
        {
            Assert.True(DateTime.UtcNow < deadline, "prompts still pending: " + string.Join(", ", rows.Select(r => $"{r.PersonId}={r.Status}")));
            await Task.Delay(100);
        }

        Assert.Equal(records.Order(), rows.Select(r => r.PersonId).Order());
        Assert.All(rows, r => Assert.True(r.Status == ParticipantStatus.Prompted, $"{r.PersonId} is {r.Status}: {r.Reason}"));
        foreach (var person in records)
            await host.WaitForAsync(LocalHostDriver.ChatOf(person), a => a.Any(DrillWalker.IsAlert(drill.Id)), "the alert card of " + person);
        Assert.True(host.App.Services.GetRequiredService<FakeGraph>().Created >= records.Count - 1); // the trainer may be in records too
    }
}
