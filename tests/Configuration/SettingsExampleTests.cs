namespace DrillPlatform.Tests.Configuration;

[Trait("Category", "Storage")]
public class SettingsExampleTests
{
    [Fact]
    public void LocalSettingsExample_DocumentsEverySettingTheCodeReads()
    {
        var documented = SettingsCatalog.Example().Keys.ToHashSet();
        var undocumented = SettingsCatalog.CodeReads().Select(s => s.Key).Where(k => !documented.Contains(k)).Order().ToList();
        Assert.True(undocumented.Count == 0, $"functions/local.settings.json.example lacks: {string.Join(", ", undocumented)}");
    }

    [Fact]
    public void LocalSettingsExample_HasNoSettingTheCodeDoesNotRead()
    {
        string[] host = ["AzureWebJobsStorage", "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "APPLICATIONINSIGHTS_CONNECTION_STRING",
            "AzureWebJobsStorage__accountName", "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId"];
        var read = SettingsCatalog.CodeReads().Select(s => s.Key).Concat(host).ToHashSet();
        var unread = SettingsCatalog.Example().Keys.Where(k => !read.Contains(k)).Order().ToList();
        Assert.True(unread.Count == 0, $"functions/local.settings.json.example lists settings nothing reads: {string.Join(", ", unread)}");
    }
}
