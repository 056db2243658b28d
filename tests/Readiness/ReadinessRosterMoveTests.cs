using System.Text;
using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Readiness.Model;
using DrillPlatform.Core.Readiness.Recording;
using DrillPlatform.Core.Readiness.Scoring;
using DrillPlatform.Core.Readiness.Storage;
using DrillPlatform.Tests.Conversations;

namespace DrillPlatform.Tests.Readiness;

/// <summary>A roster import that changes someone's department moves their readiness with them.</summary>
[Trait("Category", "Storage")]
public sealed class ReadinessRosterMoveTests
{
    [Fact]
    public async Task RosterImport_WhenAPersonChangesDepartment_MovesTheirRollupAndTheNewDepartmentSeesTheirHistory()
    {
        await using var bot = await BotHarness.StartAsync();
        var (from, to) = ("dept-" + Guid.NewGuid().ToString("N")[..6], "dept-" + Guid.NewGuid().ToString("N")[..6]);
        var person = await bot.PersonAsync("Mover", from, "en", "records-clerk");
        var question = bot.Get<DrillPlatform.Core.Content.ContentBundle>().Questions[0];
        var at = bot.Clock.GetUtcNow();
        await bot.Get<ReadinessStore>().UpdateAsync(from, person.ObjectId, r =>
            RollupUpdates.Answer(r, question.Id, question.Topic, new QuestionRecall(at, 3, true, "attempt-1")));
        var before = (await bot.Get<ReadinessReader>().DepartmentAsync(from)).People.Single();

        var result = await bot.Get<RosterCsvImporter>().ImportAsync(Csv(person with { Department = to }));

        Assert.Empty(result.Errors);
        Assert.Null(await bot.Get<ReadinessStore>().GetAsync(from, person.ObjectId));
        var moved = await bot.Get<ReadinessStore>().GetAsync(to, person.ObjectId);
        Assert.NotNull(moved);
        Assert.Equal(at, moved.LastQuizAt);
        var after = (await bot.Get<ReadinessReader>().DepartmentAsync(to)).People.Single();
        Assert.Equal(before.Score, after.Score);
        Assert.Empty((await bot.Get<ReadinessReader>().DepartmentAsync(from)).People);
    }

    [Fact]
    public async Task RosterImport_WithTheSameDepartment_LeavesTheRollupWhereItIs()
    {
        await using var bot = await BotHarness.StartAsync();
        var department = "dept-" + Guid.NewGuid().ToString("N")[..6];
        var person = await bot.PersonAsync("Stayer", department, "en", "records-clerk");
        await bot.Get<ReadinessStore>().UpdateAsync(department, person.ObjectId, r => RollupUpdates.Practice(r, bot.Clock.GetUtcNow()));
        var version = (await bot.Get<ReadinessStore>().GetAsync(department, person.ObjectId))!.Version;

        await bot.Get<RosterCsvImporter>().ImportAsync(Csv(person with { Name = "Stayer Renamed" }));

        Assert.Equal(version, (await bot.Get<ReadinessStore>().GetAsync(department, person.ObjectId))!.Version);
    }

    private static MemoryStream Csv(StaffMember p) => new(Encoding.UTF8.GetBytes(
        "objectId,name,email,department,roles,phone,locale\r\n" +
        $"{p.ObjectId},{p.Name},{p.Email},{p.Department},{string.Join(';', p.Roles)},{p.Phone},{p.Locale}\r\n"));
}
