namespace DrillPlatform.Tests.Quizzes;

/// <summary>Small question banks and people for quiz tests.</summary>
public static class QuizFixtures
{
    public static readonly DateTimeOffset Now = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static Question Question(string id, string topic = "fire", int correct = 1, params string[] roles) => new(
        id, topic, roles, "plan 三", new Localized($"问题 {id}", $"Question {id}"),
        [new("甲", "A"), new("乙", "B"), new("丙", "C")], correct, new Localized("因为", "Because"));

    public static StaffMember Person(params string[] roles) =>
        new(Guid.NewGuid().ToString(), "Li", "li@hospital.example", "records", roles, null, "zh-CN");

    /// <summary>Five general questions with ids q1..q5 whose correct option is 1.</summary>
    public static IReadOnlyList<Question> FiveGeneral() =>
        [Question("q1", "fire"), Question("q2", "leak"), Question("q3", "theft"), Question("q4", "outage"), Question("q5", "security")];
}
