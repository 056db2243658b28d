using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DrillPlatform.Tests.Infra;

// functions/local.settings.json.example lists every setting the code reads. Each one must be set
// by the Function App's appsettings in Bicep, except the local-only ones below, and Bicep must
// set nothing the code does not read.
[Trait("Category", "Infra")]
public sealed partial class AppSettingsTests
{
    private static readonly Dictionary<string, string> LocalOnly = new()
    {
        ["AzureWebJobsStorage"] = "a connection string for Azurite; Azure uses the AzureWebJobsStorage__* identity settings",
        ["Storage__ConnectionString"] = "Azurite only (no OAuth there); Azure uses the service URIs and the managed identity",
        ["FUNCTIONS_WORKER_RUNTIME"] = "Flex Consumption takes the runtime from functionAppConfig.runtime, not an app setting",
        ["FUNCTIONS_EXTENSION_VERSION"] = "Flex Consumption sets the host version itself; the setting is on its deprecated list",
        ["MicrosoftAppPassword"] = "only a SingleTenant bot has one, and then only as a Key Vault reference (see below)",
    };

    // Optional in Azure too: empty means "beside the app" (the build publishes templates/ there) or
    // "use the managed identity". Settings with a default in code are optional as well (found by
    // SettingsCatalog); Bicep may still set them, e.g. the cloud's bot endpoints.
    private static readonly Dictionary<string, string> Optional = new()
    {
        ["Content__Root"] = "templates/ is published beside the functions",
        ["Drills__CalendarPath"] = "templates/calendar/site-calendar.yaml is published beside the functions",
        ["Sms__TemplatesFolder"] = "templates/sms is published beside the functions",
        ["Sms__AccessKey"] = "empty: the managed identity gets an Entra token for ACS",
        ["Sms__Aliyun__AccessKeySecret"] = "only with Sms__Provider Aliyun, and then only as a Key Vault reference",
        ["Reach__GraphBaseUrl"] = "empty: Graph of Bot__Cloud",
        ["Reach__GraphScope"] = "empty: Graph's scope in Bot__Cloud",
        ["Reach__ServiceUrl"] = "empty: the global Teams service URL of Bot__Cloud (China: set it, see docs/deploy.md)",
        ["Reports__PdfFont"] = "empty: fonts/wqy-microhei.ttc, published beside the functions when the build machine has it (else PDF answers 503)",
    };

    // Set by Bicep only under a condition, and then never as a literal value.
    private static readonly string[] KeyVaultOnly = ["MicrosoftAppPassword", "Sms__Aliyun__AccessKeySecret"];

    [Fact]
    public async Task AppSettings_InBicep_MatchTheSettingsTheCodeReads()
    {
        var codeReads = ReadLocalSettingsKeys().Except(LocalOnly.Keys).ToHashSet();
        var (always, conditional) = await BicepAppSettingsAsync();
        var bicepSets = always.Union(conditional).ToHashSet();

        var defaulted = DrillPlatform.Tests.Configuration.SettingsCatalog.CodeReads().Where(r => r.HasDefault).Select(r => r.Key);
        var missing = codeReads.Except(Optional.Keys).Except(defaulted).Except(always).Order().ToList();
        var extra = bicepSets.Except(codeReads).Except(KeyVaultOnly).Order().ToList();

        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"Read by the code but not set in Bicep: [{string.Join(", ", missing)}]; " +
            $"set in Bicep but not read by the code: [{string.Join(", ", extra)}]. " +
            "Add the setting to infra-bicep/modules/functionApp.bicep, or to LocalOnly here with the reason.");
    }

    [Fact]
    public async Task MicrosoftAppPassword_WhenSet_IsAKeyVaultReferenceForSingleTenantOnly()
    {
        var template = await Bicep.MainTemplateAsync();
        var config = ArmTemplate.ResourcesOfType(template, "Microsoft.Web/sites/config").Single();
        var expression = (string)config.Resource["properties"]!;
        var variables = config.Template["variables"]!.AsObject();
        var holder = variables.Single(v => v.Value is JsonObject o && o.ContainsKey("MicrosoftAppPassword"));

        Assert.StartsWith("[format('@Microsoft.KeyVault(VaultName={0};SecretName={1})'", (string)holder.Value!["MicrosoftAppPassword"]!);
        Assert.Matches($@"if\(equals\(parameters\('botAppType'\), 'SingleTenant'\), variables\('{holder.Key}'\)", expression);
    }

    private static IEnumerable<string> ReadLocalSettingsKeys()
    {
        var path = Path.Combine(AzuriteFixture.RepoRoot, "functions", "local.settings.json.example");
        Assert.True(File.Exists(path), $"{path} is missing: it is the list of settings the code reads.");
        var values = JsonNode.Parse(File.ReadAllText(path))?["Values"] as JsonObject;
        Assert.True(values is not null, $"{path} has no \"Values\" object.");
        return values.Select(p => p.Key);
    }

    /// <summary>
    /// Setting names from the compiled ARM JSON. The appsettings resource's properties are an
    /// expression over variables of the Function App module; a variable referenced after an
    /// if( is applied only under that condition.
    /// </summary>
    private static async Task<(HashSet<string> Always, HashSet<string> Conditional)> BicepAppSettingsAsync()
    {
        var template = await Bicep.MainTemplateAsync();
        var config = ArmTemplate.ResourcesOfType(template, "Microsoft.Web/sites/config")
            .Single(f => ((string?)f.Resource["name"])?.Contains("appsettings") == true);
        var variables = config.Template["variables"]!.AsObject();

        if (config.Resource["properties"] is JsonObject literal) return (literal.Select(p => p.Key).ToHashSet(), []);

        var expression = (string)config.Resource["properties"]!;
        var firstIf = expression.IndexOf("if(", StringComparison.Ordinal);
        HashSet<string> always = [], conditional = [];
        foreach (Match m in VariableReference().Matches(expression))
        {
            var names = variables[m.Groups[1].Value]!.AsObject().Select(p => p.Key);
            (firstIf >= 0 && m.Index > firstIf ? conditional : always).UnionWith(names);
        }
        // Settings written inline (they read a resource's property, so Bicep cannot make them a variable).
        foreach (Match m in InlineSetting().Matches(expression))
            (firstIf >= 0 && m.Index > firstIf ? conditional : always).Add(m.Groups[1].Value);
        return (always, conditional);
    }

    [GeneratedRegex(@"createObject\('(\w+)'")]
    private static partial Regex InlineSetting();

    [GeneratedRegex(@"variables\('(\w+)'\)")]
    private static partial Regex VariableReference();
}
