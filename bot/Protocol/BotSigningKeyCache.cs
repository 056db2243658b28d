namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// Caches the Bot Framework signing keys, stale-while-revalidate: once the keys are older than
/// KeyRefreshInterval a request starts one refresh in the background and is answered with the
/// cached keys at once, so an outage of the metadata endpoint never holds up a Teams turn. Only a
/// request that cannot be answered from the cache waits for a fetch: the first one (nothing
/// cached) and a token with an unknown kid (rotation). Every fetch is bounded by FetchTimeout and
/// only one runs at a time; callers that need it join it. After a fetch, the next may start no
/// sooner than KeyMinRefreshInterval after a success, and after a failure only after a backoff
/// that doubles with each consecutive failure (FirstRetryDelay up to KeyMinRefreshInterval), so
/// neither an outage nor a stream of forged kids turns the bot into a metadata request amplifier.
/// </summary>
public sealed class BotSigningKeyCache(
    IHttpClientFactory httpClientFactory,
    IOptions<BotAuthOptions> options,
    TimeProvider time,
    ILogger<BotSigningKeyCache> logger)
{
    public const string HttpClientName = "BotOpenIdMetadata";
    public static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(10);

    private readonly Lock sync = new();
    private IReadOnlyDictionary<string, EndorsedKey>? keys;
    private DateTimeOffset fetchedAt = DateTimeOffset.MinValue;
    private DateTimeOffset nextFetchAt = DateTimeOffset.MinValue;
    private int failures;
    private Exception? lastFailure;
    private Task? fetching;

    /// <summary>The key with this kid, or null when it is unknown even after a permitted refresh.</summary>
    /// <exception cref="SigningKeysUnavailableException">Nothing is cached and the keys cannot be fetched now.</exception>
    public async Task<EndorsedKey?> FindAsync(string kid, CancellationToken ct)
    {
        var cached = keys;
        if (cached is null)
        {
            if (Fetch() is { } first) await first.WaitAsync(ct);
            cached = keys ?? throw Unavailable();
        }
        else if (time.GetUtcNow() - fetchedAt >= options.Value.Bot.KeyRefreshInterval)
        {
            _ = Fetch(); // in the background: the cached keys answer this request
        }
        if (cached.TryGetValue(kid, out var key))
        {
            return key;
        }
        if (Fetch() is not { } refresh)
        {
            return null;
        }
        await refresh.WaitAsync(ct);
        return keys?.GetValueOrDefault(kid);
    }

    /// <summary>The fetch in flight, if any (tests wait for a background refresh with it).</summary>
    internal Task Fetching => fetching ?? Task.CompletedTask;

    // The fetch in flight, a new one when the last has ended and its pause is over, else null.
    private Task? Fetch()
    {
        lock (sync)
        {
            if (fetching is null && time.GetUtcNow() >= nextFetchAt)
            {
                // Task.Run: the fetch ends under this lock, so it cannot clear `fetching` before it is set.
                fetching = Task.Run(FetchOnceAsync);
            }
            return fetching;
        }
    }

    // Never throws: the outcome is the cache's state, read by whoever waited for it.
    private async Task FetchOnceAsync()
    {
        var settings = options.Value.Bot;
        IReadOnlyDictionary<string, EndorsedKey>? fresh = null;
        Exception? failure = null;
        try
        {
            using var timeout = new CancellationTokenSource(FetchTimeout, time);
            fresh = await FetchAsync(settings.OpenIdMetadataUrl, timeout.Token);
        }
        catch (Exception ex)
        {
            failure = ex is OperationCanceledException ? new TimeoutException($"No answer within {FetchTimeout.TotalSeconds:0} s.", ex) : ex;
        }

        var now = time.GetUtcNow();
        lock (sync)
        {
            if (fresh is not null)
            {
                (keys, fetchedAt, failures, lastFailure) = (fresh, now, 0, null);
                nextFetchAt = now + settings.KeyMinRefreshInterval;
            }
            else
            {
                failures++;
                lastFailure = failure;
                nextFetchAt = now + RetryDelay(failures, settings.KeyMinRefreshInterval);
            }
            fetching = null;
        }

        if (fresh is not null)
        {
            logger.LogInformation("Loaded {Count} Bot Framework signing keys", fresh.Count);
        }
        else if (keys is { } cached)
        {
            // Keys rotate slowly, so yesterday's keys beat rejecting every request.
            logger.LogWarning(failure, "Refreshing the Bot Framework signing keys failed ({Failures} in a row); keeping {Count} cached keys, next try in {Delay}",
                failures, cached.Count, nextFetchAt - now);
        }
        else
        {
            logger.LogError(failure, "Loading the Bot Framework signing keys failed ({Failures} in a row); next try in {Delay}", failures, nextFetchAt - now);
        }
    }

    private static TimeSpan RetryDelay(int failures, TimeSpan ceiling) =>
        TimeSpan.FromTicks(Math.Min(FirstRetryDelay.Ticks << Math.Min(failures - 1, 20), ceiling.Ticks));

    private SigningKeysUnavailableException Unavailable() =>
        lastFailure as SigningKeysUnavailableException
        ?? new SigningKeysUnavailableException($"Could not load the Bot Framework signing keys: {lastFailure?.Message ?? "no answer yet"}", lastFailure);

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
