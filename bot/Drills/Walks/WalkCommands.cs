namespace DrillPlatform.Bot.Drills.Walks;

/// <summary>Routes the walk-through commands and card actions to the conversation that owns them.</summary>
public sealed class WalkCommands(PracticeConversation practice, WalkConversation walks, WalkAnswers answers)
{
    public static bool Handles(string action) => action is CardActions.WalkAnswer or CardActions.PracticeStart or CardActions.DrillStart;

    public Task PracticeAsync(Turn turn, string argument, CancellationToken ct) => practice.HandleAsync(turn, argument, ct);

    public async Task<JsonElement?> OnCardActionAsync(Turn turn, CardAction action, bool updateClickedCard, CancellationToken ct)
    {
        switch (action.Name)
        {
            case CardActions.WalkAnswer:
                return await answers.AnswerAsync(turn, action, updateClickedCard, ct);
            case CardActions.DrillStart:
                await walks.StartDrillAsync(turn, action.String("drill"), ct);
                return null;
            default:
                await practice.StartChosenAsync(turn, action, ct);
                return null;
        }
    }
}
