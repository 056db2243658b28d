using DrillPlatform.Core.Quizzes;

namespace DrillPlatform.Bot.Conversations;

/// <summary>
/// The quiz in a 1:1 chat: each question is a card; an answer turns that card into its
/// feedback (right or wrong, explanation, plan citation) and the next question follows.
/// The answer is stored before its follow-up is sent, so a turn can fail in between (a storage
/// error after the answer's transaction, the Connector refusing the next card). A click again on
/// the last answered question, or Teams' resend of that turn, is a Duplicate to the quiz (counted
/// once) and sends the follow-up again, unless this instance already sent it or is sending it
/// now (<see cref="RecentActivityIds"/>, which forgets it when the send fails): a person who
/// double-clicks gets the next question once, a person whose turn failed is not left stuck.
/// </summary>
public sealed class QuizConversation(QuizService quizzes, QuizCards cards, Texts texts, Replies replies, RecentActivityIds recent,
    ILogger<QuizConversation> log)
{
    public Task StartAsync(Turn turn, CancellationToken ct) => StartAsync(turn, null, ct);

    /// <param name="topic">Only questions of this topic (the readiness card's "quiz on my weakest topic"); null for any.</param>
    public async Task StartAsync(Turn turn, string? topic, CancellationToken ct)
    {
        var start = await quizzes.StartAsync(turn.Person, turn.Locale, topic, ct);
        if (start is null)
        {
            await replies.TextAsync(turn.Activity, texts.Get("quiz_none", turn.Locale), ct);
            return;
        }
        log.LogInformation("Quiz {SessionId} started for {ObjectId}", start.SessionId, turn.Person.ObjectId);
        await replies.CardAsync(turn.Activity, cards.Question(turn.Person.ObjectId, start.SessionId, start.First, start.Index, start.Total, turn.Locale), ct);
    }

    /// <summary>
    /// Records an answer and returns the card that replaces the clicked one (null when nothing
    /// changes). An Action.Submit card is updated here, before the next question is sent; an
    /// Action.Execute card is replaced by the invoke response, so the caller returns it.
    /// </summary>
    public async Task<JsonElement?> AnswerAsync(Turn turn, CardAction action, bool updateClickedCard, CancellationToken ct)
    {
        var (session, index) = (action.String("session"), action.Int("index"));
        if (session is null || index is null)
        {
            await replies.TextAsync(turn.Activity, texts.Get("stale_card", turn.Locale), ct);
            return null;
        }
        var (option, problem) = action.Choice(CardActions.OptionInput);
        if (option is null)
        {
            await replies.TextAsync(turn.Activity, texts.Get(problem!, turn.Locale), ct);
            return null;
        }

        var outcome = await quizzes.AnswerAsync(turn.Person.ObjectId, session, index.Value, option.Value, ct);
        var followUp = FollowUpKey(session, index.Value);
        switch (outcome.Kind)
        {
            case AnswerKind.Accepted:
                recent.TryAdd(followUp);
                break;
            case AnswerKind.Duplicate when outcome.IsLatest && recent.TryAdd(followUp):
                log.LogInformation("Quiz {SessionId} question {Index}: answer already recorded; sending what follows it again", session, index);
                break;
            case AnswerKind.Duplicate:
                log.LogInformation("Quiz {SessionId} question {Index}: repeated answer ignored", session, index);
                return null;
            case AnswerKind.Invalid:
                await replies.TextAsync(turn.Activity, texts.Get("invalid_answer", turn.Locale), ct);
                return null;
            default:
                await replies.TextAsync(turn.Activity, texts.Get("stale_card", turn.Locale), ct);
                return null;
        }

        var answered = cards.Answered(outcome.Question!, outcome.Index, outcome.Total, outcome.Chosen, outcome.Correct, turn.Locale);
        var following = outcome.Next is not null
            ? cards.Question(turn.Person.ObjectId, session, outcome.Next, outcome.NextIndex, outcome.Total, turn.Locale)
            : outcome.Result is { } result ? cards.Result(result.Correct, result.Total, result.Missed, turn.Locale) : (JsonElement?)null;
        // The feedback replaces the clicked card and the next card is a new message: two independent
        // Connector calls, made together so a turn waits for one round trip, not two.
        try
        {
            await Task.WhenAll(
                updateClickedCard && turn.Activity.ReplyToId is not null ? replies.UpdateCardAsync(turn.Activity, answered, ct) : Task.CompletedTask,
                following is { } card ? replies.CardAsync(turn.Activity, card, ct) : Task.CompletedTask);
        }
        catch
        {
            recent.Forget(followUp); // not delivered: the next click or Teams' resend sends it again
            throw;
        }
        return answered;
    }

    private static string FollowUpKey(string session, int index) => $"quiz|{session}|{index}";
}
