using DrillPlatform.Core.Quizzes;
using static DrillPlatform.Tests.Quizzes.QuizFixtures;

namespace DrillPlatform.Tests.Quizzes;

[Trait("Category", "Storage")]
public class QuizStoreTests
{
    private static QuizSession Session(string person) =>
        new(Guid.NewGuid().ToString("N"), person, "zh-CN", ["q1", "q2"], [], QuizStatus.Active, Now, null);

    [Fact]
    public async Task SessionStore_RoundTripsASessionAndListsOnlyActiveOnesOfThatPerson()
    {
        var storage = await TestStorage.NewAsync();
        var store = new QuizSessionStore(storage.Service, storage.Options);
        var person = Guid.NewGuid().ToString();
        var active = await store.AddAsync(Session(person) with { Answers = [new SessionAnswer(2, false)] });
        await store.AddAsync(Session(person) with { Status = QuizStatus.Finished, FinishedAt = Now });
        await store.AddAsync(Session(Guid.NewGuid().ToString()));

        var read = await store.GetAsync(person.ToUpperInvariant(), active.Id);
        var listed = await store.ListActiveAsync(person);

        Assert.Equal(["q1", "q2"], read!.QuestionIds);
        Assert.Equal([new SessionAnswer(2, false)], read.Answers);
        Assert.Equal(1, read.CurrentIndex);
        Assert.Equal(active.Id, Assert.Single(listed).Id);
        Assert.Null(await store.GetAsync(Guid.NewGuid().ToString(), active.Id));
    }

    [Fact]
    public async Task SessionStore_UpdateWithAStaleETag_IsRefused()
    {
        var storage = await TestStorage.NewAsync();
        var store = new QuizSessionStore(storage.Service, storage.Options);
        var added = await store.AddAsync(Session(Guid.NewGuid().ToString()));

        var first = await store.TryUpdateAsync(added with { Answers = [new SessionAnswer(1, true)] });
        var second = await store.TryUpdateAsync(added with { Status = QuizStatus.Superseded });

        Assert.NotNull(first);
        Assert.Null(second);
        var read = await store.GetAsync(added.PersonObjectId, added.Id);
        Assert.Equal((QuizStatus.Active, 1), (read!.Status, read.CurrentIndex));
        Assert.NotNull(await store.TryUpdateAsync(first with { Status = QuizStatus.Finished }));
    }

    [Fact]
    public async Task AttemptStore_SecondAttemptForTheSameQuestion_IsRefusedAndTheFirstKept()
    {
        var storage = await TestStorage.NewAsync();
        var store = new AttemptStore(storage.Service, storage.Options);
        var person = Guid.NewGuid().ToString();
        var first = new QuizAttempt("s1", 0, person, "q1", 1, true, Now);

        Assert.True(await store.TryAddAsync(first));
        Assert.False(await store.TryAddAsync(first with { Option = 2, Correct = false }));
        Assert.True(await store.TryAddAsync(first with { Index = 1, QuestionId = "q2" }));

        Assert.Equal(first, await store.GetAsync(person, "s1", 0));
        Assert.Equal(2, (await store.ListAsync(person, "s1")).Count);
    }

    [Fact]
    public async Task MasteryStore_InsertIfAbsentAndIfMatch_RefuseTheLoserOfARace()
    {
        var storage = await TestStorage.NewAsync();
        var store = new MasteryStore(storage.Service, storage.Options);
        var person = Guid.NewGuid().ToString();
        var m = new Mastery(1, Now.AddDays(1), Now, 1, 0);

        Assert.True(await store.TryWriteAsync(person, "fire/01", m, "s1/0", readAt: null));
        Assert.False(await store.TryWriteAsync(person, "fire/01", m, "s2/0", readAt: null));
        var row = await store.GetAsync(person, "fire/01");
        Assert.True(await store.TryWriteAsync(person, "fire/01", m with { Box = 2 }, "s3/0", row!.ETag));
        Assert.False(await store.TryWriteAsync(person, "fire/01", m with { Box = 5 }, "s4/0", row.ETag));

        var all = await store.GetAllAsync(person);
        Assert.Equal(2, all["fire/01"].Box);
        Assert.Equal("s3/0", (await store.GetAsync(person, "fire/01"))!.LastAttempt);
    }
}
