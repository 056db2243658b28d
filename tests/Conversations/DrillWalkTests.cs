using DrillPlatform.Core.Drills.Launching;
using static DrillPlatform.Tests.Conversations.WalkTestSteps;

namespace DrillPlatform.Tests.Conversations;

[Trait("Category", "Storage")]
public class DrillWalkTests
{
    [Fact]
    public async Task DrillStart_WhenThePersonIsNotAParticipant_IsRefusedPolitelyAndNoWalkIsStored()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("Clerk", "records");
        var outsider = await bot.PersonAsync("Outsider", "information");
        var drill = await LaunchAsync(bot, "records");

        var sent = await bot.SendAsync(outsider, value: new { action = "drill.start", drill = drill.Id });

        Assert.Equal(bot.Get<Texts>().Get("drill_not_participant", "en"), Assert.Single(sent).Text);
        Assert.Null(await bot.Get<WalkStore>().GetAsync(drill.Id, outsider.ObjectId, CancellationToken.None));
    }

    [Fact]
    public async Task DrillStart_AfterTheResponseDeadline_SaysTheDrillIsOver()
    {
        await using var bot = await BotHarness.StartAsync();
        var clerk = await bot.PersonAsync("Clerk", "records");
        var drill = await LaunchAsync(bot, "records");
        bot.Clock.Advance(TimeSpan.FromMinutes(drill.ResponseDeadlineMinutes + 1));

        var sent = await bot.SendAsync(clerk, value: new { action = "drill.start", drill = drill.Id });

        Assert.Equal(bot.Get<Texts>().Get("drill_over", "en"), Assert.Single(sent).Text);
    }

    [Fact]
    public async Task DrillWalk_WhenWalkedToTheEnd_MarksAnsweredAtTheFirstAnswerAndRecordsTheScore()
    {
        await using var bot = await BotHarness.StartAsync();
        var clerk = await bot.PersonAsync("Clerk", "records");
        var drill = await LaunchAsync(bot, "records");
        var participants = bot.Get<ParticipantStore>();

        var first = await bot.SendAsync(clerk, value: new { action = "drill.start", drill = drill.Id });
        var again = await bot.SendAsync(clerk, value: new { action = "drill.start", drill = drill.Id });
        var card = LastStepCard(first);
        Assert.Equal(drill.Id, Ids(card).Walk);
        Assert.Equal(Ids(card).Step, Ids(LastStepCard(again)).Step);
        Assert.Equal(ParticipantStatus.Pending, (await participants.GetAsync(drill.Id, clerk.ObjectId))!.Status);

        bot.Clock.Advance(TimeSpan.FromSeconds(2));
        var answered = await bot.SendAsync(clerk, value: Data(card, await OptionAsync(bot, clerk, card, right: true)), replyToId: "c0");
        var afterFirst = await participants.GetAsync(drill.Id, clerk.ObjectId);
        Assert.Equal(ParticipantStatus.Answered, afterFirst!.Status);
        Assert.Equal(BotHarness.WorkingMorning.AddSeconds(2), afterFirst.AnsweredAt);
        Assert.Null(afterFirst.Score);

        var sent = await FinishRightAsync(bot, clerk, answered);

        Assert.Equal("Score: 100 / 100", sent.Single(IsDebrief).BodyText(1));
        var done = await participants.GetAsync(drill.Id, clerk.ObjectId);
        Assert.Equal(100, done!.Score);
        Assert.Equal(afterFirst.AnsweredAt, done.AnsweredAt);
    }

    [Fact]
    public async Task DrillAnswer_WhenUpdatingTheClickedCardFails_IsStillRecordedAndTheWalkGoesOn()
    {
        await using var bot = await BotHarness.StartAsync();
        var clerk = await bot.PersonAsync("Clerk", "records");
        var drill = await LaunchAsync(bot, "records");
        var card = LastStepCard(await bot.SendAsync(clerk, value: new { action = "drill.start", drill = drill.Id }));
        bot.Connector.RefuseUpdates = true;

        var sent = await bot.SendAsync(clerk, value: Data(card, await OptionAsync(bot, clerk, card, right: true)), replyToId: "deleted-message");

        Assert.Contains(sent, s => s.IsUpdate); // tried, refused with 404
        Assert.Equal(ParticipantStatus.Answered, (await bot.Get<ParticipantStore>().GetAsync(drill.Id, clerk.ObjectId))!.Status);
        Assert.NotEqual(Ids(card).Step, Ids(LastStepCard(sent)).Step);
    }

    [Fact]
    public async Task DrillAnswer_AfterTheDrillClosed_IsNotRecorded()
    {
        await using var bot = await BotHarness.StartAsync();
        var clerk = await bot.PersonAsync("Clerk", "records");
        var drill = await LaunchAsync(bot, "records");
        var card = LastStepCard(await bot.SendAsync(clerk, value: new { action = "drill.start", drill = drill.Id }));
        var stored = await bot.Get<DrillStore>().GetAsync(drill.Id);
        Assert.True(await bot.Get<DrillStore>().CloseAsync(stored!, bot.Clock.GetUtcNow()));

        var sent = await bot.SendAsync(clerk, value: Data(card, 0), replyToId: "c0");

        Assert.Equal(bot.Get<Texts>().Get("drill_over", "en"), Assert.Single(sent).Text);
        var walk = await bot.Get<WalkStore>().GetAsync(drill.Id, clerk.ObjectId, CancellationToken.None);
        Assert.Empty(walk!.State.History);
    }

    private static Task<Drill> LaunchAsync(BotHarness bot, string department) =>
        bot.Get<DrillLauncher>().LaunchNowAsync("fire-records-store", DrillAudience.Department(department), "trainer-oid", bot.Clock.GetUtcNow());
}
