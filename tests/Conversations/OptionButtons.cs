using System.Globalization;
using System.Text.Json.Nodes;

namespace DrillPlatform.Tests.Conversations;

/// <summary>
/// Picks an option on a question or step card by the option's real index, as Teams submits it: the
/// card's one submit action's data with the expanded choice set's value merged in (a string). The
/// card shows options in the person's own shuffled order, so the n-th choice is not option n.
/// </summary>
internal static class OptionButtons
{
    public static JsonElement Data(JsonElement card, int option)
    {
        var choiceSet = ChoiceSet(card);
        var value = option.ToString(CultureInfo.InvariantCulture);
        Assert.Contains(value, Values(choiceSet));
        return Submit(card, (choiceSet.GetProperty("id").GetString()!, value));
    }

    /// <summary>The card's only submit action's data, with these input values merged in as Teams merges them.</summary>
    public static JsonElement Submit(JsonElement card, params (string Id, string Value)[] inputs)
    {
        var data = JsonNode.Parse(Assert.Single(card.GetProperty("actions").EnumerateArray()).GetProperty("data").GetRawText())!.AsObject();
        foreach (var (id, value) in inputs) data[id] = value;
        return JsonSerializer.SerializeToElement(data);
    }

    /// <summary>The real option index of each choice, in the order shown.</summary>
    public static IReadOnlyList<int> Shown(JsonElement card) =>
        Values(ChoiceSet(card)).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList();

    /// <summary>Each choice's title, in the order shown.</summary>
    public static IReadOnlyList<string> Titles(JsonElement card) =>
        ChoiceSet(card).GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("title").GetString()!).ToList();

    public static JsonElement ChoiceSet(JsonElement card) =>
        Assert.Single(card.GetProperty("body").EnumerateArray(), e => e.GetProperty("type").GetString() == "Input.ChoiceSet");

    private static IEnumerable<string> Values(JsonElement choiceSet) =>
        choiceSet.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()!);
}
