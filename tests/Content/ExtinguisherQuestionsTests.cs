namespace DrillPlatform.Tests.Content;

[Trait("Category", "Unit")]
public class ExtinguisherQuestionsTests
{
    private static readonly ContentBundle Bundle = ContentLoader.Load(TempContent.Shipped);
    private static readonly SiteRegistry Registry = new(Bundle.Site);

    private static IReadOnlyList<Question> Generated => ExtinguisherQuestions.Generate(Bundle.Site, Registry);

    [Fact]
    public void Generate_AsksAboutEveryRecordsStoreAndRecordsOffice()
    {
        var asked = Generated.Select(q => q.Id).ToHashSet();
        foreach (var room in Bundle.Site.Rooms.Where(r => r.Kind is "records-store" or "records-office"))
            Assert.Contains("ext-" + room.Id, asked);
        Assert.Equal(ExtinguisherQuestions.OfficesAsked, Generated.Count(q => Room(q).Kind == "office"));
    }

    [Fact]
    public void Generate_MakesTheNearestExtinguisherTheCorrectAnswer()
    {
        foreach (var question in Generated)
        {
            var nearest = Registry.Nearest(Room(question), 1)[0].Extinguisher;
            Assert.Contains(nearest.Location.En, question.Options[question.Correct].En);
            Assert.Contains(nearest.Location.ZhCn, question.Options[question.Correct].ZhCn);
            Assert.InRange(question.Options.Count, 3, 4);
            Assert.Equal(question.Options.Count, question.Options.Select(o => o.En).Distinct().Count());
        }
    }

    [Fact]
    public void Generate_IsDeterministicBilingualAndCitesThePlan()
    {
        var again = ExtinguisherQuestions.Generate(Bundle.Site, Registry);

        Assert.Equal(Generated.Select(q => (q.Id, q.Correct, q.Options[0].En)), again.Select(q => (q.Id, q.Correct, q.Options[0].En)));
        Assert.All(Generated, q =>
        {
            Assert.Equal(ExtinguisherQuestions.Topic, q.Topic);
            Assert.Contains(q.Citation, Bundle.Sections.Select(s => s.Id));
            Assert.False(string.IsNullOrWhiteSpace(q.Text.ZhCn) || string.IsNullOrWhiteSpace(q.Text.En));
        });
        Assert.True(Generated.Select(q => q.Correct).Distinct().Count() > 1, "the correct answer is always in the same place");
    }

    [Fact]
    public void Loader_AppendsTheGeneratedQuestionsToTheBank()
    {
        Assert.Equal(Generated.Select(q => q.Id), Bundle.Questions.Where(q => q.Topic == ExtinguisherQuestions.Topic).Select(q => q.Id));
    }

    private static Room Room(Question question) => Registry.FindRoom(question.Id["ext-".Length..])!;
}
