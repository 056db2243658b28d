namespace DrillPlatform.Tests.Roster;

[Trait("Category", "Storage")]
public class RosterStoreTests
{
    private static StaffMember Person(string name, string department = "records", params string[] roles) =>
        new(Guid.NewGuid().ToString(), name, $"{name}@hospital.example", department, roles, "+8613800000000", "zh-CN");

    private static async Task<RosterStore> NewStoreAsync()
    {
        var storage = await TestStorage.NewAsync();
        return new RosterStore(storage.Service, storage.Options);
    }

    [Fact]
    public async Task Get_AfterUpsert_ReturnsThePersonWithRolesAndPhone()
    {
        var store = await NewStoreAsync();
        var li = Person("li", "records", "leader", "clerk");
        await store.UpsertAsync(li);

        var found = await store.GetAsync(li.ObjectId.ToUpperInvariant());

        Assert.NotNull(found);
        Assert.Equal(li.ObjectId, found.ObjectId);
        Assert.Equal(["leader", "clerk"], found.Roles);
        Assert.Equal("+8613800000000", found.Phone);
        Assert.Equal("records", found.Department);
    }

    [Fact]
    public async Task Upsert_OfAnExistingPerson_ReplacesTheRow()
    {
        var store = await NewStoreAsync();
        var li = Person("li", "records", "clerk");
        await store.UpsertAsync(li);
        await store.UpsertAsync(li with { Department = "information", Roles = [], Phone = null });

        var found = await store.GetAsync(li.ObjectId);

        Assert.Equal("information", found!.Department);
        Assert.Empty(found.Roles);
        Assert.Null(found.Phone);
    }

    [Fact]
    public async Task Get_ForUnknownPerson_ReturnsNull()
    {
        var store = await NewStoreAsync();
        Assert.Null(await store.GetAsync(Guid.NewGuid().ToString()));
    }

    [Fact]
    public async Task FindByEmail_IgnoresCase()
    {
        var store = await NewStoreAsync();
        var wang = Person("wang");
        await store.UpsertAsync(Person("li"));
        await store.UpsertAsync(wang);

        Assert.Equal(wang.ObjectId, (await store.FindByEmailAsync("WANG@Hospital.example"))?.ObjectId);
        Assert.Null(await store.FindByEmailAsync("nobody@hospital.example"));
    }

    [Fact]
    public async Task List_ByDepartment_ReturnsOnlyThatDepartment()
    {
        var store = await NewStoreAsync();
        await store.UpsertAsync(Person("li", "records"));
        await store.UpsertAsync(Person("wang", "information"));
        await store.UpsertAsync(Person("zhao", "records"));

        Assert.Equal(["li", "zhao"], (await store.ListAsync("records")).Select(p => p.Name));
        Assert.Equal(3, (await store.ListAsync()).Count);
    }

    [Fact]
    public async Task SetLocale_NormalisesAndKeepsTheRestOfThePerson()
    {
        var store = await NewStoreAsync();
        var li = Person("li", "records", "clerk");
        await store.UpsertAsync(li);

        Assert.True(await store.SetLocaleAsync(li.ObjectId, "en-US"));
        var found = await store.GetAsync(li.ObjectId);

        Assert.Equal("en", found!.Locale);
        Assert.Equal(["clerk"], found.Roles);
    }

    [Fact]
    public async Task SetLocale_ForUnknownPerson_ReturnsFalseAndCreatesNothing()
    {
        var store = await NewStoreAsync();
        var id = Guid.NewGuid().ToString();
        Assert.False(await store.SetLocaleAsync(id, "en"));
        Assert.Null(await store.GetAsync(id));
    }

    [Fact]
    public async Task Get_AfterThisStoreWroteTheRow_SeesTheNewRowAtOnce()
    {
        var store = await NewStoreAsync();
        var li = Person("li", "records", "clerk");
        Assert.Null(await store.GetAsync(li.ObjectId)); // remembered as not on the roster
        await store.UpsertAsync(li);
        Assert.Equal("records", (await store.GetAsync(li.ObjectId))!.Department);

        await store.UpsertAsync(li with { Department = "information" });

        Assert.Equal("information", (await store.GetAsync(li.ObjectId))!.Department);
    }

    [Fact]
    public async Task Get_AfterAnotherInstanceWroteTheRow_SeesItOnceTheCacheTimeIsOver()
    {
        var storage = await TestStorage.NewAsync();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        var here = new RosterStore(storage.Service, storage.Options, clock);
        var elsewhere = new RosterStore(storage.Service, storage.Options, clock);
        var li = Person("li", "records", "trainer");
        await elsewhere.UpsertAsync(li);
        Assert.Equal(["trainer"], (await here.GetAsync(li.ObjectId))!.Roles);

        await elsewhere.UpsertAsync(li with { Roles = [] });
        clock.Advance(RosterStore.CacheFor - TimeSpan.FromSeconds(1));
        var during = await here.GetAsync(li.ObjectId);
        clock.Advance(TimeSpan.FromSeconds(2));
        var after = await here.GetAsync(li.ObjectId);

        Assert.Equal(["trainer"], during!.Roles);
        Assert.Empty(after!.Roles);
    }
}
