namespace DrillPlatform.Tests.Conversations;

[Trait("Category", "Storage")]
public sealed class WelcomeTests : IAsyncLifetime
{
    private BotHarness bot = null!;

    public async Task InitializeAsync() => bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Welcome_WhenAPersonalInstallSendsBothEvents_ShowsTheHelpCardOnce()
    {
        var person = await bot.PersonAsync("Wang Fang");

        var first = await bot.EventAsync(person, Activity.Types.InstallationUpdate, "add");
        var second = await bot.EventAsync(person, Activity.Types.ConversationUpdate);

        Assert.Single(first);
        Assert.NotNull(first[0].Card);
        Assert.Empty(second);
    }

    [Fact]
    public async Task Welcome_WhenTeamsRedeliversTheInstall_ShowsTheHelpCardOnce()
    {
        var person = await bot.PersonAsync("Zhao Lei");

        await bot.EventAsync(person, Activity.Types.ConversationUpdate, id: "install-1");
        var again = await bot.EventAsync(person, Activity.Types.ConversationUpdate, id: "install-1");

        Assert.Empty(again);
    }

    [Fact]
    public async Task Welcome_AfterTheAppIsRemovedAndAddedAgain_ShowsTheHelpCardAgain()
    {
        var person = await bot.PersonAsync("Chen Jing");
        await bot.EventAsync(person, Activity.Types.InstallationUpdate, "add");

        var removed = await bot.EventAsync(person, Activity.Types.InstallationUpdate, "remove");
        var readded = await bot.EventAsync(person, Activity.Types.InstallationUpdate, "add");

        Assert.Empty(removed);
        Assert.Single(readded);
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task Welcome_WhenAMemberJoinsAChannelOrGroupChat_PostsNothing(string conversationType)
    {
        var person = await bot.PersonAsync("Liu Yang");

        var sent = await bot.EventAsync(person, Activity.Types.ConversationUpdate, conversationType: conversationType);
        var installed = await bot.EventAsync(person, Activity.Types.InstallationUpdate, "add", conversationType);

        Assert.Empty(sent);
        Assert.Empty(installed);
    }
}
