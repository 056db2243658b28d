using DrillPlatform.Bot.Teams;

namespace DrillPlatform.Tests.Conversations;

[Trait("Category", "Unit")]
public class DrillCommandParserTests
{
    [Theory]
    [InlineData("practice", CommandKind.Practice, "")]
    [InlineData("practice fire-records-store", CommandKind.Practice, "fire-records-store")]
    [InlineData("练习 病案库房火灾", CommandKind.Practice, "病案库房火灾")]
    [InlineData("schedule", CommandKind.Schedule, "")]
    [InlineData("安排演练", CommandKind.Schedule, "")]
    [InlineData("drills", CommandKind.Drills, "")]
    [InlineData("演练", CommandKind.Drills, "")]
    [InlineData("cancel s0123", CommandKind.Cancel, "s0123")]
    [InlineData("取消 s0123", CommandKind.Cancel, "s0123")]
    [InlineData("立即演练 fire-records-store records", CommandKind.Run, "fire-records-store records")]
    [InlineData("running late", CommandKind.Unknown, "running late")]
    public void Parse_WhenGivenADrillCommand_FindsItAndItsArgument(string text, CommandKind kind, string argument)
    {
        var command = CommandParser.Parse(text);
        Assert.Equal(kind, command.Kind);
        Assert.Equal(argument, command.Argument);
    }
}
