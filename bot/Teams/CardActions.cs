namespace DrillPlatform.Bot.Conversations;

/// <summary>
/// Every card action name ("action" in Action.Submit/Execute data), in one place so a card and the
/// handler that answers it cannot drift apart. templates/cards/*.sbn-json spell the same names.
/// </summary>
public static class CardActions
{
    public const string QuizStart = "quiz.start";
    public const string QuizAnswer = "quiz.answer";
    public const string RoleShow = "role.show";

    /// <summary>{"action":"walk.answer","walk":…,"step":…,"option":n}</summary>
    public const string WalkAnswer = "walk.answer";

    /// <summary>{"action":"practice.start","scenario":…}</summary>
    public const string PracticeStart = "practice.start";

    /// <summary>{"action":"drill.start","drill":…}: the Start button of the runtime's drill alert card.</summary>
    public const string DrillStart = "drill.start";

    public const string ScheduleCreate = "schedule.create";
    public const string CheckSubmit = "check.submit";
    public const string CheckOpen = "check.open";
}
