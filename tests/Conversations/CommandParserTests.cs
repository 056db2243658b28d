using DrillPlatform.Bot.Teams;

namespace DrillPlatform.Tests.Conversations;

[Trait("Category", "Unit")]
public class CommandParserTests
{
    [Theory]
    [InlineData("quiz", CommandKind.Quiz, "")]
    [InlineData("  QUIZ ", CommandKind.Quiz, "")]
    [InlineData("测验", CommandKind.Quiz, "")]
    [InlineData("my role", CommandKind.MyRole, "")]
    [InlineData("我的岗位", CommandKind.MyRole, "")]
    [InlineData("extinguisher records-store", CommandKind.Extinguisher, "records-store")]
    [InlineData("灭火器 病案库房", CommandKind.Extinguisher, "病案库房")]
    [InlineData("灭火器病案库房", CommandKind.Extinguisher, "病案库房")]
    [InlineData("language en", CommandKind.Language, "en")]
    [InlineData("中文", CommandKind.Language, "zh-CN")]
    [InlineData("English", CommandKind.Language, "en")]
    [InlineData("quizzical", CommandKind.Unknown, "quizzical")]
    [InlineData("", CommandKind.Unknown, "")]
    [InlineData(null, CommandKind.Unknown, "")]
    public void Parse_WhenGivenText_FindsCommandAndArgument(string? text, CommandKind kind, string argument)
    {
        var command = CommandParser.Parse(text);
        Assert.Equal(kind, command.Kind);
        Assert.Equal(argument, command.Argument);
    }
}
