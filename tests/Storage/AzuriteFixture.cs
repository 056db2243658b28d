namespace DrillPlatform.Tests.Storage;

/// <summary>
/// One Azurite for the whole test run (started on first use, on free ports). Tests isolate
/// themselves with a unique table/queue prefix from <see cref="NewPrefix"/>, never shared data.
/// </summary>
public static class AzuriteFixture
{
    public static string RepoRoot { get; } = Azurite.FindRepoRoot(AppContext.BaseDirectory);

    private static readonly Lazy<Task<Azurite>> Instance = new(() =>
    {
        var azurite = Azurite.StartAsync(RepoRoot, dataFolder: null);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => azurite.Result.DisposeAsync().AsTask().Wait();
        return azurite;
    });

    public static async Task<string> ConnectionStringAsync() => (await Instance.Value).ConnectionString;

    /// <summary>A table/queue prefix no other test uses (letters and digits, starts with a letter).</summary>
    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..12];
}
