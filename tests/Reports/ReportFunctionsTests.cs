using System.Text;
using DrillPlatform.Core.Api;
using DrillPlatform.Functions.Api;
using DrillPlatform.Tests.Api;
using DrillPlatform.Tests.EndToEnd;
using DrillPlatform.Tests.Functions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DrillPlatform.Tests.Reports;

/// <summary>The Functions side of the compliance report: listed on its route, and a download answered as a file with its name.</summary>
[Trait("Category", "EndToEnd")]
public sealed class ReportFunctionsTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public void Metadata_ListsTheReportAsAnonymousGetOnItsRoute()
    {
        var function = FunctionsMetadataTests.Functions().Single(f => f.GetProperty("name").GetString() == "GetComplianceReport");
        var trigger = function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "httpTrigger");

        Assert.Equal("reports/compliance", trigger.GetProperty("route").GetString());
        Assert.Equal(["get"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
    }

    [Fact]
    public async Task Report_InvokedDirectly_AnswersACsvFile_OrJson_OrAProblem()
    {
        var functions = new ReportFunctions(host.App.Services.GetRequiredService<ReportsApi>());
        var token = await new ApiClient(host).TokenAsync(ApiClient.Manager);

        var csv = (FileContentResult)await functions.GetComplianceReport(Request(token, "?department=records&from=2026-01-01&to=2026-03-31&format=csv"), CancellationToken.None);
        var json = (ContentResult)await functions.GetComplianceReport(Request(token, "?department=records&from=2026-01-01&to=2026-03-31"), CancellationToken.None);
        var bad = (ContentResult)await functions.GetComplianceReport(Request(token, "?department=records&from=2026-01-01"), CancellationToken.None);

        Assert.Equal("text/csv; charset=utf-8", csv.ContentType);
        Assert.Equal("compliance-records-2026-01-01-2026-03-31.csv", csv.FileDownloadName);
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv.FileContents[..3]);
        Assert.Equal(200, json.StatusCode);
        Assert.StartsWith("application/json", json.ContentType);
        Assert.Contains("\"requirement\":\"drills-per-quarter-shift\"", json.Content);
        Assert.Equal(400, bad.StatusCode);
        Assert.Contains("\"field\":\"to\"", bad.Content);
    }

    private static HttpRequest Request(string token, string query)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.QueryString = new QueryString(query);
        context.Request.Headers.Authorization = $"Bearer {token}";
        return context.Request;
    }
}
