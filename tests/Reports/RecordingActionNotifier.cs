using System.Collections.Concurrent;
using DrillPlatform.Core.Reports;
using DrillPlatform.Core.Reports.Review;

namespace DrillPlatform.Tests.Reports;

/// <summary>Records every corrective-action card as (action id, recipient, notice).</summary>
internal sealed class RecordingActionNotifier : ICorrectiveActionNotifier
{
    public ConcurrentQueue<(string ActionId, string To, CorrectiveActionNotice Notice)> Sent { get; } = new();

    public Task<bool> SendAsync(CorrectiveAction action, StaffMember to, StaffMember? owner, CorrectiveActionNotice notice, CancellationToken ct)
    {
        Sent.Enqueue((action.Id, to.ObjectId, notice));
        return Task.FromResult(true);
    }
}
