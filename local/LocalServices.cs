using DrillPlatform.Core;

namespace DrillPlatform.Local;

/// <summary>
/// The core services for a one-off command: on the configured storage (Storage__ConnectionString, or
/// Storage__TableServiceUri with your az login), or on the local host's Azurite when none is set.
/// </summary>
public sealed class LocalServices(ServiceProvider services, Azurite? azurite) : IAsyncDisposable
{
    public IServiceProvider Services => services;

    /// <param name="inMemory">When no storage is configured: an Azurite of its own that keeps nothing on disk, instead of the local host's (benchmarks, so that loading and saving earlier data is not measured).</param>
    public static async Task<LocalServices> StartAsync(string[] settings, bool inMemory = false)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(settings).Build();
        var repoRoot = Azurite.FindRepoRoot(AppContext.BaseDirectory);
        var azurite = string.IsNullOrEmpty(configuration["Storage:ConnectionString"]) && string.IsNullOrEmpty(configuration["Storage:TableServiceUri"])
            ? await Azurite.StartAsync(repoRoot, inMemory ? null : Path.Combine(repoRoot, ".azurite"))
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
