using DrillPlatform.Core.Quizzes;
using static DrillPlatform.Tests.Quizzes.QuizFixtures;

namespace DrillPlatform.Tests.Quizzes;

[Trait("Category", "Unit")]
public class QuestionSelectorTests
{
    private static readonly IReadOnlyDictionary<string, Mastery> Nothing = new Dictionary<string, Mastery>();

    [Fact]
    public void Select_OnlyPicksQuestionsForEveryoneOrForThePersonsRoles()
    {
        var bank = new[] { Question("all"), Question("clerk", roles: "clerk"), Question("leader", roles: "leader"), Question("guard", roles: "security") };

        var picked = QuestionSelector.Select(bank, Person("CLERK", "leader"), Nothing, Now, count: 10, new Random(1));

        Assert.Equal(["all", "clerk", "leader"], picked.Select(q => q.Id).Order());
    }

    [Fact]
    public void Select_PutsOverdueFirstByDueTimeThenNeverSeenThenNotYetDue()
    {
        var bank = new[] { Question("later"), Question("new"), Question("overdue-old"), Question("overdue-recent") };
        var mastery = new Dictionary<string, Mastery>
        {
            ["later"] = new(3, Now.AddDays(2), Now.AddDays(-5), 3, 0),
            ["overdue-old"] = new(2, Now.AddDays(-3), Now.AddDays(-6), 2, 0),
            ["overdue-recent"] = new(0, Now.AddMinutes(-1), Now.AddMinutes(-11), 0, 1),
        };

        var picked = QuestionSelector.Select(bank, Person(), mastery, Now, count: 4, new Random(1));

        Assert.Equal(["overdue-old", "overdue-recent", "new", "later"], picked.Select(q => q.Id));
    }

    [Fact]
    public void Select_AmongEquallyOverdue_TakesTheLowerBoxFirst()
    {
        var bank = new[] { Question("known"), Question("shaky") };
        var mastery = new Dictionary<string, Mastery>
        {
            ["known"] = new(4, Now.AddHours(-1), Now.AddDays(-22), 4, 0),
            ["shaky"] = new(1, Now.AddHours(-1), Now.AddDays(-2), 1, 0),
        };
        Assert.Equal("shaky", QuestionSelector.Select(bank, Person(), mastery, Now, 1, new Random(1))[0].Id);
    }

    [Fact]
    public void Select_AfterOneMissAndOneMastered_AsksTheMissedQuestionBackSooner()
    {
        var bank = new[] { Question("missed"), Question("mastered") };
        var mastery = new Dictionary<string, Mastery>
        {
            ["missed"] = SpacedRepetition.Next(new Mastery(3, Now, Now.AddDays(-7), 3, 0), correct: false, Now),
            ["mastered"] = SpacedRepetition.Next(new Mastery(4, Now, Now.AddDays(-21), 4, 0), correct: true, Now),
        };

        var inAnHour = QuestionSelector.Select(bank, Person(), mastery, Now.AddHours(1), count: 1, new Random(1));
        var tomorrowBoth = QuestionSelector.Select(bank, Person(), mastery, Now.AddDays(1), count: 2, new Random(1));

        Assert.Equal("missed", inAnHour.Single().Id);
        Assert.Equal(["missed", "mastered"], tomorrowBoth.Select(q => q.Id));
    }

    [Fact]
    public void Select_ForNeverSeenQuestions_MixesTopicsAndPrefersTheOwnRole()
    {
        var bank = new[]
        {
            Question("fire1", "fire"), Question("fire2", "fire"), Question("fire3", "fire"),
            Question("leak1", "leak"), Question("leak2", "leak"),
            Question("clerk-theft", "theft", roles: "clerk"),
        };

        var picked = QuestionSelector.Select(bank, Person("clerk"), Nothing, Now, count: 3, new Random(7));

        Assert.Equal("clerk-theft", picked[0].Id);
        Assert.Equal(3, picked.Select(q => q.Topic).Distinct().Count());
    }

    [Fact]
    public void Select_WithTheSameSeed_PicksTheSameQuestions()
    {
        var bank = Enumerable.Range(1, 30).Select(i => Question($"q{i}", $"topic{i % 4}")).ToList();

        var first = QuestionSelector.Select(bank, Person(), Nothing, Now, 5, new Random(42)).Select(q => q.Id);
        var again = QuestionSelector.Select(bank, Person(), Nothing, Now, 5, new Random(42)).Select(q => q.Id);
        var other = Enumerable.Range(0, 5).Select(s => string.Join(',', QuestionSelector.Select(bank, Person(), Nothing, Now, 5, new Random(s)).Select(q => q.Id)));

        Assert.Equal(first, again);
        Assert.True(other.Distinct().Count() > 1, "different seeds should give different quizzes");
    }

    [Fact]
    public void Select_WhenNothingFits_ReturnsEmpty()
    {
        Assert.Empty(QuestionSelector.Select([Question("x", roles: "leader")], Person("clerk"), Nothing, Now));
    }
}
