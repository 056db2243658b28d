using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Core.Drills.Runtime.Pacing;

namespace DrillPlatform.Bot.Drills;

/// <summary>The platform's pacer behind the protocol's interface: app and per-conversation limits, a reserved share for replies.</summary>
public sealed class ConnectorPacing(TeamsRateLimiter limiter) : IConnectorPacer
{
    public Task AcquireAsync(string? conversationId, bool interactive, CancellationToken ct) =>
        limiter.AcquireAsync(conversationId, interactive, ct);
}
