using DrillPlatform.Tests.Conversations;

namespace DrillPlatform.Tests.Reports;

/// <summary>"report" in Teams through the bot harness on Azurite: figures and the tab link for managers and trainers, a refusal for staff.</summary>
[Trait("Category", "Storage")]
public sealed class ReportCommandTests : IAsyncLifetime
{
    private BotHarness bot = null!;

    public async Task InitializeAsync() => bot = await BotHarness.StartAsync();
    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Theory]
    [InlineData("en", "report", "Compliance report: records", "Open the report")]
    [InlineData("zh-CN", "报表", "合规报表：records", "打开报表")]
    public async Task Report_FromAManager_ShowsTheFiguresAndOpensTheTabOnTheSamePeriod(string locale, string command, string title, string open)
    {
        var manager = await bot.PersonAsync("Manager", "records", locale, "manager");
        await bot.PersonAsync("Clerk", "records", locale, "records-clerk");
        bot.TakeSent();

        var card = Assert.Single(await bot.SendAsync(manager, command)).Card!.Value;

        var text = string.Join("\n", card.GetProperty("body").EnumerateArray().Select(b => b.GetProperty("text").GetString()));
        Assert.Contains(title, text, StringComparison.Ordinal);
        var action = card.GetProperty("actions")[0];
        Assert.Equal("Action.OpenUrl", action.GetProperty("type").GetString());
        Assert.Equal(open, action.GetProperty("title").GetString());
        var url = new Uri(action.GetProperty("url").GetString()!);
        Assert.Equal("/reports", url.AbsolutePath);
        Assert.Contains("department=records", url.Query, StringComparison.Ordinal);
        var period = System.Text.RegularExpressions.Regex.Match(url.Query, @"from=(\d{4}-\d{2}-\d{2})&to=(\d{4}-\d{2}-\d{2})");
        Assert.True(period.Success, url.Query);
        Assert.Contains($"{period.Groups[1].Value}", text, StringComparison.Ordinal);
        Assert.Contains($"{period.Groups[2].Value}", text, StringComparison.Ordinal);
        // Two people in the department, neither trained: the figures say so.
        Assert.Contains(bot.Get<Texts>().Get("report_training", locale, 0, 2, 2), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_FromATrainer_OpensTheNamedDepartment()
    {
        var trainer = await bot.PersonAsync("Trainer", "training", "en", "trainer");
        await bot.PersonAsync("Clerk", "records", "en", "records-clerk");
        bot.TakeSent();

        var card = Assert.Single(await bot.SendAsync(trainer, "report records")).Card!.Value;

        Assert.Contains("Compliance report: records", card.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WeeklyDigest_LinksTheReportTabOnTheManagersDepartment()
    {
        var department = "dept-" + Guid.NewGuid().ToString("N")[..6];
        var manager = await bot.PersonAsync("Zheng", department, "en", "manager");
        await bot.SendAsync(manager, "help");
        bot.TakeSent();

        await bot.Get<DrillPlatform.Core.Readiness.Sending.ReadinessDigest>().RunAsync();

        var card = Assert.Single(bot.TakeSent(), s => s.Card is not null).Card!.Value;
        var open = card.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("type").GetString() == "Action.OpenUrl");
        Assert.Equal(bot.Get<Texts>().Get("report_open_tab", "en"), open.GetProperty("title").GetString());
        var url = new Uri(open.GetProperty("url").GetString()!);
        Assert.Equal("/reports", url.AbsolutePath);
        Assert.Contains($"department={department}", url.Query, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task Report_FromStaff_IsPolitelyRefused(string locale)
    {
        var clerk = await bot.PersonAsync("Clerk", "records", locale, "records-clerk");
        bot.TakeSent();

        var reply = Assert.Single(await bot.SendAsync(clerk, "report"));

        Assert.Null(reply.Card);
        Assert.Equal(bot.Get<Texts>().Get("report_staff_only", locale), reply.Text);
    }

    [Fact]
    public async Task Report_InAChannel_PointsToTheOneToOneChat()
    {
        var manager = await bot.PersonAsync("Manager", "records", "en", "manager");
        bot.TakeSent();

        var reply = Assert.Single(await bot.SendAsync(manager, "report", conversationType: "channel"));

        Assert.Null(reply.Card);
        Assert.Equal(bot.Get<Texts>().Get("personal_chat_only", "en"), reply.Text);
    }
}
