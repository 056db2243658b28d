using DrillPlatform.Core.Quizzes;
using static DrillPlatform.Tests.Quizzes.QuizFixtures;

namespace DrillPlatform.Tests.Quizzes;

[Trait("Category", "Unit")]
public class SpacedRepetitionTests
{
    [Fact]
    public void Next_WhenAnsweredRightRepeatedly_GrowsTheIntervalBoxByBox()
    {
        Mastery? m = null;
        var intervals = new List<double>();
        var at = Now;
        for (var i = 0; i < 6; i++)
        {
            m = SpacedRepetition.Next(m, correct: true, at);
            intervals.Add((m.DueAt - at).TotalDays);
            at = m.DueAt;
        }

        Assert.Equal([1, 3, 7, 21, 60, 60], intervals);
        Assert.Equal(SpacedRepetition.TopBox, m!.Box);
        Assert.Equal(6, m.CorrectCount);
    }

    [Fact]
    public void Next_WhenAnsweredWrong_DropsToBoxZeroAndComesBackInTenMinutes()
    {
        var mastered = new Mastery(4, Now.AddDays(21), Now, 4, 0);

        var missed = SpacedRepetition.Next(mastered, correct: false, Now);

        Assert.Equal(0, missed.Box);
        Assert.Equal(Now.AddMinutes(10), missed.DueAt);
        Assert.Equal(Now, missed.LastAnsweredAt);
        Assert.Equal((4, 1), (missed.CorrectCount, missed.WrongCount));
    }

    [Fact]
    public void Next_ForAFirstAnswer_StartsFromNothing()
    {
        Assert.Equal(new Mastery(1, Now.AddDays(1), Now, 1, 0), SpacedRepetition.Next(null, true, Now));
        Assert.Equal(new Mastery(0, Now.AddMinutes(10), Now, 0, 1), SpacedRepetition.Next(null, false, Now));
    }
}
