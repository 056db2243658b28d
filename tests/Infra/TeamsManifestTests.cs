using System.IO.Compression;
using System.Text.Json.Nodes;
using Json.Schema;

namespace DrillPlatform.Tests.Infra;

// bot/appPackage: the manifest against the official schema shipped by @microsoft/app-manifest,
// the icons Teams asks for, and the MSBuild target that zips the package.
[Trait("Category", "Infra")]
public sealed class TeamsManifestTests
{
    private const string BotId = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
    private const string ApiClientId = "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d";
    private static readonly string PackageDir = Path.Combine(AzuriteFixture.RepoRoot, "bot", "appPackage");

    [Fact]
    public void Manifest_WithIdsFilledIn_IsValidAgainstItsOfficialSchema()
    {
        var manifest = FilledManifest();
        var schema = OfficialSchema((string)manifest["manifestVersion"]!);

        var result = schema.Evaluate(JsonSerializer.SerializeToElement(manifest), new EvaluationOptions { OutputFormat = OutputFormat.List });

        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, "manifest.json breaks its schema:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void Manifest_BotInPersonalAndTeamScope_ListsTheCommandMenu()
    {
        var bot = FilledManifest()["bots"]!.AsArray().Single()!;
        var scopes = bot["scopes"]!.AsArray().Select(s => (string)s!).ToList();
        var commands = bot["commandLists"]!.AsArray()
            .SelectMany(l => l!["commands"]!.AsArray()).Select(c => (string)c!["title"]!).ToHashSet();

        Assert.Equal(BotId, (string?)bot["botId"]);
        Assert.Contains("personal", scopes);
        Assert.Contains("team", scopes);
        Assert.Subset(commands, new HashSet<string>
        {
            "quiz", "my role", "extinguisher", "help", "language", "practice", "schedule", "drills", "checks",
        });
    }

    [Fact]
    public void Manifest_ReportsStaticTab_OpensTheFunctionsPageWithSingleSignOn()
    {
        var manifest = FilledManifest();
        var tabs = manifest["staticTabs"]!.AsArray();
        var reports = tabs.Single(t => (string?)t!["entityId"] == "reports")!;

        Assert.Equal("https://func-drill-test.azurewebsites.net/" + DrillPlatform.Core.Api.ApiRoutes.Prefix + "/" + DrillPlatform.Core.Api.ApiRoutes.ReportPage, (string?)reports["contentUrl"]);
        Assert.Equal(["personal"], reports["scopes"]!.AsArray().Select(s => (string)s!));
        // A bot with static tabs keeps its chat only if the conversations tab is listed.
        Assert.Contains(tabs, t => (string?)t!["entityId"] == "conversations");
        Assert.Contains(new Uri((string)reports["contentUrl"]!).Host, manifest["validDomains"]!.AsArray().Select(d => (string)d!));
        // Tab SSO: Teams asks Entra for a token to the trainer API, whose app id URI names the tab's domain.
        Assert.Equal(ApiClientId, (string?)manifest["webApplicationInfo"]!["id"]);
        Assert.Equal($"api://func-drill-test.azurewebsites.net/{ApiClientId}", (string?)manifest["webApplicationInfo"]!["resource"]);
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icons_HaveTheSizesTeamsRequires(string file, int size)
    {
        var png = Png.Read(Path.Combine(PackageDir, file));

        Assert.Equal((size, size), (png.Width, png.Height));
    }

    [Fact]
    public void OutlineIcon_IsWhiteOnTransparent()
    {
        var rows = Png.Read(Path.Combine(PackageDir, "outline.png")).RgbaRows();
        var pixels = rows.SelectMany(r => r.Chunk(4)).ToList();

        Assert.All(pixels, p => Assert.True(p[3] == 0 || (p[0], p[1], p[2]) == (255, 255, 255),
            $"pixel rgba({p[0]},{p[1]},{p[2]},{p[3]}) is neither transparent nor white"));
        Assert.Contains(pixels, p => p[3] == 0);
        Assert.Contains(pixels, p => p[3] == 255);
    }

    [Fact]
    public async Task TeamsAppPackageTarget_WithBotId_ZipsManifestAndIconsWithTheIdFilledIn()
    {
        var dir = Directory.CreateTempSubdirectory("teams-package-").FullName;
        try
        {
            var zip = Path.Combine(dir, "DrillPlatform.zip");
            var result = await Cli.RunAsync("dotnet", [
                "msbuild", Path.Combine("bot", "DrillPlatform.Bot.csproj"), "-nologo", "-t:TeamsAppPackage",
                $"-p:BotId={BotId}", $"-p:ApiClientId={ApiClientId}", "-p:AppDomain=func-drill-test.azurewebsites.net", $"-p:TeamsAppPackageOutput={zip}",
            ], AzuriteFixture.RepoRoot);
            Assert.True(result.ExitCode == 0, result.Describe());

            using var archive = ZipFile.OpenRead(zip);
            Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
            using var reader = new StreamReader(archive.GetEntry("manifest.json")!.Open());
            var manifest = JsonNode.Parse(await reader.ReadToEndAsync())!;
            Assert.Equal(BotId, (string?)manifest["bots"]![0]!["botId"]);
            Assert.Equal("func-drill-test.azurewebsites.net", (string?)manifest["validDomains"]![0]);
            Assert.Equal(ApiClientId, (string?)manifest["webApplicationInfo"]!["id"]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task TeamsAppPackageTarget_WithoutBotId_FailsNamingTheProperty()
    {
        var result = await Cli.RunAsync("dotnet", [
            "msbuild", Path.Combine("bot", "DrillPlatform.Bot.csproj"), "-nologo", "-t:TeamsAppPackage", "-p:AppDomain=x.example",
        ], AzuriteFixture.RepoRoot);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("-p:BotId=", result.StdOut);
    }

    [Fact]
    public async Task TeamsAppPackageTarget_WithoutApiClientId_FailsNamingTheProperty()
    {
        var result = await Cli.RunAsync("dotnet", [
            "msbuild", Path.Combine("bot", "DrillPlatform.Bot.csproj"), "-nologo", "-t:TeamsAppPackage", $"-p:BotId={BotId}", "-p:AppDomain=x.example",
        ], AzuriteFixture.RepoRoot);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("-p:ApiClientId=", result.StdOut);
    }

    private static JsonObject FilledManifest()
    {
        var text = File.ReadAllText(Path.Combine(PackageDir, "manifest.json"))
            .Replace("{{BotId}}", BotId).Replace("{{TeamsAppId}}", BotId).Replace("{{ApiClientId}}", ApiClientId)
            .Replace("{{AppDomain}}", "func-drill-test.azurewebsites.net")
            .Replace("{{InfoUrl}}", "https://func-drill-test.azurewebsites.net");
        Assert.DoesNotContain("{{", text);
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>
    /// The Teams schemas declare draft-04, which JsonSchema.Net does not implement. They use no
    /// keyword whose meaning changed after draft-04 (checked below), so they are read as draft-07.
    /// </summary>
    private static JsonSchema OfficialSchema(string manifestVersion)
    {
        var path = Path.Combine(AzuriteFixture.RepoRoot, "node_modules", "@microsoft", "app-manifest", "build",
            "json-schemas", "teams", $"v{manifestVersion}", "MicrosoftTeams.schema.json");
        Assert.True(File.Exists(path), $"{path} is missing: restore node_modules (npm ci) or pick a manifestVersion the package ships.");

        var text = File.ReadAllText(path);
        Assert.DoesNotMatch(@"""exclusive(Minimum|Maximum)""\s*:\s*(true|false)", text);
        Assert.DoesNotMatch(@"^\s*\{\s*""id""\s*:", text);
        text = text.Replace("http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-07/schema#");
        return JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }
}
