using System.Text;
using DrillPlatform.Core.Api;
using DrillPlatform.Core.Reports.Tab;
using DrillPlatform.Functions.Reports;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DrillPlatform.Tests.Functions;

/// <summary>The Functions app serves the report tab: its trigger, and its files from what the build puts beside the functions.</summary>
[Trait("Category", "Storage")]
public class ReportTabFunctionTests
{
    private static ReportPage Published() => new(
        Path.Combine(FunctionsMetadataTests.Output(), "templates", "reports", "tab"), Path.Combine(FunctionsMetadataTests.Output(), "node_modules"));

    [Fact]
    public void Metadata_ListsThePageAsAnonymousGetUnderTheSettingsPath()
    {
        var function = FunctionsMetadataTests.Functions().Single(f => f.GetProperty("name").GetString() == nameof(ReportTab.GetReportPage));
        var trigger = function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "httpTrigger");

        Assert.Equal("reports/page/{*file}", trigger.GetProperty("route").GetString());
        Assert.Equal(["get"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
        // Bicep's Reports__PageUrl and the manifest's static tab point here.
        Assert.Equal("/api/reports/page", "/" + ApiRoutes.Prefix + "/" + ApiRoutes.ReportPage);
    }

    [Theory]
    [InlineData(null, "text/html", "<canvas id=\"trend\"")]
    [InlineData("report.js", "text/javascript", "authentication.getAuthToken")]
    [InlineData("texts.json", "application/json", "此页面仅供培训员和管理者使用。")]
    [InlineData("lib/chart.umd.min.js", "text/javascript", "Chart.js v4.6.1")]
    [InlineData("lib/teams.min.js", "text/javascript", "authentication")]
    public void GetReportPage_FromThePublishedFiles_ServesThePageAndItsLibraries(string? file, string contentType, string content)
    {
        var context = new DefaultHttpContext();

        var result = new ReportTab(Published(), null!).GetReportPage(context.Request, file);

        var served = Assert.IsType<FileContentResult>(result);
        Assert.StartsWith(contentType, served.ContentType, StringComparison.Ordinal);
        Assert.Contains(content, Encoding.UTF8.GetString(served.FileContents), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self' https://teams.microsoft.com", context.Response.Headers.ContentSecurityPolicy.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void GetReportPage_ThePage_ResolvesItsLinksUnderTheFunctionsRoute()
    {
        var result = (FileContentResult)new ReportTab(Published(), null!).GetReportPage(new DefaultHttpContext().Request, "");

        Assert.Contains("<base href=\"/api/reports/page/\">", Encoding.UTF8.GetString(result.FileContents), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../host.json")]
    [InlineData("..%2Fhost.json")]
    [InlineData("report.html")]
    [InlineData("lib/../../host.json")]
    public void GetReportPage_AnyOtherName_Is404NamingIt(string file)
    {
        var result = Assert.IsType<ContentResult>(new ReportTab(Published(), null!).GetReportPage(new DefaultHttpContext().Request, file));

        Assert.Equal(404, result.StatusCode);
        Assert.Contains(file, result.Content, StringComparison.Ordinal);
    }
}
