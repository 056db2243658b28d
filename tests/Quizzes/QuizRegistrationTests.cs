using DrillPlatform.Core.Messaging;
using DrillPlatform.Core.Quizzes;
using DrillPlatform.Core.Storage;
using Microsoft.Extensions.Configuration;
using static DrillPlatform.Tests.Quizzes.QuizFixtures;

namespace DrillPlatform.Tests.Quizzes;

[Trait("Category", "Storage")]
public class QuizRegistrationTests
{
    [Fact]
    public async Task AddRosterAndAddQuizzes_WithStorageAndContent_ResolveWorkingServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = await AzuriteFixture.ConnectionStringAsync(),
            ["Storage:Prefix"] = AzuriteFixture.NewPrefix(),
        }).Build();
        var role = new RoleDefinition("clerk", new("病案员", "Records clerk"), new("岗位", "Post"), [], "plan");
        var content = new ContentBundle([], [role], [], FiveGeneral(),
            new Site("site", new("医院", "Hospital"), "Asia/Shanghai", [], [], []), new Dictionary<string, Localized>());
        using var provider = new ServiceCollection()
            .AddSingleton(content)
            .AddStorage(configuration).AddRoster(configuration).AddQuizzes(configuration)
            .BuildServiceProvider();

        var start = await provider.GetRequiredService<QuizService>().StartAsync(Person("clerk"), "zh-CN");
        var csv = new MemoryStream("objectId,name,email,department,roles\n6f1c2a7e-0b8d-4c55-9a57-1f0e3b2c4d01,Li,li@h.example,records,Clerk\n"u8.ToArray());
        var import = await provider.GetRequiredService<RosterCsvImporter>().ImportAsync(csv, default);

        Assert.Equal(5, start!.Total);
        Assert.Equal((1, 0), (import.Imported, import.Errors.Count));
        Assert.NotNull(provider.GetRequiredService<ConversationRefStore>());
    }
}
