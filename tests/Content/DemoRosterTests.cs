namespace DrillPlatform.Tests.Content;

[Trait("Category", "Unit")]
public class DemoRosterTests
{
    public static readonly string[] PlanRoles =
        ["leader", "deputy-leader", "medical-affairs", "records-clerk", "admin-logistics", "on-duty", "software-maintainer", "security"];

    private static readonly string[] Lines =
        File.ReadAllLines(Path.Combine(TempContent.Shipped, "roster", "demo-roster.csv"));

    private static IEnumerable<string[]> Rows => Lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','));

    [Fact]
    public void Roster_HasTheAgreedHeader()
    {
        Assert.Equal("objectId,name,email,department,roles,phone,locale", Lines[0]);
    }

    [Fact]
    public void Roster_Has30StaffInTwoDepartments_WithValidFields()
    {
        Assert.True(Rows.Count() >= 30);
        Assert.Equal(["information", "records"], Rows.Select(r => r[3]).Distinct().Order());
        Assert.All(Rows, r =>
        {
            Assert.Equal(7, r.Length);
            Assert.True(Guid.TryParse(r[0], out _), r[0]);
            Assert.EndsWith("@demo-hospital.example", r[2]);
            Assert.Matches(@"^\+86\d{11}$", r[5]);
            Assert.Contains(r[6], new[] { "zh-CN", "en" });
        });
        Assert.Equal(Rows.Count(), Rows.Select(r => r[0]).Distinct().Count());
    }

    [Fact]
    public void Roster_HasEveryPlanRoleATrainerAndAManager()
    {
        var roles = Rows.SelectMany(r => r[4].Split(';')).ToHashSet();
        Assert.All(PlanRoles.Append("trainer").Append("manager"), role => Assert.Contains(role, roles));
        Assert.Contains(Rows, r => r[2] == "trainer@demo-hospital.example" && r[4].Contains("trainer"));
        Assert.Contains(Rows, r => r[2] == "manager@demo-hospital.example" && r[4].Contains("manager"));
    }

    [Fact]
    public void Roster_FirstRowIsAPlainRecordsClerk()
    {
        var first = Rows.First();
        Assert.Equal("li.na@demo-hospital.example", first[2]);
        Assert.Equal("records-clerk", first[4]);
    }
}
