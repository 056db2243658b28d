namespace DrillPlatform.Bot.Drills.Walks;

/// <summary>"practice" lists the scenarios to choose from; "practice &lt;id or title&gt;" starts one.</summary>
public sealed class PracticeConversation(ScenarioCatalog catalog, WalkConversation walks, WalkCards cards, Texts texts, Replies replies)
{
    public async Task HandleAsync(Turn turn, string argument, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(argument))
        {
            await replies.CardAsync(turn.Activity, cards.ScenarioList(catalog.Scenarios, turn.Locale), ct);
            return;
        }
        if (Find(catalog, argument) is not { } scenario)
        {
            await replies.TextAsync(turn.Activity, texts.Get("practice_unknown", turn.Locale, argument.Trim()), ct);
            return;
        }
        await walks.StartPracticeAsync(turn, scenario, ct);
    }

    /// <summary>The practice list's submit (or the debrief's "again"): the chosen scenario, or a line saying what is wrong.</summary>
    public async Task StartChosenAsync(Turn turn, CardAction action, CancellationToken ct)
    {
        if (action.String(CardActions.ScenarioInput) is not { Length: > 0 } chosen)
        {
            await replies.TextAsync(turn.Activity, texts.Get(CardAction.MissingChoice, turn.Locale), ct);
            return;
        }
        await HandleAsync(turn, chosen, ct);
    }

    /// <summary>By id, or by title in either language, ignoring case.</summary>
    public static Scenario? Find(ScenarioCatalog catalog, string query)
    {
        var text = query.Trim();
        return catalog.Scenarios.FirstOrDefault(s =>
            string.Equals(s.Id, text, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(s.Title.ZhCn, text, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(s.Title.En, text, StringComparison.OrdinalIgnoreCase));
    }
}
