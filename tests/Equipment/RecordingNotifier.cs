using System.Collections.Concurrent;
using DrillPlatform.Core.Equipment.Escalation;

namespace DrillPlatform.Tests.Equipment;

/// <summary>Stands in for Teams in core tests: remembers who was sent what. People in Unreachable have no chat with the bot.</summary>
public sealed class RecordingNotifier : ICheckNotifier
{
    public ConcurrentQueue<(string TaskId, string To, CheckCardReason Reason)> Cards { get; } = new();
    public ConcurrentQueue<(string TaskId, string To, ManagerAlert Alert)> Alerts { get; } = new();
    public HashSet<string> Unreachable { get; } = [];
    /// <summary>Managers whose alert throws, as a Connector 403 does when someone blocked the app.</summary>
    public HashSet<string> Blocked { get; } = [];

    public Task<bool> SendCheckAsync(CheckNotice notice, StaffMember to, CheckCardReason reason, CancellationToken ct)
    {
        if (Unreachable.Contains(to.ObjectId)) return Task.FromResult(false);
        Cards.Enqueue((notice.Task.Id, to.ObjectId, reason));
        return Task.FromResult(true);
    }

    public Task<bool> AlertManagerAsync(CheckNotice notice, StaffMember manager, ManagerAlert alert, CancellationToken ct)
    {
        if (Blocked.Contains(manager.ObjectId)) throw new HttpRequestException("403 Forbidden: the user blocked the bot", null, System.Net.HttpStatusCode.Forbidden);
        if (Unreachable.Contains(manager.ObjectId)) return Task.FromResult(false);
        Alerts.Enqueue((notice.Task.Id, manager.ObjectId, alert));
        return Task.FromResult(true);
    }
}
