using System.Text.Json;

namespace DrillPlatform.Tests.Conversations;

/// <summary>
/// Finds the button of an option on a question or step card by the option's real index: the card
/// shows options in the person's own shuffled order, so the n-th button is not option n.
/// </summary>
internal static class OptionButtons
{
    public static JsonElement Data(JsonElement card, int option) =>
        card.GetProperty("actions").EnumerateArray()
            .Select(a => a.GetProperty("data"))
            .Single(d => d.TryGetProperty("option", out var o) && o.GetInt32() == option);

    /// <summary>The real option index of each button, in the order shown.</summary>
    public static IReadOnlyList<int> Shown(JsonElement card) =>
        card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("data").GetProperty("option").GetInt32()).ToList();
}
