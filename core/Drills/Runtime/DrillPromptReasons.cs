namespace DrillPlatform.Core.Drills.Runtime;

/// <summary>Why a participant was not prompted, worded for the trainer who reads the drill's status.</summary>
public static class DrillPromptReasons
{
    public const string NoConversation = DrillPlatform.Core.Messaging.NoConversationOpener.Reason;

    public static string RemovedInThisDrill(DateTimeOffset at) =>
        $"Removed the DrillPlatform app on {at:yyyy-MM-dd HH:mm} UTC, during this drill; it is not installed again before the next drill.";

    public static string RemovedNoReinstall(DateTimeOffset at) =>
        $"Removed the DrillPlatform app on {at:yyyy-MM-dd HH:mm} UTC; the platform does not install it again (Reach:ReinstallAfterUninstall is Never).";

    public const string NotOnRoster = "Not on the roster any more, so the drill prompt was not sent.";

    public const string DeadlinePassed = "The drill's response deadline passed before the prompt could be sent.";

    public const string ClosedBeforePrompt = "The drill closed before the prompt could be sent.";

    public static string GaveUp(int attempts, string? lastError) =>
        $"The drill prompt could not be delivered after {attempts} attempts." + (string.IsNullOrWhiteSpace(lastError) ? "" : $" Last error: {lastError}");

    public static string AttemptFailed(long attempt, string error) => $"Attempt {attempt} failed: {error}";
}
