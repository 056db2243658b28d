namespace DrillPlatform.Bot.Conversations;

/// <summary>Builds the question, answered and result cards of a quiz.</summary>
public sealed class QuizCards(CardRenderer cards, Texts texts)
{
    /// <summary>
    /// The options come in this person's own order for this quiz (<see cref="OptionOrder"/>), as one
    /// expanded choice set (every option's whole text wraps, at phone width too) and one submit; each
    /// choice's value is the option's real index, so the answer is scored by identity, not position.
    /// </summary>
    public JsonElement Question(string personId, string sessionId, Question question, int index, int total, string locale) =>
        cards.Render("question", new
        {
            Progress = texts.Get("quiz_progress", locale, index + 1, total),
            Text = question.Text.For(locale),
            ChooseLabel = texts.Get("answer_choose", locale),
            ChoiceMissing = texts.Get(CardAction.MissingChoice, locale),
            Options = OptionOrder.Arrange(question.Options, personId, sessionId, question.Id).Select(shown => new
            {
                Label = shown.Item.For(locale),
                Value = shown.Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }).ToList(),
            SubmitLabel = texts.Get("answer_submit", locale),
            Data = new Dictionary<string, object> { ["action"] = CardActions.QuizAnswer, ["session"] = sessionId, ["index"] = index },
        });

    public JsonElement Answered(Question question, int index, int total, int chosen, bool correct, string locale) =>
        cards.Render("answered", new
        {
            Progress = texts.Get("quiz_progress", locale, index + 1, total),
            Text = question.Text.For(locale),
            Correct = correct,
            Verdict = texts.Get(correct ? "answer_right" : question.Dangerous.Contains(chosen) ? "answer_dangerous" : "answer_wrong", locale),
            YourAnswerLabel = texts.Get("your_answer", locale),
            Chosen = question.Options[chosen].For(locale),
            RightAnswerLabel = texts.Get("right_answer", locale),
            Right = question.Options[question.Correct].For(locale),
            Explanation = question.Explanation.For(locale),
            Citation = texts.Citation(question.Citation, locale),
        });

    public JsonElement Result(int right, int total, IReadOnlyList<Question> missed, string locale) =>
        cards.Render("result", new
        {
            Title = texts.Get("result_title", locale),
            Score = texts.Get("result_score", locale, right, total),
            Summary = texts.Get(missed.Count == 0 ? "result_all_right" : "result_missed", locale),
            Missed = missed.Select(q => new
            {
                Text = q.Text.For(locale),
                Right = texts.Get("result_right_answer", locale, q.Options[q.Correct].For(locale)),
                Citation = texts.Citation(q.Citation, locale),
            }).ToList(),
            AgainLabel = texts.Get("quiz_again", locale),
        });
}
