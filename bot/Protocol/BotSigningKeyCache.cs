namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// Caches the Bot Framework signing keys. Refreshes on a schedule, and early (once) when a token
/// names an unknown kid — rotation — but never twice within the minimum interval.
/// </summary>
public sealed class BotSigningKeyCache(
    IHttpClientFactory httpClientFactory,
    IOptions<BotAuthOptions> options,
    TimeProvider time,
    ILogger<BotSigningKeyCache> logger)
{
    public const string HttpClientName = "BotOpenIdMetadata";

    private readonly SemaphoreSlim gate = new(1, 1);
    private IReadOnlyDictionary<string, EndorsedKey>? keys;
    private DateTimeOffset fetchedAt = DateTimeOffset.MinValue;
    private DateTimeOffset attemptedAt = DateTimeOffset.MinValue;

    /// <summary>The key with this kid, or null when it is unknown even after a permitted refresh.</summary>
    public async Task<EndorsedKey?> FindAsync(string kid, CancellationToken ct)
    {
        var settings = options.Value.Bot;
        if (keys is null || Age(fetchedAt) >= settings.KeyRefreshInterval)
        {
            await RefreshAsync(force: false, ct);
        }
        if (keys!.TryGetValue(kid, out var key))
        {
            return key;
        }
        if (Age(attemptedAt) < settings.KeyMinRefreshInterval)
        {
            return null;
        }
        await RefreshAsync(force: true, ct);
        return keys.GetValueOrDefault(kid);
    }

    private TimeSpan Age(DateTimeOffset since) => time.GetUtcNow() - since;

    private async Task RefreshAsync(bool force, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            var settings = options.Value.Bot;
            // Another caller may have refreshed while this one waited at the gate.
            var fresh = force
                ? Age(attemptedAt) < settings.KeyMinRefreshInterval
                : keys is not null && Age(fetchedAt) < settings.KeyRefreshInterval;
            if (fresh)
            {
                return;
            }

            attemptedAt = time.GetUtcNow();
            try
            {
                keys = await FetchAsync(settings.OpenIdMetadataUrl, ct);
                fetchedAt = attemptedAt;
                logger.LogInformation("Loaded {Count} Bot Framework signing keys", keys.Count);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                if (keys is null)
                {
                    throw ex as SigningKeysUnavailableException
                        ?? new SigningKeysUnavailableException($"Could not load the Bot Framework signing keys: {ex.Message}", ex);
                }
                // Keys rotate slowly, so yesterday's keys beat rejecting every request.
                logger.LogWarning(ex, "Refreshing the Bot Framework signing keys failed; keeping {Count} cached keys", keys.Count);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<IReadOnlyDictionary<string, EndorsedKey>> FetchAsync(string metadataUrl, CancellationToken ct)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        var metadataUri = SecureUrl.Require(metadataUrl, "Bot:OpenIdMetadataUrl");
        var metadata = await client.GetStringAsync(metadataUri, ct);
        var jwksUri = OpenIdKeyDocument.ReadJwksUri(metadata);
        var jwks = await client.GetStringAsync(jwksUri, ct);
        return OpenIdKeyDocument.ReadKeys(jwks);
    }
}
