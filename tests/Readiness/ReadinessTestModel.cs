using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Readiness.Config;
using DrillPlatform.Core.Readiness.Model;
using DrillPlatform.Core.Readiness.Recording;
using DrillPlatform.Core.Readiness.Scoring;
using DrillPlatform.Tests.Content;

namespace DrillPlatform.Tests.Readiness;

/// <summary>The shipped readiness model with a small question bank of its own, so the formula tests do not move when the content does.</summary>
public static class ReadinessTestModel
{
    public static readonly ContentBundle Content = ContentLoader.Load(TempContent.Shipped);
    public static readonly ReadinessModel Model = ReadinessLoader.Load(TempContent.Shipped, Content);
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    public static readonly DateTimeOffset Now = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero); // Monday 10:00 in Shanghai

    /// <summary>fire: f1, f2 (everyone); theft: t1 (everyone); roles: r1 (leaders only).</summary>
    public static readonly IReadOnlyList<Question> Bank =
    [
        Question("f1", "fire"), Question("f2", "fire"), Question("t1", "theft"), Question("r1", "roles", "leader"),
    ];

    public static ReadinessScorer Scorer(IReadOnlyList<Question>? bank = null) =>
        new(Model, bank ?? Bank, id => new Localized($"场景{id}", $"Scenario {id}"), Zone);

    public static StaffMember Person(string id = "p1", params string[] roles) =>
        new(id, "Wang " + id, id + "@hospital.example", "records", roles, null, "en");

    public static Question Question(string id, string topic, params string[] roles) => new(
        id, topic, roles, "fire-call", new Localized("问", "Q"), [new("甲", "A"), new("乙", "B")], 0, new Localized("因", "Because"));

    public static QuestionRecall Right(DateTimeOffset at, int box = 3) => new(at, box, true, "s/" + at.Ticks);

    public static QuestionRecall Wrong(DateTimeOffset at) => new(at, 0, false, "s/" + at.Ticks);

    public static DrillOutcome Drill(string id, DateTimeOffset at, double score, bool answered = true) =>
        new(id, "fire-records-store", at, answered ? score : 0, answered, []);

    /// <summary>A person trained and drilled recently, knowing everything: only what a test changes matters.</summary>
    public static PersonRollup Trained(DateTimeOffset now) => PersonRollup.Empty("p1", "records")
        .Answers(("f1", Right(now)), ("f2", Right(now)), ("t1", Right(now)))
        .Apply(r => RollupUpdates.Drill(r, Drill("d0", now, 100), Model.DrillHalfLife));

    /// <summary>The roll-up with exactly these latest answers (through RollupUpdates.Answer, as the live path writes them).</summary>
    public static PersonRollup Answers(this PersonRollup r, params (string Question, QuestionRecall Answer)[] answers) =>
        answers.Aggregate(r with { Questions = new Dictionary<string, QuestionRecall>(), Topics = new Dictionary<string, TopicRecall>() },
            (x, a) => RollupUpdates.Answer(x, a.Question, Bank.First(q => q.Id == a.Question).Topic, a.Answer) ?? x);

    public static PersonRollup Apply(this PersonRollup r, Func<PersonRollup, PersonRollup?> change) => change(r) ?? r;
}
