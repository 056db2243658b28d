using System.Net.Http.Headers;
using System.Net.Http.Json;
using DrillPlatform.Core.Readiness.Model;
using DrillPlatform.Core.Readiness.Scoring;
using DrillPlatform.Core.Readiness.Storage;
using DrillPlatform.Tests.EndToEnd;
using Microsoft.Playwright;

namespace DrillPlatform.Tests.Browser;

/// <summary>
/// The report tab in Chromium on the local host, signed in with the dev token (?as=): its charts and
/// matrix hold the API's numbers, its downloads are the API's files, and staff are told it is not for them.
/// The page loads once and does not poll, so the tests wait for body[data-ready] (never networkidle).
/// </summary>
[Trait("Category", "Browser")]
public class ReportTabTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string Manager = "manager@demo-hospital.example";
    private const string Staff = "li.na@demo-hospital.example";
    private const string Department = "records";
    private static readonly LocatorAssertionsToBeVisibleOptions Wait = new() { Timeout = 30_000 };
    private static readonly LocatorAssertionsToContainTextOptions WaitText = new() { Timeout = 30_000 };

    [SkippableFact]
    public async Task ReportTab_ForAManager_DrawsTheApisNumbers()
    {
        await SeedSnapshotsAsync();
        await using var chromium = await Chromium.OpenAsync();
        var page = chromium.Page;
        await OpenAsync(page, Manager, "en");
        await Assertions.Expect(page.GetByTestId("report")).ToBeVisibleAsync(Wait);

        var from = await page.GetByTestId("from").InputValueAsync();
        var to = await page.GetByTestId("to").InputValueAsync();
        Assert.Equal(Department, await page.GetByTestId("department").InputValueAsync());
        var token = await TokenAsync(Manager);
        var readiness = await GetAsync(token, $"/api/readiness?department={Department}");
        var history = await GetAsync(token, $"/api/readiness/history?department={Department}&weeks=104");
        var report = await GetAsync(token, $"/api/reports/compliance?department={Department}&from={from}&to={to}");

        var weeks = history.GetProperty("snapshots").EnumerateArray()
            .Where(s => string.CompareOrdinal(s.GetProperty("weekStart").GetString(), from) >= 0 && string.CompareOrdinal(s.GetProperty("weekStart").GetString(), to) <= 0).ToList();
        Assert.True(weeks.Count >= 3, "the seeded snapshots fall inside the default period");
        var trend = await ChartAsync(page, "trend");
        Assert.Equal(weeks.Select(s => s.GetProperty("weekStart").GetString()!), trend.Labels);
        Assert.Equal(weeks.Select(s => (double)s.GetProperty("score").GetInt32()), trend.Datasets[0]);

        var topics = readiness.GetProperty("topics").EnumerateArray().ToList();
        Assert.NotEmpty(topics);
        var topicChart = await ChartAsync(page, "topics");
        Assert.Equal(topics.Select(t => t.GetProperty("label").GetProperty("en").GetString()!), topicChart.Labels);
        Assert.Equal(topics.Select(t => Math.Round(100 * t.GetProperty("mastery").GetDouble(), MidpointRounding.AwayFromZero)), topicChart.Datasets[0]);

        var checks = report.GetProperty("checks").EnumerateArray().ToList();
        var months = checks.Select(c => c.GetProperty("month").GetString()!).Distinct().Order(StringComparer.Ordinal).ToList();
        var checkChart = await ChartAsync(page, "checks");
        Assert.Equal(months, checkChart.Labels);
        Assert.Equal(months.Select(m => (double)checks.Where(c => c.GetProperty("month").GetString() == m).Sum(c => c.GetProperty("done").GetInt32())), checkChart.Datasets[0]);
        Assert.Equal(months.Select(m => (double)checks.Where(c => c.GetProperty("month").GetString() == m).Sum(c => c.GetProperty("missing").GetArrayLength())), checkChart.Datasets[1]);

        var drills = report.GetProperty("drills");
        foreach (var cell in drills.GetProperty("cells").EnumerateArray())
        {
            var td = page.Locator($"#matrix tr[data-quarter='{cell.GetProperty("quarter").GetString()}'] td[data-shift='{cell.GetProperty("shift").GetString()}']");
            Assert.Equal(cell.GetProperty("drills").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), await td.GetAttributeAsync("data-drills"));
            Assert.Equal(cell.GetProperty("drills").GetInt32() == 0, (await td.GetAttributeAsync("class") ?? "").Contains("flag", StringComparison.Ordinal));
        }
        Assert.Equal(drills.GetProperty("quarters").GetArrayLength() * drills.GetProperty("shifts").GetArrayLength(), await page.Locator("#matrix td").CountAsync());
        var actions = report.GetProperty("actions");
        await Assertions.Expect(page.GetByTestId("actions-open")).ToHaveTextAsync(actions.GetProperty("open").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByTestId("actions-overdue")).ToHaveTextAsync(actions.GetProperty("overdue").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(report.GetProperty("rows").GetArrayLength(), await page.Locator("#rows tr[data-requirement]").CountAsync());

        await page.GetByTestId("language").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("培训合规报表");
        Assert.Equal(topics.Select(t => t.GetProperty("label").GetProperty("zhCn").GetString()!), (await ChartAsync(page, "topics")).Labels);
    }

    [SkippableTheory]
    [InlineData("csv", "text/csv")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("pdf", "application/pdf")]
    public async Task ReportTab_DownloadButton_SavesTheApisFile(string format, string contentType)
    {
        await using var chromium = await Chromium.OpenAsync();
        var page = chromium.Page;
        await OpenAsync(page, Manager, "en");
        await Assertions.Expect(page.GetByTestId("report")).ToBeVisibleAsync(Wait);

        var downloaded = page.WaitForDownloadAsync(new() { Timeout = 30_000 });
        var answered = page.WaitForResponseAsync(r => r.Url.Contains("/api/reports/compliance", StringComparison.Ordinal) && r.Url.Contains($"format={format}", StringComparison.Ordinal));
        await page.GetByTestId($"download-{format}").ClickAsync();
        var response = await answered;
        Assert.True(response.Status == 200, $"{response.Status}: {await page.GetByTestId("download-error").TextContentAsync()}");
        var download = await downloaded;

        Assert.Equal(200, response.Status);
        Assert.StartsWith(contentType, response.Headers["content-type"], StringComparison.Ordinal);
        Assert.EndsWith($".{format}", download.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        byte[] magic = format switch { "csv" => [0xEF, 0xBB, 0xBF], "xlsx" => "PK"u8.ToArray(), _ => "%PDF"u8.ToArray() };
        Assert.Equal(magic, bytes.Take(magic.Length));
        await Assertions.Expect(page.GetByTestId("download-error")).ToBeHiddenAsync();
    }

    [SkippableFact]
    public async Task ReportTab_ForStaff_SaysInBothLanguagesItIsForTrainersAndManagers()
    {
        await using var chromium = await Chromium.OpenAsync();
        var page = chromium.Page;
        var refused = page.WaitForResponseAsync(r => r.Url.EndsWith("/api/reports/departments", StringComparison.Ordinal));
        await OpenAsync(page, Staff, "zh-CN");

        Assert.Equal(403, (await refused).Status);
        var refusal = page.GetByTestId("refusal");
        await Assertions.Expect(refusal).ToBeVisibleAsync(Wait);
        await Assertions.Expect(refusal).ToContainTextAsync("此页面仅供培训员和管理者使用。", WaitText);
        await Assertions.Expect(refusal).ToContainTextAsync("This page is for trainers and managers.", WaitText);
        await Assertions.Expect(page.GetByTestId("report")).ToBeHiddenAsync();
        Assert.Equal(0, await page.Locator("canvas:visible").CountAsync());
    }

    [SkippableFact]
    public async Task ReportTab_OutsideTeamsWithoutDevToken_SaysToOpenItInTeams()
    {
        await using var chromium = await Chromium.OpenAsync();
        var page = chromium.Page;
        await page.GotoAsync($"{host.BaseUrl}/reports");

        await Assertions.Expect(page.GetByTestId("refusal")).ToContainTextAsync("Open this page in Teams", WaitText);
    }

    private async Task OpenAsync(IPage page, string email, string lang)
    {
        await page.GotoAsync($"{host.BaseUrl}/reports?as={Uri.EscapeDataString(email)}&lang={lang}");
        await page.WaitForSelectorAsync("body[data-ready=true]", new() { Timeout = 30_000, State = WaitForSelectorState.Attached });
    }

    // Three past weeks of snapshots with different scores, so the trend has a shape to compare.
    private async Task SeedSnapshotsAsync()
    {
        var store = host.App.Services.GetRequiredService<ReadinessSnapshotStore>();
        var week = host.App.Services.GetRequiredService<ReadinessWeek>();
        var now = host.App.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var monday = week.Start(now);
        foreach (var (ago, score) in new[] { (3, 41), (2, 57), (1, 63) })
            await store.TryAddAsync(new DepartmentSnapshot(Department, "", monday.AddDays(-7 * ago), score, 10, score / 10, 3, 7 - score / 10, now));
    }

    private async Task<string> TokenAsync(string email) =>
        (await host.Http.GetFromJsonAsync<JsonElement>($"/dev/token?as={Uri.EscapeDataString(email)}")).GetProperty("token").GetString()!;

    private async Task<JsonElement> GetAsync(string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await host.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<ChartData> ChartAsync(IPage page, string id)
    {
        var json = await page.EvaluateAsync<JsonElement>(
            "id => { const c = Chart.getChart(document.getElementById(id)); return c ? { labels: c.data.labels, datasets: c.data.datasets.map(d => d.data) } : null; }", id);
        Assert.True(json.ValueKind == JsonValueKind.Object, $"no chart drawn on #{id}");
        return new ChartData(
            json.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToList(),
            json.GetProperty("datasets").EnumerateArray().Select(d => d.EnumerateArray().Select(v => v.GetDouble()).ToList()).ToList());
    }

    private sealed record ChartData(List<string> Labels, List<List<double>> Datasets);
}
