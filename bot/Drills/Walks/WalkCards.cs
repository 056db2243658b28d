namespace DrillPlatform.Bot.Drills.Walks;

/// <summary>The cards of a scenario walk-through: the step, its answered state, and the debrief.</summary>
public sealed class WalkCards(CardRenderer cards, Texts texts)
{
    /// <summary>
    /// The options in this person's own order for this walk and step (<see cref="OptionOrder"/>),
    /// numbered as shown, as one expanded choice set and one submit; each choice's value is the
    /// option's real index, which is what the engine scores.
    /// </summary>
    public JsonElement Step(string walkId, string personId, Scenario scenario, StepView step, TimeSpan remaining, string locale) =>
        cards.Render("walk-step", new
        {
            Title = scenario.Title.For(locale),
            Prompt = step.Prompt.For(locale),
            TimeLimit = texts.Get("walk_time_limit", locale, Seconds(remaining)),
            ChooseLabel = texts.Get("answer_choose", locale),
            ChoiceMissing = texts.Get(CardAction.MissingChoice, locale),
            Options = OptionOrder.Arrange(step.Options, personId, walkId, step.StepId).Select((shown, position) => new
            {
                Label = texts.Get("walk_option", locale, position + 1, shown.Item.For(locale)),
                Value = shown.Index.ToString(CultureInfo.InvariantCulture),
            }).ToList(),
            SubmitLabel = texts.Get("answer_submit", locale),
            Data = new Dictionary<string, object> { ["action"] = CardActions.WalkAnswer, ["walk"] = walkId, ["step"] = step.StepId },
        });

    /// <summary>The step card after the answer that counts; chosen null means the time ran out.</summary>
    public JsonElement Answered(Scenario scenario, WalkState state, string stepId, int? chosen, bool correct, Localized? feedback, string locale)
    {
        var step = scenario.Get(stepId);
        return cards.Render("walk-answered", new
        {
            Title = scenario.Title.For(locale),
            Prompt = ScenarioText.Render(step.Prompt, state.Parameters).For(locale),
            Correct = correct,
            Verdict = texts.Get(chosen is null ? "walk_timed_out" : correct ? "walk_right" : step.Options[chosen.Value].Dangerous ? "walk_dangerous" : "walk_wrong", locale),
            ChosenLabel = texts.Get("walk_your_answer", locale),
            Chosen = chosen is { } i ? ScenarioText.Render(step.Options[i].Text, state.Parameters).For(locale) : texts.Get("walk_no_answer", locale),
            Feedback = feedback?.For(locale) ?? texts.Get("walk_too_late", locale),
            Citation = Citations(step.Citation, locale),
        });
    }

    public JsonElement Debrief(Debrief debrief, string locale) =>
        cards.Render("walk-debrief", new
        {
            Title = texts.Get("debrief_title", locale, debrief.Title.For(locale)),
            Score = texts.Get("debrief_score", locale, debrief.Score.Score),
            Summary = texts.Get(debrief.Missed.Count == 0 && debrief.Steps.All(s => s.Result == StepResult.Right) ? "debrief_all_right" : "debrief_some_missed", locale),
            StepsLabel = texts.Get("debrief_steps", locale),
            Steps = debrief.Steps.Select(s => new
            {
                Prompt = s.Prompt.For(locale),
                Right = s.Result == StepResult.Right,
                Result = s.Result switch
                {
                    StepResult.Right => texts.Get("debrief_step_right", locale, Seconds(s.Latency)),
                    StepResult.Wrong => texts.Get("debrief_step_wrong", locale, Seconds(s.Latency)),
                    _ => texts.Get("debrief_step_timed_out", locale),
                },
                RightAnswer = s.Result != StepResult.Right && s.RightAnswer is { } right ? texts.Get("debrief_right_answer", locale, right.For(locale)) : null,
            }).ToList(),
            PlanLabel = texts.Get("debrief_plan_order", locale),
            Plan = debrief.PlanOrder.Select((a, i) => $"{i + 1}. {(a.Done ? "✓" : "✗")} {a.Name.For(locale)}").ToList(),
            MissedLabel = texts.Get("debrief_missed", locale),
            Missed = debrief.Missed.Select(a => new { Name = a.Name.For(locale), Citation = Citations(a.Citation, locale) }).ToList(),
            AgainLabel = texts.Get("debrief_again", locale),
            AgainData = new Dictionary<string, object> { ["action"] = CardActions.PracticeStart, ["scenario"] = debrief.ScenarioId },
        });

    public JsonElement ScenarioList(IEnumerable<Scenario> scenarios, string locale) =>
        cards.Render("practice-list", new
        {
            Title = texts.Get("practice_title", locale),
            Intro = texts.Get("practice_intro", locale),
            ChooseLabel = texts.Get("practice_choose", locale),
            ChoiceMissing = texts.Get(CardAction.MissingChoice, locale),
            Scenarios = scenarios.Select(s => new { Title = s.Title.For(locale), s.Id }).ToList(),
            StartLabel = texts.Get("practice_start", locale),
        });

    private string Citations(IReadOnlyList<string> sectionIds, string locale) =>
        sectionIds.Count == 0 ? "" : string.Join(locale == Locales.ZhCn ? "；" : "; ", sectionIds.Select(id => texts.Citation(id, locale)));

    private static string Seconds(TimeSpan? span) =>
        Math.Max(0, Math.Round(span?.TotalSeconds ?? 0)).ToString(CultureInfo.InvariantCulture);
}
