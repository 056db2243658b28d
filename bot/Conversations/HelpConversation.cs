namespace DrillPlatform.Bot.Conversations;

/// <summary>"help": what the bot can do, with buttons for the two most used commands.</summary>
public sealed class HelpConversation(CardRenderer cards, Texts texts, Replies replies)
{
    private static readonly string[] Commands = ["quiz", "my_role", "extinguisher", "language", "help"];

    public Task ShowAsync(Bot.Protocol.Activity to, string locale, CancellationToken ct) =>
        replies.CardAsync(to, cards.Render("help", new
        {
            Title = texts.Get("help_title", locale),
            Intro = texts.Get("help_intro", locale),
            Commands = Commands.Select(c => new
            {
                Name = texts.Get("command_" + c, locale),
                Description = texts.Get("command_" + c + "_about", locale),
            }).ToList(),
            QuizLabel = texts.Get("command_quiz", locale),
            RoleLabel = texts.Get("command_my_role", locale),
        }), ct);
}
