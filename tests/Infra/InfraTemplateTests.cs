using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace DrillPlatform.Tests.Infra;

// Checks on the compiled template for the decisions the deployment depends on: Flex runtime,
// identity-only storage, deterministic role assignments, and the bot wired to the app.
[Trait("Category", "Infra")]
public sealed class InfraTemplateTests
{
    [Fact]
    public async Task FunctionApp_RunsDotnetIsolatedOnTheVersionTheFunctionsProjectTargets()
    {
        var template = await Bicep.MainTemplateAsync();
        var site = ArmTemplate.ResourcesOfType(template, "Microsoft.Web/sites").Single().Resource;
        var config = site["properties"]!["functionAppConfig"]!;

        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("blobContainer", (string?)config["deployment"]!["storage"]!["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)config["deployment"]!["storage"]!["authentication"]!["type"]);
        Assert.Equal(TargetDotnetVersion(), (string?)template["parameters"]!["dotnetVersion"]!["defaultValue"]);
    }

    [Fact]
    public async Task FunctionApp_MaximumInstancesIsWhatFlexAccepts_AndTheHttpGroupHasAnAlwaysReadyInstance()
    {
        var template = await Bicep.MainTemplateAsync();
        var maximum = template["parameters"]!["maximumInstanceCount"]!;
        var alwaysReady = template["parameters"]!["alwaysReadyHttpInstances"]!;
        var site = ArmTemplate.ResourcesOfType(template, "Microsoft.Web/sites").Single().Resource;
        var alwaysReadyGroups = (string)site["properties"]!["functionAppConfig"]!["scaleAndConcurrency"]!["alwaysReady"]!;

        // Flex refuses fewer than 40 (the 10 failed); Teams' limit is met by pacing instead (StartupSettingsTests).
        Assert.Equal(40, (int)maximum["minValue"]!);
        Assert.InRange((int)maximum["defaultValue"]!, 40, 100);
        Assert.Equal(1, (int)alwaysReady["defaultValue"]!);
        Assert.Contains("createObject('name', 'http'", alwaysReadyGroups);
    }

    [Fact]
    public async Task Storage_AllowsNoSharedKeyAccess()
    {
        var template = await Bicep.MainTemplateAsync();
        var account = ArmTemplate.ResourcesOfType(template, "Microsoft.Storage/storageAccounts").Single().Resource;

        Assert.False((bool)account["properties"]!["allowSharedKeyAccess"]!);
    }

    [Fact]
    public async Task RoleAssignments_AreLoopsWithGuidNames_CoveringStorageAcsAndKeyVault()
    {
        var template = await Bicep.MainTemplateAsync();
        var assignments = ArmTemplate.ResourcesOfType(template, "Microsoft.Authorization/roleAssignments").ToList();
        var roles = ArmTemplate.Module(template, "roleAssignments")["variables"]!.AsObject()
            .SelectMany(v => v.Value!.AsArray()).Select(r => (string)r!["name"]!).ToList();

        Assert.Equal(4, assignments.Count);
        Assert.All(assignments, a =>
        {
            Assert.NotNull(a.Resource["copy"]);
            Assert.StartsWith("[guid(", (string?)a.Resource["name"]);
        });
        Assert.Subset(roles.ToHashSet(), new HashSet<string>
        {
            "Storage Blob Data Owner", "Storage Queue Data Contributor", "Storage Table Data Contributor",
            "Contributor", "Key Vault Secrets User", "Monitoring Metrics Publisher",
        });
    }

    [Fact]
    public async Task Bot_IsAnAzureBotWithTheTeamsChannel_PointingAtTheMessagesEndpoint()
    {
        var template = await Bicep.MainTemplateAsync();
        var bot = ArmTemplate.ResourcesOfType(template, "Microsoft.BotService/botServices").Single().Resource;
        var channel = ArmTemplate.ResourcesOfType(template, "Microsoft.BotService/botServices/channels").Single().Resource;
        var endpoint = (string)ArmTemplate.ResourcesOfType(template, "Microsoft.Resources/deployments")
            .Single(f => (string?)f.Resource["name"] == "bot").Resource["properties"]!["parameters"]!["endpoint"]!["value"]!;

        Assert.Equal("azurebot", (string?)bot["kind"]);
        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]!["channelName"]);
        Assert.StartsWith("[format('https://{0}/api/messages', reference('functionApp').outputs.defaultHostName", endpoint);
        Assert.Equal("UserAssignedMSI", (string?)template["parameters"]!["botAppType"]!["defaultValue"]);
    }

    [Fact]
    public async Task Outputs_GiveWhatTheNextStepsNeed()
    {
        var template = await Bicep.MainTemplateAsync();
        var outputs = template["outputs"]!.AsObject().Select(o => o.Key).ToHashSet();

        Assert.Subset(outputs, new HashSet<string> { "functionAppName", "functionAppUrl", "botId" });
    }

    // Directory.Build.props sets net10.0 for every project; Flex wants "10.0".
    private static string TargetDotnetVersion()
    {
        var props = XDocument.Load(Path.Combine(AzuriteFixture.RepoRoot, "Directory.Build.props"));
        var tfm = props.Descendants("TargetFramework").Single().Value;
        return tfm["net".Length..];
    }
}
