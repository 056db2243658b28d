using System.Text.Json;
using DrillPlatform.Core.Drills;
using DrillPlatform.Core.Drills.Storage;
using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Equipment.Tasks;
using DrillPlatform.Core.Quizzes;
using DrillPlatform.Core.Scenarios;

namespace DrillPlatform.Core.Readiness.Rebuild;

/// <summary>
/// The raw history rebuild-readiness replays: every quiz attempt, every closed drill's participants,
/// every practice walk and every check task. Full table scans on purpose: this is the slow, rare
/// path whose result the incremental roll-ups must equal; the read path never comes here.
/// </summary>
public sealed class ReadinessHistory(TableServiceClient service, IOptions<StorageOptions> options)
{
    /// <summary>Practice walk ids start with this (bot WalkActions.NewPracticeWalkId); drill walks are named by their drill id.</summary>
    public const string PracticeWalkPrefix = "p-";

    private TableClient Table(string name) => service.GetTableClient(options.Value.Prefix + name);

    public async Task<IReadOnlyList<QuizAttempt>> AttemptsAsync(CancellationToken ct) =>
        (await ScanAsync(TableNames.Quizzes, TableClient.CreateQueryFilter($"RowKey ge {QuizRows.SessionPrefix} and RowKey lt {"q}"}"),
            e => QuizRows.IsAttempt(e.RowKey) ? AttemptStore.FromEntity(e) : null, ct)).OfType<QuizAttempt>().ToList();

    public async Task<IReadOnlyList<(Drill Drill, IReadOnlyList<Participant> Participants)>> ClosedDrillsAsync(CancellationToken ct)
    {
        var drills = await ScanAsync(DrillTables.Drills, "PartitionKey ge 'd:' and PartitionKey lt 'd;'", DrillEntity.ToDrill, ct);
        var closed = new List<(Drill, IReadOnlyList<Participant>)>();
        foreach (var drill in drills.Where(d => d.Status == DrillStatus.Closed))
            closed.Add((drill, await ScanAsync(DrillTables.Participants, TableClient.CreateQueryFilter($"PartitionKey eq {drill.Id}"), ParticipantEntity.ToParticipant, ct)));
        return closed;
    }

    /// <summary>Person → when they last answered a step of a practice walk.</summary>
    public async Task<IReadOnlyList<(string PersonId, DateTimeOffset At)>> PracticeAnswersAsync(CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {PracticeWalkPrefix} and PartitionKey lt {PracticeWalkPrefix[..^1] + (char)(PracticeWalkPrefix[^1] + 1)}");
        var walks = await ScanAsync(WalkStore.TableName, filter, e => (Person: e.RowKey, State: JsonSerializer.Deserialize<WalkState>(e.GetString("State") ?? "null")), ct);
        return walks.SelectMany(w => (w.State?.History ?? []).Where(r => r.Option is not null && r.AnsweredAt is not null).Select(r => (w.Person, r.AnsweredAt!.Value))).ToList();
    }

    public async Task<IReadOnlyList<CheckTask>> CheckTasksAsync(CancellationToken ct) =>
        await ScanAsync(EquipmentTables.CheckTasks, "PartitionKey ge 'e:' and PartitionKey lt 'e;'", CheckTaskEntity.ToTask, ct);

    private async Task<List<T>> ScanAsync<T>(string table, string? filter, Func<TableEntity, T> map, CancellationToken ct)
    {
        var client = Table(table);
        await client.CreateIfNotExistsAsync(ct);
        var list = new List<T>();
        await foreach (var e in client.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            list.Add(map(e));
        return list;
    }
}
