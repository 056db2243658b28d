using System.Text;
using Azure.Storage.Queues;
using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Readiness.Model;
using DrillPlatform.Core.Readiness.Scoring;
using DrillPlatform.Core.Readiness.Sending;
using DrillPlatform.Core.Readiness.Storage;
using DrillPlatform.Tests.Conversations;

namespace DrillPlatform.Tests.Readiness;

/// <summary>The digest, the nudge and the snapshot, exactly once under racing timers, instances and clicks (Azurite, recording Connector).</summary>
public sealed class ReadinessSendTests
{
    [Fact]
    public async Task Digest_ThreeRunsRacing_SendsEachManagerTheCardOnce_AndAgainNextWeek()
    {
        await using var bot = await BotHarness.StartAsync();
        var department = "dept-" + Guid.NewGuid().ToString("N")[..6];
        var managers = new[] { await bot.PersonAsync("Zheng", department, "en", "manager"), await bot.PersonAsync("Qian", department, "zh-CN", "manager") };
        await bot.PersonAsync("Li", department, roles: "records-clerk");
        foreach (var m in managers) await bot.SendAsync(m, "help"); // stores their 1:1 conversation
        bot.TakeSent();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => bot.Get<ReadinessDigest>().RunAsync())));
        var sent = bot.TakeSent();

        foreach (var m in managers)
            Assert.Single(sent, s => s.Target.Contains(m.ObjectId) && s.Card is not null);
        Assert.Contains(department, sent.First(s => s.Target.Contains(managers[0].ObjectId)).BodyText(0));

        await bot.Get<ReadinessDigest>().RunAsync();
        Assert.Empty(bot.TakeSent());
        bot.Clock.Advance(TimeSpan.FromDays(7));
        await bot.Get<ReadinessDigest>().RunAsync();
        Assert.Equal(2, bot.TakeSent().Count(s => s.Card is not null));
    }

    [Fact]
    public async Task Digest_ManagerWithoutConversation_IsTriedAgainOnTheNextRun()
    {
        await using var bot = await BotHarness.StartAsync();
        var department = "dept-" + Guid.NewGuid().ToString("N")[..6];
        var manager = await bot.PersonAsync("Zheng", department, "en", "manager");

        Assert.Equal(0, await bot.Get<ReadinessDigest>().RunAsync());
        await bot.SendAsync(manager, "help");
        bot.TakeSent();
        Assert.Equal(1, await bot.Get<ReadinessDigest>().RunAsync());
    }

    [Fact]
    public async Task Nudge_ClickedTwiceAndDeliveredTwice_SendsEachNotReadyPersonOneOwnCard()
    {
        await using var bot = await BotHarness.StartAsync();
        var department = "dept-" + Guid.NewGuid().ToString("N")[..6];
        var trainer = await bot.PersonAsync("Song", department, "en", "trainer");
        var staff = new[] { await bot.PersonAsync("Li", department, "en", "records-clerk"), await bot.PersonAsync("Wang", department, "zh-CN", "records-clerk") };
        foreach (var p in staff.Append(trainer)) await bot.SendAsync(p, "help");
        bot.TakeSent();

        var nudges = Nudges(bot, bot.Get<IReadinessNotifier>());
        var clicks = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => nudges.RequestAsync(trainer, department))));
        var messages = await DrainAsync(bot);
        await Task.WhenAll(messages.Concat(messages).Select(m => Task.Run(() => nudges.DeliverAsync(m))));
        var sent = bot.TakeSent();

        Assert.Equal(3, clicks.Sum(c => c.Queued)); // the trainer has no history either: not ready
        Assert.Equal(3, clicks.Sum(c => c.AlreadyToday));
        foreach (var person in staff)
        {
            var card = Assert.Single(sent, s => s.Target.Contains(person.ObjectId));
            Assert.Equal(person.Locale == "en" ? "A next step for you" : "给你的下一步", card.BodyText(0));
            Assert.DoesNotContain(staff.Single(p => p != person).Name, card.Card!.Value.GetRawText());
        }

        await nudges.RequestAsync(trainer, department);
        Assert.Empty(await DrainAsync(bot));
        bot.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(3, (await nudges.RequestAsync(trainer, department)).Queued);
    }

    [Fact]
    public async Task Nudge_SendFailsOnce_GoesBackToQueued_AndTheRedeliverySendsOnce()
    {
        await using var bot = await BotHarness.StartAsync();
        var department = "dept-" + Guid.NewGuid().ToString("N")[..6];
        var trainer = await bot.PersonAsync("Song", department, "en", "trainer");
        await bot.SendAsync(trainer, "help");
        bot.TakeSent();
        var nudges = Nudges(bot, new FlakyNotifier(bot.Get<IReadinessNotifier>(), failures: 1));

        await nudges.RequestAsync(trainer, department);
        var message = Assert.Single(await DrainAsync(bot));
        await Assert.ThrowsAsync<HttpRequestException>(() => nudges.DeliverAsync(message));
        Assert.Empty(bot.TakeSent());
        Assert.True(await nudges.DeliverAsync(message)); // the queue's redelivery
        Assert.False(await nudges.DeliverAsync(message)); // and a duplicate of it

        Assert.Single(bot.TakeSent());
    }

    [Fact]
    public async Task Digest_SendFails_IsSentOnTheNextRun_Once()
    {
        await using var bot = await BotHarness.StartAsync();
        var department = "dept-" + Guid.NewGuid().ToString("N")[..6];
        var manager = await bot.PersonAsync("Zheng", department, "en", "manager");
        await bot.SendAsync(manager, "help");
        bot.TakeSent();
        var digest = new ReadinessDigest(bot.Get<RosterStore>(), bot.Get<ReadinessReader>(), bot.Get<ReadinessSendStore>(),
            new FlakyNotifier(bot.Get<IReadinessNotifier>(), failures: 1), bot.Get<ReadinessWeek>(), bot.Clock,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ReadinessDigest>.Instance);

        await Assert.ThrowsAsync<HttpRequestException>(() => digest.RunAsync());
        Assert.Equal(1, await digest.RunAsync());
        Assert.Equal(0, await digest.RunAsync());
        Assert.Single(bot.TakeSent(), s => s.Target.Contains(manager.ObjectId));
    }

    private static ReadinessNudges Nudges(BotHarness bot, IReadinessNotifier notifier) => new(
        bot.Get<ReadinessReader>(), bot.Get<ReadinessSendStore>(), bot.Get<ReadinessNudgeQueue>(), bot.Get<RosterStore>(),
        bot.Get<DrillPlatform.Core.Messaging.ConversationRefStore>(), notifier,
        bot.Get<ReadinessWeek>(), bot.Clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<ReadinessNudges>.Instance);

    /// <summary>The real notifier, but its first sends fail as a dropped connection would.</summary>
    private sealed class FlakyNotifier(IReadinessNotifier inner, int failures) : IReadinessNotifier
    {
        private int left = failures;

        public Task<bool> SendDigestAsync(StaffMember manager, DepartmentReadiness department, CancellationToken ct) =>
            Interlocked.Decrement(ref left) >= 0 ? throw new HttpRequestException("connection reset") : inner.SendDigestAsync(manager, department, ct);

        public Task NudgeAsync(StaffMember person, PersonReadiness readiness, DrillPlatform.Core.Messaging.ConversationRef conversation, CancellationToken ct) =>
            Interlocked.Decrement(ref left) >= 0 ? throw new HttpRequestException("connection reset") : inner.NudgeAsync(person, readiness, conversation, ct);
    }

    [Fact]
    public async Task Snapshot_TimerFiresTwice_WritesOneRowPerDepartmentAndRole()
    {
        await using var bot = await BotHarness.StartAsync();
        var department = "dept-" + Guid.NewGuid().ToString("N")[..6];
        await bot.PersonAsync("Li", department, roles: "records-clerk");
        await bot.PersonAsync("Song", department, roles: "trainer");

        await Task.WhenAll(Task.Run(() => bot.Get<ReadinessSnapshots>().RunAsync()), Task.Run(() => bot.Get<ReadinessSnapshots>().RunAsync()));
        await bot.Get<ReadinessSnapshots>().RunAsync();

        var store = bot.Get<ReadinessSnapshotStore>();
        var week = bot.Get<ReadinessWeek>().Start(bot.Clock.GetUtcNow());
        Assert.Single(await store.ListAsync(department, "", week));
        Assert.Single(await store.ListAsync(department, "trainer", week));
        Assert.Single(await store.ListAsync(department, "records-clerk", week));
        Assert.Equal(2, (await store.ListAsync(department, "", week)).Single().People);
    }

    private static async Task<List<ReadinessNudgeMessage>> DrainAsync(BotHarness bot)
    {
        var queue = bot.Get<QueueServiceClient>().GetQueueClient(bot.Get<ReadinessNudgeQueue>().Name);
        await queue.CreateIfNotExistsAsync();
        var messages = new List<ReadinessNudgeMessage>();
        while ((await queue.ReceiveMessagesAsync(32)).Value is { Length: > 0 } batch)
            foreach (var m in batch)
            {
                messages.Add(ReadinessNudgeMessage.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(m.MessageText))));
                await queue.DeleteMessageAsync(m.MessageId, m.PopReceipt);
            }
        return messages;
    }
}
