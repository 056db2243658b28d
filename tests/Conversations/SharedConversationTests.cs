namespace DrillPlatform.Tests.Conversations;

/// <summary>In a Team channel or group chat everyone reads the bot's answer: it answers only what all may read.</summary>
[Trait("Category", "Storage")]
public sealed class SharedConversationTests : IAsyncLifetime
{
    private BotHarness bot = null!;

    public async Task InitializeAsync() => bot = await BotHarness.StartAsync();
    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Theory]
    [InlineData("channel", "drills")]
    [InlineData("channel", "overdue")]
    [InlineData("channel", "checks")]
    [InlineData("channel", "readiness")]
    [InlineData("channel", "my readiness")]
    [InlineData("channel", "my role")]
    [InlineData("channel", "quiz")]
    [InlineData("channel", "practice")]
    [InlineData("channel", "schedule")]
    [InlineData("channel", "run fire-records-store records")]
    [InlineData("channel", "cancel d1")]
    [InlineData("groupChat", "drills")]
    [InlineData("groupChat", "overdue")]
    public async Task Command_WhenAskedWhereOthersRead_AnswersOnlyWithAPointerToTheOneToOneChat(string conversationType, string command)
    {
        var trainer = await bot.PersonAsync("Trainer", "records", "en", "trainer", "manager");
        bot.TakeSent();

        var sent = await bot.SendAsync(trainer, command, conversationType: conversationType);

        var reply = Assert.Single(sent);
        Assert.Null(reply.Card);
        Assert.Equal(bot.Get<Texts>().Get("personal_chat_only", "en"), reply.Text);
    }

    [Theory]
    [InlineData("quiz.start")]
    [InlineData("check.open")]
    [InlineData("readiness.show")]
    [InlineData("schedule.create")]
    [InlineData("drill.start")]
    [InlineData("practice.start")]
    [InlineData("check.submit")]
    public async Task CardAction_WhereOthersRead_DoesNothingButPointToTheOneToOneChat(string action)
    {
        var trainer = await bot.PersonAsync("Trainer", "records", "en", "trainer", "manager");
        bot.TakeSent();

        var sent = await bot.SendAsync(trainer, value: new { action, topic = "fire" }, conversationType: "channel");

        var reply = Assert.Single(sent);
        Assert.Null(reply.Card);
        Assert.False(reply.IsUpdate);
        Assert.Equal(bot.Get<Texts>().Get("personal_chat_only", "en"), reply.Text);
    }

    [Fact]
    public async Task Help_InAChannel_ShowsTheStaffVersionWithoutTrainerCommands()
    {
        var trainer = await bot.PersonAsync("Trainer", "records", "en", "trainer");
        bot.TakeSent();

        var inChannel = await bot.SendAsync(trainer, "help", conversationType: "channel");
        var inPrivate = await bot.SendAsync(trainer, "help");

        Assert.NotEqual(Assert.Single(inPrivate).Body.GetRawText(), Assert.Single(inChannel).Body.GetRawText());
    }
}
