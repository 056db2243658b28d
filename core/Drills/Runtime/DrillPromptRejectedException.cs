namespace DrillPlatform.Core.Drills.Runtime;

/// <summary>
/// Thrown by an <see cref="IDrillPrompter"/> when retrying cannot help (the person blocked or
/// removed the app, the chat no longer exists). The participant is marked Failed with Reason.
/// </summary>
public sealed class DrillPromptRejectedException(string reason, Exception? inner = null) : Exception(reason, inner)
{
    public string Reason { get; } = reason;
}
