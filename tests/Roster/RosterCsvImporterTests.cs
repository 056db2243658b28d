using System.Text;

namespace DrillPlatform.Tests.Roster;

[Trait("Category", "Storage")]
public class RosterCsvImporterTests
{
    private const string Header = "objectId,name,email,department,roles,phone,locale";
    private static readonly HashSet<string> Roles = ["leader", "deputy", "clerk", "logistics"];
    private static readonly string Li = "6f1c2a7e-0b8d-4c55-9a57-1f0e3b2c4d01";
    private static readonly string Wang = "6f1c2a7e-0b8d-4c55-9a57-1f0e3b2c4d02";
    private static readonly string Zhao = "6f1c2a7e-0b8d-4c55-9a57-1f0e3b2c4d03";

    private static async Task<(RosterCsvImporter Importer, RosterStore Store)> NewAsync()
    {
        var storage = await TestStorage.NewAsync();
        var store = new RosterStore(storage.Service, storage.Options);
        return (new RosterCsvImporter(store, Roles), store);
    }

    private static Stream Csv(params string[] lines) => new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"));

    [Fact]
    public async Task Import_OfAGoodFile_WritesEveryone()
    {
        var (importer, store) = await NewAsync();

        var result = await importer.ImportAsync(Csv(Header,
            $"{Li},李明,li@hospital.example,records,leader;clerk,+8613800000001,zh-CN",
            $"{Wang},\"Wang, Fang\",wang@hospital.example,information,deputy,,en"), default);

        Assert.Equal(2, result.Imported);
        Assert.Empty(result.Errors);
        var li = await store.GetAsync(Li);
        Assert.Equal("李明", li!.Name);
        Assert.Equal(["leader", "clerk"], li.Roles);
        var wang = await store.GetAsync(Wang);
        Assert.Equal("Wang, Fang", wang!.Name);
        Assert.Null(wang.Phone);
        Assert.Equal("en", wang.Locale);
    }

    [Fact]
    public async Task Import_WithHeaderInAnyOrderAndCase_ReadsTheColumnsByName()
    {
        var (importer, store) = await NewAsync();

        var result = await importer.ImportAsync(Csv("EMAIL,Roles,Name,DEPARTMENT,ObjectID",
            $"li@hospital.example,CLERK,Li,records,{Li}"), default);

        Assert.Equal(1, result.Imported);
        var li = await store.GetAsync(Li);
        Assert.Equal(["clerk"], li!.Roles);
        Assert.Equal("zh-CN", li.Locale);
    }

    [Fact]
    public async Task Import_WithBadRows_ReportsRowAndColumnAndKeepsTheValidRows()
    {
        var (importer, store) = await NewAsync();

        var result = await importer.ImportAsync(Csv(Header,
            $"{Li},Li,li@hospital.example,records,clerk,+8613800000001,zh",
            "not-a-guid,Wang,wang@hospital.example,records,clerk,,en",
            $"{Zhao},,zhao-at-hospital,,janitor,138 0000 0000,fr",
            $"{Wang},Wang,wang@hospital.example,records,clerk,,en-GB"), default);

        Assert.Equal(2, result.Imported);
        Assert.Contains(result.Errors, e => e is { Row: 3, Column: "objectId" });
        Assert.Equal(["department", "email", "locale", "name", "phone", "roles"],
            result.Errors.Where(e => e.Row == 4).Select(e => e.Column).Order(StringComparer.Ordinal));
        Assert.Contains("janitor", result.Errors.Single(e => e is { Row: 4, Column: "roles" }).Reason);
        Assert.DoesNotContain(result.Errors, e => e.Reason.Contains("138"));
        Assert.NotNull(await store.GetAsync(Li));
        Assert.Equal("en", (await store.GetAsync(Wang))!.Locale);
        Assert.Null(await store.GetAsync(Zhao));
    }

    [Fact]
    public async Task Import_WithMissingRequiredColumn_ReportsAFileErrorNamingItAndWritesNothing()
    {
        var (importer, store) = await NewAsync();

        var result = await importer.ImportAsync(Csv("objectId,name,email,roles,phone",
            $"{Li},Li,li@hospital.example,clerk,"), default);

        Assert.Equal(0, result.Imported);
        var error = Assert.Single(result.Errors);
        Assert.Equal((1, "department"), (error.Row, error.Column));
        Assert.Contains("department", error.Reason);
        Assert.Empty(await store.ListAsync());
    }

    [Fact]
    public async Task Import_OfAnEmptyFile_SaysTheHeaderIsMissing()
    {
        var (importer, _) = await NewAsync();
        var result = await importer.ImportAsync(new MemoryStream(), default);
        Assert.Contains("objectId,name,email", Assert.Single(result.Errors).Reason);
    }

    [Fact]
    public async Task Import_WithDuplicateObjectIdOrEmail_RejectsEveryCopy()
    {
        var (importer, store) = await NewAsync();

        var result = await importer.ImportAsync(Csv(Header,
            $"{Li},Li,li@hospital.example,records,clerk,,",
            $"{Li.ToUpperInvariant()},Li Again,li2@hospital.example,records,clerk,,",
            $"{Wang},Wang,shared@hospital.example,records,clerk,,",
            $"{Zhao},Zhao,SHARED@hospital.example,records,clerk,,"), default);

        Assert.Equal(0, result.Imported);
        Assert.Equal([(2, "objectId"), (3, "objectId"), (4, "email"), (5, "email")], result.Errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("row 3", result.Errors[0].Reason);
        Assert.Empty(await store.ListAsync());
    }

    [Fact]
    public async Task Import_WhenEmailBelongsToSomeoneAlreadyOnTheRoster_RejectsTheRow()
    {
        var (importer, store) = await NewAsync();
        await importer.ImportAsync(Csv(Header, $"{Li},Li,li@hospital.example,records,clerk,,"), default);

        var result = await importer.ImportAsync(Csv(Header,
            $"{Wang},Wang,LI@hospital.example,records,clerk,,",
            $"{Zhao},Zhao,zhao@hospital.example,records,leader,,"), default);

        Assert.Equal(1, result.Imported);
        Assert.Equal((2, "email"), (Assert.Single(result.Errors).Row, result.Errors[0].Column));
        Assert.Null(await store.GetAsync(Wang));
        Assert.Equal(Li, (await store.FindByEmailAsync("li@hospital.example"))!.ObjectId);
    }

    [Theory]
    [InlineData("zh", "zh-CN")]
    [InlineData("zh-cn", "zh-CN")]
    [InlineData("ZH-Hans", "zh-CN")]
    [InlineData("en-US", "en")]
    [InlineData("en", "en")]
    [InlineData("", "zh-CN")]
    public async Task Import_NormalisesTheLocale(string given, string stored)
    {
        var (importer, store) = await NewAsync();
        var result = await importer.ImportAsync(Csv(Header, $"{Li},Li,li@hospital.example,records,clerk,,{given}"), default);
        Assert.Empty(result.Errors);
        Assert.Equal(stored, (await store.GetAsync(Li))!.Locale);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("english")]
    [InlineData("zh-TW")]
    public async Task Import_RejectsUnsupportedLocales(string given)
    {
        var (importer, _) = await NewAsync();
        var result = await importer.ImportAsync(Csv(Header, $"{Li},Li,li@hospital.example,records,clerk,,{given}"), default);
        Assert.Equal((2, "locale"), (Assert.Single(result.Errors).Row, result.Errors[0].Column));
    }

    [Fact]
    public async Task Import_WithBlankLinesAndMalformedQuoting_CountsRowsAsRecords()
    {
        var (importer, _) = await NewAsync();

        var result = await importer.ImportAsync(Csv(Header,
            $"{Li},Li,li@hospital.example,records,clerk,,",
            "",
            $"{Wang},Wa\"ng,wang@hospital.example,records,clerk,,",
            $"{Zhao},Zhao,zhao@hospital.example,records,nurse,,"), default);

        Assert.Equal(1, result.Imported);
        Assert.Equal([(3, ""), (4, "roles")], result.Errors.Select(e => (e.Row, e.Column)));
    }
}
