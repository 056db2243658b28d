namespace DrillPlatform.Local.Bench;

/// <summary>How the fake Connector limits and misbehaves. Rates are fractions of the requests it admits.</summary>
public sealed record FakeConnectorOptions
{
    /// <summary>Requests admitted in any one-second window across all conversations (Teams: about 50 per app per tenant).</summary>
    public int GlobalPerSecond { get; init; } = 50;

    /// <summary>Requests admitted in any one-second window for one conversation (Teams: 7).</summary>
    public int ConversationPerSecond { get; init; } = 7;

    /// <summary>Teams' other per-conversation windows, enforced at the same time: 8 in 2 s, 60 in 30 s, 1800 in an hour.</summary>
    public IReadOnlyList<(int Limit, TimeSpan Length)> ConversationWindows { get; init; } =
        [(8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1))];

    public double Inject429Rate { get; init; }
    public double Inject503Rate { get; init; }
    public double InjectTimeoutRate { get; init; }

    /// <summary>The Retry-After of an injected 429.</summary>
    public TimeSpan InjectedRetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an injected timeout holds the request; longer than the client's HTTP timeout.</summary>
    public TimeSpan TimeoutHold { get; init; } = TimeSpan.FromSeconds(5);

    public int Seed { get; init; } = 42;
}
