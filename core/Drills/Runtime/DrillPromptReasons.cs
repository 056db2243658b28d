namespace DrillPlatform.Core.Drills.Runtime;

/// <summary>Why a participant was not prompted, worded for the trainer who reads the drill's status.</summary>
public static class DrillPromptReasons
{
    public const string NoConversation =
        "No Teams chat with the bot yet (the DrillPlatform app was never opened or installed), so the drill prompt could not be sent.";

    public const string NotOnRoster = "Not on the roster any more, so the drill prompt was not sent.";

    public const string DeadlinePassed = "The drill's response deadline passed before the prompt could be sent.";

    public const string ClosedBeforePrompt = "The drill closed before the prompt could be sent.";

    public static string GaveUp(int attempts, string? lastError) =>
        $"The drill prompt could not be delivered after {attempts} attempts." + (string.IsNullOrWhiteSpace(lastError) ? "" : $" Last error: {lastError}");

    public static string AttemptFailed(long attempt, string error) => $"Attempt {attempt} failed: {error}";
}
