namespace DrillPlatform.Bot.Teams;

/// <summary>
/// Every card action name ("action" in Action.Submit/Execute data), in one place so a card and the
/// handler that answers it cannot drift apart. templates/cards/*.sbn-json spell the same names.
/// </summary>
public static class CardActions
{
    public const string QuizStart = "quiz.start";

    /// <summary>{"action":"quiz.answer","session":…,"index":n} plus the choice set's "option": "k".</summary>
    public const string QuizAnswer = "quiz.answer";
    public const string RoleShow = "role.show";

    /// <summary>{"action":"walk.answer","walk":…,"step":…} plus the choice set's "option": "k".</summary>
    public const string WalkAnswer = "walk.answer";

    /// <summary>{"action":"practice.start"} plus the choice set's "scenario" (the debrief's button carries it in its data).</summary>
    public const string PracticeStart = "practice.start";

    /// <summary>{"action":"drill.start","drill":…}: the Start button of the runtime's drill alert card.</summary>
    public const string DrillStart = "drill.start";

    public const string ScheduleCreate = "schedule.create";
    public const string CheckSubmit = "check.submit";

    /// <summary>{"action":"check.open"} plus the choice set's "task" (cards sent before it carried "task" in the data).</summary>
    public const string CheckOpen = "check.open";

    /// <summary>
    /// The input ids of the expanded choice sets that replaced one button per option (issue 15): the
    /// templates spell the same ids, and Teams merges each input's value into the submit data.
    /// </summary>
    public const string OptionInput = "option";
    public const string ScenarioInput = "scenario";
    public const string TaskInput = "task";
}
