using Azure.Data.Tables;
using DrillPlatform.Core.Readiness.Model;
using DrillPlatform.Core.Readiness.Recording;
using DrillPlatform.Core.Readiness.Storage;
using DrillPlatform.Core.Storage;
using DrillPlatform.Tests.Conversations;
using Microsoft.Extensions.Options;
using static DrillPlatform.Tests.Readiness.ReadinessTestModel;

namespace DrillPlatform.Tests.Readiness;

/// <summary>
/// The two rows of a roll-up on Azurite: what grows with history stays out of the row a department
/// read returns, whatever the person's id, and rows stored before the split still read and migrate.
/// </summary>
[Trait("Category", "Storage")]
public sealed class ReadinessRowsTests
{
    [Fact]
    public async Task Rollup_AfterManyAnswersAndDrills_KeepsWhatGrowsWithHistoryOutOfTheReadRow()
    {
        await using var bot = await BotHarness.StartAsync();
        var (department, person, store) = ("dept-" + Guid.NewGuid().ToString("N")[..6], Guid.NewGuid().ToString(), bot.Get<ReadinessStore>());
        var now = bot.Clock.GetUtcNow();
        var bank = bot.Get<ContentBundle>().Questions;
        for (var i = 0; i < 12; i++)
        {
            var (question, at) = (bank[i], now.AddDays(-i));
            await store.UpdateAsync(department, person, r => RollupUpdates.Answer(r, question.Id, question.Topic, new QuestionRecall(at, 2, true, $"a{i}")));
            await store.UpdateAsync(department, person, r => RollupUpdates.Drill(r, new DrillOutcome($"d{i}", "fire-records-store", at, 60, true, []), Model.DrillHalfLife));
        }

        var rows = await RowsAsync(bot, department);
        var read = Assert.Single(rows, e => e.RowKey == ReadinessTables.Person(person));
        var writeSide = Assert.Single(rows, e => e.RowKey == ReadinessTables.WriteSide(person));
        Assert.DoesNotContain("Questions", read.Keys);
        Assert.DoesNotContain("DrillApplied", read.Keys);
        Assert.Equal(DrillRollup.RecentKept, JsonDocument.Parse(read.GetString("DrillRecent")).RootElement.GetArrayLength());
        Assert.Equal(12, JsonDocument.Parse(writeSide.GetString("DrillApplied")).RootElement.GetArrayLength());
        var listed = Assert.Single(await store.ListDepartmentAsync(department));
        Assert.Equal(12, listed.Drills.Count);
        Assert.Empty(listed.Drills.Applied);
        var whole = (await store.GetAsync(department, person))!;
        Assert.Equal(12, whole.Questions.Count);
        Assert.Equal(12, whole.Drills.Applied.Count);
    }

    [Fact]
    public async Task DepartmentRead_OfPeopleWhoseIdsStartWithKeyCharacters_ListsEachOnceAndNoWriteSideRow()
    {
        await using var bot = await BotHarness.StartAsync();
        var (department, store) = ("dept-" + Guid.NewGuid().ToString("N")[..6], bot.Get<ReadinessStore>());
        string[] people = ["!bang", "~tilde", "%percent", "-dash", "0zero", Guid.NewGuid().ToString()];
        foreach (var p in people)
            await store.UpdateAsync(department, p, r => RollupUpdates.Drill(r, new DrillOutcome("d1", "fire-records-store", bot.Clock.GetUtcNow(), 80, true, []), Model.DrillHalfLife));

        Assert.Equal(people.Order(StringComparer.Ordinal), (await store.ListDepartmentAsync(department)).Select(r => r.PersonId).Order(StringComparer.Ordinal));
        var all = (await store.ListAllAsync()).Where(r => r.Department == department).ToList();
        Assert.Equal(people.Length, all.Count);
        Assert.All(all, r => Assert.Equal(["d1"], r.Drills.Applied));
    }

    [Fact]
    public async Task Rollup_StoredAsOneRowBeforeTheSplit_IsReadAndItsNextWriteMovesItToTwoRows()
    {
        await using var bot = await BotHarness.StartAsync();
        var (department, person, store) = ("dept-" + Guid.NewGuid().ToString("N")[..6], Guid.NewGuid().ToString(), bot.Get<ReadinessStore>());
        var at = bot.Clock.GetUtcNow();
        var question = bot.Get<ContentBundle>().Questions[0];
        var old = PersonRollup.Empty(person, department)
            .Apply(r => RollupUpdates.Answer(r, question.Id, question.Topic, new QuestionRecall(at, 3, true, "a1")))
            .Apply(r => RollupUpdates.Drill(r, new DrillOutcome("d1", "fire-records-store", at, 90, true, []), Model.DrillHalfLife));
        var single = RollupEntity.ReadRow(old);
        foreach (var (column, value) in RollupEntity.WriteSideRow(old).Where(kv => kv.Key is "Questions" or "DrillApplied")) single[column] = value;
        await (await TableAsync(bot)).AddEntityAsync(single);

        Assert.Equal([question.Id], (await store.GetAsync(department, person))!.Questions.Keys);
        Assert.Equal(90, Assert.Single(await store.ListDepartmentAsync(department)).Drills.Mean!.Value, 6);
        await store.UpdateAsync(department, person, r => RollupUpdates.Drill(r, new DrillOutcome("d1", "fire-records-store", at, 90, true, []), Model.DrillHalfLife));
        await store.UpdateAsync(department, person, r => RollupUpdates.Drill(r, new DrillOutcome("d2", "fire-records-store", at, 50, true, []), Model.DrillHalfLife));

        var rows = await RowsAsync(bot, department);
        Assert.DoesNotContain("Questions", Assert.Single(rows, e => e.RowKey == ReadinessTables.Person(person)).Keys);
        Assert.Single(rows, e => e.RowKey == ReadinessTables.WriteSide(person));
        var migrated = (await store.GetAsync(department, person))!;
        Assert.Equal(2, migrated.Drills.Count);
        Assert.Equal(["d1", "d2"], migrated.Drills.Applied);
        Assert.Equal([question.Id], migrated.Questions.Keys);
    }

    private static async Task<TableClient> TableAsync(BotHarness bot) =>
        await new StoreTable(bot.Get<TableServiceClient>(), bot.Get<IOptions<StorageOptions>>(), ReadinessTables.Rollups).ClientAsync();

    private static async Task<List<TableEntity>> RowsAsync(BotHarness bot, string department)
    {
        var rows = new List<TableEntity>();
        await foreach (var e in (await TableAsync(bot)).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {ReadinessTables.Department(department)}")))
            rows.Add(e);
        return rows;
    }
}
