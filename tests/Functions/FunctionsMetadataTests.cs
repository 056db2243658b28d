namespace DrillPlatform.Tests.Functions;

/// <summary>
/// Functions Core Tools cannot run here, so the functions app is proven by what the Worker SDK
/// writes at build time (functions.metadata) and by invoking the function classes directly.
/// </summary>
[Trait("Category", "Storage")]
public class FunctionsMetadataTests
{
    public static string Output()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        return Path.Combine(AzuriteFixture.RepoRoot, "functions", "bin", configuration, "net10.0");
    }

    public static JsonElement[] Functions()
    {
        var path = Path.Combine(Output(), "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: the functions project did not build.");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement.EnumerateArray().ToArray();
    }

    [Fact]
    public void Metadata_ListsMessagesAsAnonymousPostOnApiMessages()
    {
        var messages = Functions().Single(f => f.GetProperty("name").GetString() == "Messages");
        var trigger = messages.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "httpTrigger");

        Assert.Equal("messages", trigger.GetProperty("route").GetString());
        Assert.Equal(["post"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
        Assert.Equal("DrillPlatform.Functions.Messages.Run", messages.GetProperty("entryPoint").GetString());
    }

    [Theory]
    [InlineData("PlanDrills", "%PlanDrillsSchedule%")]
    [InlineData("LaunchDueDrills", "%LaunchDueDrillsSchedule%")]
    [InlineData("EscalateAndClose", "%EscalateAndCloseSchedule%")]
    [InlineData("ScheduleChecks", "%ScheduleChecksSchedule%")]
    [InlineData("EscalateOverdueChecks", "%EscalateOverdueChecksSchedule%")]
    [InlineData("SnapshotReadiness", "%SnapshotReadinessSchedule%")]
    [InlineData("SendReadinessDigest", "%SendReadinessDigestSchedule%")]
    public void Metadata_ListsEveryTimerWithItsScheduleSetting(string name, string schedule)
    {
        var function = Functions().Single(f => f.GetProperty("name").GetString() == name);
        var trigger = function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "timerTrigger");
        Assert.Equal(schedule, trigger.GetProperty("schedule").GetString());
    }

    [Theory]
    [InlineData("SendDrillPrompt", "%DrillPromptsQueue%")]
    [InlineData("SendDrillPromptPoison", "%DrillPromptsQueue%-poison")]
    [InlineData("SendReadinessNudge", "%ReadinessNudgesQueue%")]
    public void Metadata_ListsTheQueueFunctionsOnTheirQueueSetting(string name, string queue)
    {
        var function = Functions().Single(f => f.GetProperty("name").GetString() == name);
        var trigger = function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "queueTrigger");
        Assert.Equal(queue, trigger.GetProperty("queueName").GetString());
    }

    [Fact]
    public void Build_CopiesHostJsonAndTemplatesBesideTheFunctions()
    {
        Assert.True(File.Exists(Path.Combine(Output(), "host.json")));
        Assert.True(File.Exists(Path.Combine(Output(), "templates", "cards", "question.sbn-json")));
        Assert.True(File.Exists(Path.Combine(Output(), "extensions.json")));
    }
}
