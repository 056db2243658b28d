using DrillPlatform.Bot.Teams;

namespace DrillPlatform.Tests.Conversations;

[Trait("Category", "Unit")]
public class BotMentionTests
{
    private static Entity Mention(string id, string text) => new() { Type = "mention", Mentioned = new ChannelAccount { Id = id }, Text = text };

    private static Activity Said(string text, params Entity[] entities) => new()
    {
        Type = Activity.Types.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = "28:bot" },
        Entities = [.. entities],
    };

    [Fact]
    public void Strip_WhenTheBotIsMentioned_RemovesOnlyItsMention()
    {
        var activity = Said("<at>DrillPlatform</at> practice with <at>Li Wei</at>",
            Mention("28:bot", "<at>DrillPlatform</at>"), Mention("29:li", "<at>Li Wei</at>"));

        Assert.Equal("practice with <at>Li Wei</at>", BotMention.Strip(activity));
    }

    [Fact]
    public void Strip_WhenOnlySomeoneElseIsMentioned_KeepsTheText()
    {
        var activity = Said("<at>Li Wei</at> help", Mention("29:li", "<at>Li Wei</at>"));

        Assert.Equal("<at>Li Wei</at> help", BotMention.Strip(activity));
    }

    [Fact]
    public void Strip_ThenParse_FindsTheCommandAfterTheBotsMention()
    {
        var activity = Said("<at>Bot</at> run fire-records-store records", Mention("28:bot", "<at>Bot</at>"));

        var command = CommandParser.Parse(BotMention.Strip(activity));

        Assert.Equal(CommandKind.Run, command.Kind);
        Assert.Equal("fire-records-store records", command.Argument);
    }
}
