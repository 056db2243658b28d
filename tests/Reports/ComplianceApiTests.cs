using System.Globalization;
using DrillPlatform.Core.Drills.Calendar;
using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Drills.Runtime;
using DrillPlatform.Tests.Api;
using DrillPlatform.Tests.EndToEnd;
using static DrillPlatform.Tests.Api.ApiClient;

namespace DrillPlatform.Tests.Reports;

/// <summary>GET /api/reports/compliance through the real local host on Azurite: who may read it, what it says, and every bad parameter named.</summary>
[Trait("Category", "EndToEnd")]
public sealed class ComplianceApiTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private readonly ApiClient api = new(host);

    private async Task<(Drill Drill, string From, string To)> ClosedDrillAsync()
    {
        var services = host.App.Services;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var drill = await services.GetRequiredService<DrillLauncher>().LaunchNowAsync("fire-records-store", DrillAudience.Department("records"), "trainer", now, 30, 10);
        drill = (await services.GetRequiredService<DrillStore>().GetAsync(drill.Id))!;
        await services.GetRequiredService<DrillClosing>().CloseAsync(drill, now.AddMinutes(30), CancellationToken.None);
        var today = services.GetRequiredService<SiteCalendar>().LocalDate(now);
        return (drill, Date(today.AddDays(-40)), Date(today.AddDays(1)));
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Compliance_IsForTrainersAndTheDepartmentsManagers_NotStaffOrOtherManagers()
    {
        var (drill, from, to) = await ClosedDrillAsync();
        var path = $"/api/reports/compliance?department=records&from={from}&to={to}";

        var trainer = await api.SendAsync(HttpMethod.Get, path, Trainer);
        var manager = await api.SendAsync(HttpMethod.Get, path, Manager);
        var staff = await api.SendAsync(HttpMethod.Get, path, Staff);
        var otherManager = await api.SendAsync(HttpMethod.Get, $"/api/reports/compliance?department=information&from={from}&to={to}", Manager);
        var nobody = await api.SendAsync(HttpMethod.Get, path, null);

        Assert.Equal((200, 200, 403, 403, 401), (trainer.Status, manager.Status, staff.Status, otherManager.Status, nobody.Status));
        AssertProblem(403, staff.Body, staff.Response);
        Assert.Equal("records", manager.Body.GetProperty("department").GetString());
        var lines = manager.Body.GetProperty("drills").GetProperty("list").EnumerateArray().Select(l => l.GetProperty("drillId").GetString()).ToList();
        Assert.Contains(drill.Id, lines);
        var rows = manager.Body.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(DrillPlatform.Core.Reports.Compliance.ComplianceMatrix.Requirements, rows.Select(r => r.GetProperty("requirement").GetString()));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("source").GetString())));
        Assert.True(manager.Body.GetProperty("training").GetProperty("people").GetInt32() > 0);
    }

    [Fact]
    public async Task Compliance_Downloads_AreFilesOfTheSameReport_AndAFormulaLookingNameIsText()
    {
        var (_, from, to) = await ClosedDrillAsync();
        const string injected = "=HYPERLINK(\"http://x\",\"y\")";
        await host.App.Services.GetRequiredService<DrillPlatform.Core.Roster.RosterStore>().UpsertAsync(
            new DrillPlatform.Core.Roster.StaffMember("0b7e1c52-2d7a-4a43-9c55-6a4a7f3b1d01", injected, "formula@demo-hospital.example", "records", ["records-clerk"], null, "zh-CN"));
        var path = $"/api/reports/compliance?department=records&from={from}&to={to}";

        var json = await api.SendAsync(HttpMethod.Get, path, Manager);
        var files = new Dictionary<string, HttpResponseMessage>();
        foreach (var format in new[] { "csv", "xlsx", "pdf" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{path}&format={format}");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await api.TokenAsync(Manager));
            files[format] = await host.Http.SendAsync(request);
        }

        Assert.All(files.Values, f => Assert.Equal(200, (int)f.StatusCode));
        Assert.Equal("text/csv", files["csv"].Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", files["xlsx"].Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/pdf", files["pdf"].Content.Headers.ContentType?.MediaType);
        Assert.Equal($"compliance-records-{from}-{to}.xlsx", files["xlsx"].Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("attachment", files["pdf"].Content.Headers.ContentDisposition?.DispositionType);

        var csv = ExportReading.CsvSections(await files["csv"].Content.ReadAsByteArrayAsync());
        var rows = json.Body.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(rows.Select(r => DrillPlatform.Core.Reports.Exports.CellText.Neutralise(r.GetProperty("value").GetString()!)), csv["合规要求 / Requirements"].Rows.Select(r => r[6]));
        var lapsed = json.Body.GetProperty("training").GetProperty("lapsed").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();
        Assert.Contains(injected, lapsed); // the JSON keeps the name as typed
        Assert.Equal(lapsed.Select(DrillPlatform.Core.Reports.Exports.CellText.Neutralise), csv["超过12个月未受训 / Training lapsed (over 12 months)"].Rows.Select(r => r[1]));
        var xlsx = ExportReading.XlsxSheets(await files["xlsx"].Content.ReadAsByteArrayAsync());
        Assert.Contains(xlsx["lapsed"], r => (string?)r["姓名 / Name"] == "'" + injected);
        Assert.Equal(rows.Count, xlsx["requirements"].Count);
        Assert.True(ExportReading.OpenPdf(await files["pdf"].Content.ReadAsByteArrayAsync()).PageCount >= 1);
    }

    [Fact]
    public async Task Compliance_NamesEveryBadOrMissingParameter()
    {
        var unknown = await api.SendAsync(HttpMethod.Get, "/api/reports/compliance?department=nosuch&from=2026-01-01&to=2026-03-31", Trainer);
        var missing = await api.SendAsync(HttpMethod.Get, "/api/reports/compliance", Trainer);
        var bad = await api.SendAsync(HttpMethod.Get, "/api/reports/compliance?department=records&from=2026-13-01&to=2026-03-31&format=docx", Trainer);
        var backwards = await api.SendAsync(HttpMethod.Get, "/api/reports/compliance?department=records&from=2026-03-31&to=2026-01-01", Trainer);
        var staffBad = await api.SendAsync(HttpMethod.Get, "/api/reports/compliance?department=nosuch", Staff);

        Assert.Equal((400, 400, 400, 400, 403), (unknown.Status, missing.Status, bad.Status, backwards.Status, staffBad.Status));
        AssertProblem(400, unknown.Body, unknown.Response);
        Assert.Equal(["department"], Fields(unknown.Body));
        Assert.Contains("records", unknown.Body.GetProperty("detail").GetString()); // the known departments are listed
        Assert.Equal(["department", "from", "to"], Fields(missing.Body).Order());
        Assert.Equal(["format", "from"], Fields(bad.Body).Order());
        Assert.Equal(["to"], Fields(backwards.Body));
    }
}
