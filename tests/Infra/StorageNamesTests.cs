using System.Text.RegularExpressions;
using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Readiness.Sending;
using DrillPlatform.Core.Readiness.Storage;
using DrillPlatform.Core.Storage;

namespace DrillPlatform.Tests.Infra;

// The app's identity may read and write tables and queues; Bicep creates them (with their poison
// queues) so the names in the sample parameters must be the ones the code uses.
[Trait("Category", "Infra")]
public sealed partial class StorageNamesTests
{
    private static readonly string[] CodeTables =
    [
        TableNames.Roster, TableNames.ConversationRefs, TableNames.Quizzes, TableNames.Once,
        WalkStore.TableName, DrillTables.Schedules, DrillTables.Drills, DrillTables.Participants, SmsOutboxStore.TableName,
        EquipmentTables.Equipment, EquipmentTables.CheckTasks,
        ReadinessTables.Rollups, ReadinessTables.Snapshots, ReadinessTables.Sends,
    ];

    [Theory]
    [InlineData("main.bicepparam")]
    [InlineData("main.china.bicepparam")]
    public void SampleParameters_CreateEveryTableAndQueueTheCodeUses(string file)
    {
        var text = File.ReadAllText(Path.Combine(AzuriteFixture.RepoRoot, "infra-bicep", file));

        Assert.Equal(CodeTables.Order(), Names(text, "tableNames").Order());
        Assert.Equal([DrillPromptQueue.Suffix, ReadinessNudgeQueue.Suffix], Names(text, "queueNames"));
    }

    private static IEnumerable<string> Names(string bicepparam, string parameter) =>
        Regex.Match(bicepparam, $@"param {parameter} = \[(.*?)\]", RegexOptions.Singleline).Groups[1].Value
            .Split('\n').Select(line => line.Trim().Trim('\'')).Where(line => line.Length > 0);
}
