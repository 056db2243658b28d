using DrillPlatform.Core;

namespace DrillPlatform.Local;

/// <summary>
/// The core services for a one-off command: on the configured storage (Storage__ConnectionString, or
/// Storage__TableServiceUri with your az login), or on the local host's Azurite when none is set.
/// </summary>
public sealed class LocalServices(ServiceProvider services, Azurite? azurite) : IAsyncDisposable
{
    public IServiceProvider Services => services;

    public static async Task<LocalServices> StartAsync(string[] settings)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(settings).Build();
        var repoRoot = Azurite.FindRepoRoot(AppContext.BaseDirectory);
        var azurite = string.IsNullOrEmpty(configuration["Storage:ConnectionString"]) && string.IsNullOrEmpty(configuration["Storage:TableServiceUri"])
            ? await Azurite.StartAsync(repoRoot, Path.Combine(repoRoot, ".azurite"))
            : null;
        if (azurite is not null)
            configuration = new ConfigurationBuilder().AddConfiguration(configuration)
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = azurite.ConnectionString }).Build();
        return new LocalServices(new ServiceCollection().AddLogging().AddCore(configuration).BuildServiceProvider(), azurite);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        if (azurite is not null) await azurite.DisposeAsync();
    }
}
