namespace DrillPlatform.Bot.Conversations;

/// <summary>"help": what the bot can do for this person (trainers also see their commands), with buttons for the two most used.</summary>
public sealed class HelpConversation(CardRenderer cards, Texts texts, Replies replies)
{
    private static readonly string[] Everyone = ["quiz", "practice", "drills", "checks", "my_role", "extinguisher", "language", "help"];
    private static readonly string[] Trainers = ["schedule", "run", "cancel", "overdue"];

    public Task ShowAsync(DrillPlatform.Bot.Protocol.Activity to, string locale, bool trainer, CancellationToken ct) =>
        replies.CardAsync(to, cards.Render("help", new
        {
            Title = texts.Get("help_title", locale),
            Intro = texts.Get("help_intro", locale),
            Commands = (trainer ? Everyone.Concat(Trainers) : Everyone).Select(c => new
            {
                Name = texts.Get("command_" + c, locale),
                Description = texts.Get(c == "drills" && trainer ? "command_drills_trainer_about" : "command_" + c + "_about", locale),
            }).ToList(),
            QuizLabel = texts.Get("command_quiz", locale),
            RoleLabel = texts.Get("command_my_role", locale),
        }), ct);
}
