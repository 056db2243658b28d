using DrillPlatform.Bot;
using DrillPlatform.Core;
using DrillPlatform.Core.Sms.Aliyun;
using DrillPlatform.Local.Emulator;
using DrillPlatform.Local.FunctionsHost;
using DrillPlatform.Local.Graph;
using DrillPlatform.Local.Sms;

namespace DrillPlatform.Local;

/// <summary>
/// The platform on one machine: the same core and bot as the Functions app, served by Kestrel,
/// with Azurite for storage, a local token issuer and the Teams emulator page.
/// </summary>
public static class LocalHost
{
    public const string DefaultUrl = "http://localhost:7071";

    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplication>? middleware = null)
    {
        var repoRoot = Azurite.FindRepoRoot(AppContext.BaseDirectory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = Path.Combine(repoRoot, "local", "wwwroot") });
        builder.WebHost.UseUrls(builder.Configuration["urls"] ?? DefaultUrl);
        var development = await LocalDevelopment.ConfigureAsync(builder);
        builder.Services.AddLocalRuntime(builder.Configuration, development.Clock);
        builder.Services.AddCore(builder.Configuration).AddBot(builder.Configuration);
        builder.AddPlatformApi(development);
        development.AddDevServices(builder.Services);
        builder.Services.AddEmulator();

        var app = builder.Build();
        app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
            "DrillPlatform local host is running: open {Url} (storage: {Storage})",
            builder.Configuration["urls"] ?? DefaultUrl, development.Azurite is null ? "configured" : "Azurite in .azurite/"));
        app.Lifetime.ApplicationStopped.Register(() => development.DisposeAsync().AsTask().Wait());
        var firstPerson = DemoData.ShouldSeed(app.Configuration, development)
            ? await DemoData.LoadAsync(app.Services, development.RepoRoot)
            : null;
        middleware?.Invoke(app);
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapBotEndpoint();
        app.MapPlatformApi();
        app.MapReportPage();
        if (development.SmsSink)
            app.MapSmsSink(showFullNumbers: development.Issuer is not null);
        if (development.AliyunSmsSink)
            app.MapAliyunSmsSink(app.Services.GetRequiredService<AliyunTemplates>(), showFullNumbers: development.Issuer is not null);
        if (development.Issuer is { } issuer)
        {
            app.MapDevIssuer(issuer);
            app.MapClock();
            app.MapEmulator(development.RepoRoot, firstPerson);
            var tokens = app.Services.GetRequiredService<ConnectorTokenCheck>();
            app.MapGroup("/graph").AddEndpointFilter(LoopbackOnly.Filter)
                .MapFakeGraph("", app.Services.GetRequiredService<FakeGraph>(), token => tokens.IsValidTokenAsync(token, DevGraphTokenProvider.Audience));
        }
        return app;
    }
}
