using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Core.Drills.Runtime.Pacing;
using Microsoft.Extensions.Time.Testing;

namespace DrillPlatform.Tests.Drills.Runtime;

[Trait("Category", "Unit")]
public class TeamsRateLimiterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Reserve_AtFiftyPerSecond_SpacesTokensTwentyMillisecondsApart()
    {
        var bucket = new TokenBucket(50);

        var waits = Enumerable.Range(0, 5).Select(_ => bucket.Reserve(T0).TotalMilliseconds).ToList();

        Assert.Equal([0d, 20, 40, 60, 80], waits);
    }

    [Fact]
    public void Reserve_AfterAnIdlePeriod_DoesNotBankMoreThanTheBurst()
    {
        var bucket = new TokenBucket(10, burst: 3);
        bucket.Reserve(T0);

        var later = T0.AddSeconds(60);
        var waits = Enumerable.Range(0, 5).Select(_ => bucket.Reserve(later).TotalMilliseconds).ToList();

        Assert.Equal([0d, 0, 0, 100, 200], waits);
    }

    [Fact]
    public void Reserve_OverAnySecond_HandsOutNoMoreThanTheRate()
    {
        var bucket = new TokenBucket(48);
        var starts = Enumerable.Range(0, 500).Select(_ => T0 + bucket.Reserve(T0)).ToList();

        var busiest = starts.Max(s => starts.Count(t => t >= s && t < s.AddSeconds(1)));

        Assert.Equal(48, busiest);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void Constructor_WhenTheRateIsNotPositive_SaysSo(double rate)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new TokenBucket(rate));

        Assert.Contains("positive number of requests per second", e.Message);
    }

    [Fact]
    public void App_TakesItsShareOfTheTeamsLimitPerInstance()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new DrillOptions { TeamsRequestsPerSecond = 50, PacingShare = 0.96, SenderInstances = 4 });

        var limiter = new TeamsRateLimiter(options, new FakeTimeProvider(T0));

        Assert.Equal(83.333, limiter.App.Interval.TotalMilliseconds, 3); // 50 × 0.96 / 4 = 12 per second
    }

    [Fact]
    public void ConversationWindows_ForSeventyQuickSends_KeepsEveryTeamsWindow()
    {
        var windows = TeamsRateLimiter.TeamsWindows();
        var chat = new ConversationWindows(windows);

        var sends = Enumerable.Range(0, 70).Select(_ => T0 + chat.Reserve(T0)).ToList();

        foreach (var (limit, length) in windows)
            Assert.True(sends.Max(s => sends.Count(t => t >= s && t < s + length)) <= limit, $"more than {limit} in {length}");
        Assert.Equal(T0, sends[6]);                      // 7 at once
        Assert.Equal(T0.AddSeconds(1), sends[7]);        // the 8th when the first leaves the 1 s window
        Assert.Equal(T0.AddSeconds(2), sends[8]);        // the 9th when the first leaves the 2 s window
        Assert.True(sends[60] >= T0.AddSeconds(30));     // the 61st when the first leaves the 30 s window
    }

    [Fact]
    public void Constructor_StretchesTheWindowsByThePacingShare()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new DrillOptions { PacingShare = 0.5, TeamsConversationRequestsPerSecond = 7 });

        var limiter = new TeamsRateLimiter(options, new FakeTimeProvider(T0));

        Assert.Equal(50 * 0.5, 1 / limiter.Bulk.Interval.TotalSeconds, 1);
        Assert.Equal(25, 1 / limiter.App.Interval.TotalSeconds, 1);
    }

    [Fact]
    public async Task AcquireAsync_DuringAFanOut_ServesAnInteractiveReplyFromTheReservedShare()
    {
        var time = new FakeTimeProvider(T0);
        var options = Microsoft.Extensions.Options.Options.Create(new DrillOptions { TeamsRequestsPerSecond = 10, PacingShare = 1, InteractiveShare = 0.5 });
        var limiter = new TeamsRateLimiter(options, time);

        var fanOut = Enumerable.Range(0, 40).Select(i => limiter.AcquireAsync("a:bulk" + i, CancellationToken.None)).ToList();
        var reply = limiter.AcquireAsync("a:answering", interactive: true, CancellationToken.None);
        for (var step = 0; step < 3 && !reply.IsCompleted; step++) time.Advance(TimeSpan.FromMilliseconds(100));

        Assert.True(reply.IsCompletedSuccessfully, "the reply waited behind the fan-out");
        Assert.True(fanOut.Count(t => t.IsCompleted) <= 5, "bulk used more than its share"); // 5/s of the 10/s
    }

    [Fact]
    public async Task AcquireAsync_DuringAFanOut_EachReplyTakesOneBulkSlotSoTogetherTheyStayWithinTheShare()
    {
        var time = new FakeTimeProvider(T0);
        var options = Microsoft.Extensions.Options.Options.Create(new DrillOptions { TeamsRequestsPerSecond = 10, PacingShare = 1 });
        var limiter = new TeamsRateLimiter(options, time);

        var replies = Enumerable.Range(0, 4).Select(i => limiter.AcquireAsync("a:answering" + i, interactive: true, CancellationToken.None)).ToList();
        var fanOut = Enumerable.Range(0, 40).Select(i => limiter.AcquireAsync("a:bulk" + i, CancellationToken.None)).ToList();
        for (var step = 0; step < 10; step++) time.Advance(TimeSpan.FromMilliseconds(100));
        await Task.Yield();

        Assert.All(replies, r => Assert.True(r.IsCompletedSuccessfully));
        var sent = fanOut.Count(t => t.IsCompleted);
        Assert.InRange(sent, 5, 7); // 10/s in one second, 4 of them taken by the replies
    }

    [Fact]
    public async Task AcquireAsync_WhenNobodyIsAnswering_AFanOutUsesTheWholeShare()
    {
        var time = new FakeTimeProvider(T0);
        var options = Microsoft.Extensions.Options.Options.Create(new DrillOptions { TeamsRequestsPerSecond = 10, PacingShare = 1 });
        var limiter = new TeamsRateLimiter(options, time);

        var fanOut = Enumerable.Range(0, 40).Select(i => limiter.AcquireAsync("a:bulk" + i, CancellationToken.None)).ToList();
        for (var step = 0; step < 10; step++) time.Advance(TimeSpan.FromMilliseconds(100));
        await Task.Yield();

        Assert.InRange(fanOut.Count(t => t.IsCompleted), 9, 11);
    }

    [Fact]
    public async Task AcquireAsync_ForOneConversation_WaitsForItsWindowButNotOtherChats()
    {
        var time = new FakeTimeProvider(T0);
        var options = Microsoft.Extensions.Options.Options.Create(new DrillOptions
        {
            TeamsConversationRequestsPerSecond = 2, PacingShare = 1, TeamsRequestsPerSecond = 1000, InteractiveShare = 0,
        });
        var limiter = new TeamsRateLimiter(options, time);

        await limiter.AcquireAsync("a:1", CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(1)); // the app limit's 1 ms spacing, on the fake clock
        await limiter.AcquireAsync("a:1", CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(1));
        var third = limiter.AcquireAsync("a:1", CancellationToken.None);
        var other = limiter.AcquireAsync("a:2", CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(500));
        var earlyDone = third.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(800)); // past 1 s + the limiter's 250 ms margin
        await third;

        Assert.False(earlyDone);
        Assert.True(other.IsCompleted); // another chat is not held up by the first one's window
    }
}
