using System.ComponentModel.DataAnnotations;

namespace DrillPlatform.Core.Messaging;

/// <summary>
/// Section <c>Reach</c>: how the platform reaches people who never opened the bot. With an
/// AppCatalogId the Teams app is installed for them through Microsoft Graph and a 1:1 chat is
/// created; without one they stay unreachable (and say so). Empty URLs come from Bot:Cloud.
/// </summary>
public sealed class ReachOptions
{
    public const string Section = "Reach";

    /// <summary>The Teams app's id in the organisation's app catalog (Teams admin center → Manage apps → App ID). Empty: no proactive installation.</summary>
    public string? AppCatalogId { get; set; }

    /// <summary>Microsoft Graph's v1.0 root; empty = the cloud's (https://graph.microsoft.com/v1.0/ in the public cloud).</summary>
    public string? GraphBaseUrl { get; set; }

    /// <summary>The app-only scope for Graph; empty = the cloud's (https://graph.microsoft.com/.default).</summary>
    public string? GraphScope { get; set; }

    /// <summary>The Connector service URL for chats the bot creates itself; empty = the cloud's global one.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>Whether someone who removed the app gets it installed again by a later drill (never within the drill they removed it in).</summary>
    public ReinstallPolicy ReinstallAfterUninstall { get; set; } = ReinstallPolicy.NextDrill;

    /// <summary>How long one delivery waits on Graph's Retry-After before handing the wait to the queue.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MaxThrottleWait { get; set; } = TimeSpan.FromSeconds(10);
}

public enum ReinstallPolicy
{
    /// <summary>Installed again by the first drill launched after the removal.</summary>
    NextDrill,
    /// <summary>Never installed again by the platform; the person installs it themselves.</summary>
    Never,
}
