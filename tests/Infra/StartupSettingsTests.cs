using DrillPlatform.Core.Api;
using DrillPlatform.Functions;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DrillPlatform.Tests.Infra;

// The app must start on exactly what a deployment sets: for each shipped parameter file, the
// snapshot's app settings (plus what the platform provides) become the worker's configuration,
// the worker's services are built as Program builds them, options are validated as at start-up,
// the start-up checks run, and every function class is constructed.
public sealed class StartupSettingsTests
{
    public static TheoryData<string, string, string> ShippedParameterFiles => new()
    {
        { "main.bicepparam", "Public", "eastasia" },
        { "main.china.bicepparam", "China", "chinanorth3" },
    };

    [Theory]
    [MemberData(nameof(ShippedParameterFiles))]
    public async Task Worker_StartsOnTheSettingsTheDeploymentSets(string file, string cloud, string location)
    {
        var settings = await DeployedSettings.OfAsync(file, CloudOf(cloud), location);

        await using var services = await StartAsync(settings);

        var sms = services.GetRequiredService<IOptions<SmsOptions>>().Value;
        Assert.False(sms.Enabled);
        Assert.Contains(cloud == "China" ? "Sms:Aliyun:AccessKeyId" : "Sms:From", sms.OffReason);
    }

    [Theory]
    [MemberData(nameof(ShippedParameterFiles))]
    public async Task Deployment_UsesServiceUriHostStorageAndTheCloudsEntraEndpoints(string file, string cloud, string location)
    {
        var target = CloudOf(cloud);
        var settings = await DeployedSettings.OfAsync(file, target, location);

        Assert.DoesNotContain("AzureWebJobsStorage__accountName", settings.Keys);
        foreach (var service in new[] { "blob", "queue", "table" })
            Assert.EndsWith($".{service}.{target.StorageSuffix}/", settings[$"AzureWebJobsStorage__{service}ServiceUri"]);
        Assert.Equal($"{target.LoginEndpoint}{DeployedSettings.TenantId}/v2.0", settings["Api__Issuer"]);
        Assert.Equal(cloud == "China" ? $"https://sts.chinacloudapi.cn/{DeployedSettings.TenantId}/" : $"https://sts.windows.net/{DeployedSettings.TenantId}/",
            settings["Api__V1Issuer"]);
        Assert.Equal($"api://{settings["Api__Audience"]}", settings["Api__AppIdUri"]);
        Assert.True(Guid.TryParse(settings["Api__Audience"], out _), "Api__Audience must be the registration's client id");
        // MSAL appends the tenant to Bot:Authority; the deployment must not add it twice.
        Assert.Equal(target.LoginEndpoint, settings["Bot__Authority"]);
        Assert.Equal($"ClientId={DeployedSettings.IdentityClientId};Authorization=AAD", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
    }

    [Fact]
    public async Task Deployment_PacesEverySenderForEveryScaleGroupThatSends()
    {
        var settings = await DeployedSettings.OfAsync("main.bicepparam", DeployedSettings.Public, "eastasia");

        // Flex scales the http group, SendDrillPrompt and SendReadinessNudge to 40 each; three timers send too.
        Assert.Equal("123", settings["Drills__SenderInstances"]);
    }

    [Theory]
    [InlineData("main.bicepparam", "AzureCloud", "eastasia")]
    [InlineData("main.china.bicepparam", "AzureChinaCloud", "chinanorth3")]
    public async Task Deployment_PointsTheBotsReportLinksAtThePageTheFunctionsAppServes(string file, string cloud, string location)
    {
        var settings = await DeployedSettings.OfAsync(file, cloud == "AzureCloud" ? DeployedSettings.Public : DeployedSettings.China, location);

        var page = new Uri(settings["Reports__PageUrl"]);
        Assert.Equal("https", page.Scheme);
        // The app's own host in its cloud (azurewebsites.net, chinacloudsites.cn), read from the site, not written out.
        Assert.StartsWith(settings["WEBSITE_SITE_NAME"] + ".", page.Host, StringComparison.Ordinal);
        Assert.EndsWith(cloud == "AzureCloud" ? ".azurewebsites.net" : ".chinacloudsites.cn", page.Host, StringComparison.Ordinal);
        Assert.Equal("/" + DrillPlatform.Core.Api.ApiRoutes.Prefix + "/" + DrillPlatform.Core.Api.ApiRoutes.ReportPage, page.AbsolutePath);
    }

    [Fact]
    public async Task Worker_WithTheAlibabaCloudAccessKeySet_StartsWithSmsOn()
    {
        var settings = await DeployedSettings.OfAsync("main.china.bicepparam", DeployedSettings.China, "chinanorth3",
            ("param aliyunSmsAccessKeyId = ''", "param aliyunSmsAccessKeyId = 'LTAI5tDrillPlatformTest'"));

        await using var services = await StartAsync(settings);

        var sms = services.GetRequiredService<IOptions<SmsOptions>>().Value;
        Assert.True(sms.Enabled, sms.OffReason);
        Assert.Equal(DeployedSettings.ResolvedSecret, sms.Aliyun.AccessKeySecret);
        Assert.False(services.GetRequiredService<ISmsProvider>().DropsRepeats);
    }

    [Fact]
    public async Task Worker_WhenADeployedSettingIsWrong_FailsAtStartNamingIt()
    {
        var settings = await DeployedSettings.OfAsync("main.bicepparam", DeployedSettings.Public, "eastasia");
        settings["Api__Issuer"] = "";

        var error = await Assert.ThrowsAnyAsync<Exception>(async () => await (await StartAsync(settings)).DisposeAsync());

        // The message is formatted by DataAnnotations: a brace in it once turned this into a FormatException.
        Assert.IsType<OptionsValidationException>(error);
        Assert.Contains("Api:Issuer", error.Message);
    }

    // Every setting the code binds, blanked and then set to junk (with braces, which once crashed
    // DataAnnotations' formatting): the worker either starts, or stops with one line that names
    // the setting, never a bare FormatException or a stack of inner messages to dig through.
    [Fact]
    [Trait("Category", "Infra")]
    public async Task Worker_WhenAnyBoundSettingIsBlankOrJunk_StartsOrFailsWithOneLineNamingIt()
    {
        var deployed = await DeployedSettings.OfAsync("main.bicepparam", DeployedSettings.Public, "eastasia");
        var bound = DrillPlatform.Tests.Configuration.SettingsCatalog.Bound();
        var problems = new List<string>();

        foreach (var key in bound)
        {
            foreach (var value in new[] { "", "junk {tenant} {0}" })
            {
                var settings = new Dictionary<string, string>(deployed) { [key] = value };
                try
                {
                    await (await StartAsync(settings)).DisposeAsync();
                }
                catch (Exception ex)
                {
                    var name = key.Replace("__", ":");
                    if (ex is FormatException || ex.Message.Contains('\n') || !ex.Message.Contains(name, StringComparison.OrdinalIgnoreCase))
                        problems.Add($"{key}='{value}': {ex.GetType().Name}: {ex.Message}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static DeployedSettings.Cloud CloudOf(string name) => name == "China" ? DeployedSettings.China : DeployedSettings.Public;

    private static async Task<ServiceProvider> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        // Functions reads app settings as environment variables: Section__Key is Section:Key.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key.Replace("__", ":"), (string?)s.Value)))
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddWorker(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            foreach (var check in services.GetServices<IHostedService>()) await check.StartAsync(CancellationToken.None);
            foreach (var function in FunctionClasses()) ActivatorUtilities.CreateInstance(services, function);
            return services;
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }

    private static IEnumerable<Type> FunctionClasses() => typeof(WorkerServices).Assembly.GetTypes()
        .Where(t => t.GetMethods().Any(m => m.GetCustomAttributes(typeof(FunctionAttribute), false).Length > 0));
}
