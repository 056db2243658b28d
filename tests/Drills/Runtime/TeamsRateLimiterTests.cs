using DrillPlatform.Core.Drills;
using DrillPlatform.Core.Drills.Runtime;
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
    public async Task AcquireAsync_ForOneConversation_WaitsForTheConversationLimitOnTheInjectedClock()
    {
        var time = new FakeTimeProvider(T0);
        var options = Microsoft.Extensions.Options.Options.Create(new DrillOptions { TeamsConversationRequestsPerSecond = 5, PacingShare = 1 });
        var limiter = new TeamsRateLimiter(options, time);

        await limiter.AcquireAsync("a:1", CancellationToken.None);
        var second = limiter.AcquireAsync("a:1", CancellationToken.None);
        var other = limiter.AcquireAsync("a:2", CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(199));
        var earlyDone = second.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second;

        Assert.False(earlyDone);
        Assert.True(second.IsCompletedSuccessfully);
        Assert.True(other.IsCompletedSuccessfully); // another chat is not held up by the first one's limit
    }
}
