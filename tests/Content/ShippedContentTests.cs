namespace DrillPlatform.Tests.Content;

[Trait("Category", "Unit")]
public class ShippedContentTests
{
    private static readonly ContentBundle Bundle = ContentLoader.Load(TempContent.Shipped);

    private static IEnumerable<Question> HandWritten =>
        Bundle.Questions.Where(q => q.Topic != ExtinguisherQuestions.Topic);

    [Fact]
    public void ShippedContent_Loads_WithoutErrors()
    {
        Assert.NotEmpty(Bundle.Sections);
        Assert.NotEmpty(Bundle.Numbers);
        Assert.Equal("Asia/Shanghai", Bundle.Site.TimeZone);
    }

    [Fact]
    public void QuestionBank_HasAtLeast80HandWrittenQuestions()
    {
        Assert.True(HandWritten.Count() >= 80, $"only {HandWritten.Count()} hand-written questions");
    }

    [Fact]
    public void QuestionBank_HasEveryTextInBothLanguages()
    {
        foreach (var q in Bundle.Questions)
        {
            var texts = new[] { q.Text, q.Explanation }.Concat(q.Options);
            Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t.ZhCn) || string.IsNullOrWhiteSpace(t.En), q.Id));
            Assert.InRange(q.Options.Count, 3, 4);
            Assert.InRange(q.Correct, 0, q.Options.Count - 1);
        }
    }

    [Theory]
    [InlineData("roles")]
    [InlineData("reporting-chain")]
    [InlineData("fire-call")]
    [InlineData("fire")]
    [InlineData("water-leak")]
    [InlineData("theft")]
    [InlineData("power-outage")]
    [InlineData("records-software")]
    [InlineData("information-security")]
    [InlineData("principles")]
    [InlineData("extinguisher")]
    public void QuestionBank_CoversTopic(string topic)
    {
        Assert.True(Bundle.Questions.Count(q => q.Topic == topic) >= 3, $"topic {topic} has fewer than 3 questions");
    }

    [Fact]
    public void QuestionBank_VariesThePositionOfTheCorrectOption()
    {
        var positions = HandWritten.GroupBy(q => q.Correct).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(Enumerable.Range(0, 4), i => Assert.True(positions.GetValueOrDefault(i) >= 10, $"position {i} is rarely correct"));
    }

    [Fact]
    public void EveryCitation_ResolvesToAPlanSection()
    {
        var sections = Bundle.Sections.Select(s => s.Id).ToHashSet();
        var citations = Bundle.Questions.Select(q => q.Citation)
            .Concat(Bundle.Roles.Select(r => r.Citation))
            .Concat(Bundle.Numbers.Select(n => n.Citation));
        Assert.All(citations, c => Assert.Contains(c, sections));
    }

    [Fact]
    public void Plan_HasEveryEmergencyPostAndTheNumbers119And110()
    {
        var roles = Bundle.Roles.Select(r => r.Id).ToHashSet();
        foreach (var id in DemoRosterTests.PlanRoles)
            Assert.Contains(id, roles);
        Assert.Contains(Bundle.Numbers, n => n.Number == "119");
        Assert.Contains(Bundle.Numbers, n => n.Number == "110");
    }

    [Fact]
    public void DemoSite_HasTwelveExtinguishersAndTheRecordsRooms()
    {
        Assert.True(Bundle.Site.Extinguishers.Count >= 12);
        Assert.Equal(2, Bundle.Site.Buildings.Count);
        Assert.Contains(Bundle.Site.Rooms, r => r.Kind == "records-store");
        Assert.Contains(Bundle.Site.Rooms, r => r.Kind == "records-office");
    }

    [Fact]
    public void Texts_HaveTheStarterKeysInBothLanguages()
    {
        foreach (var key in new[] { "help", "unknown_person", "stale_card", "language_switched" })
        {
            Assert.True(Bundle.Texts.TryGetValue(key, out var text), key);
            Assert.False(string.IsNullOrWhiteSpace(text!.ZhCn) || string.IsNullOrWhiteSpace(text.En), key);
        }
    }
}
