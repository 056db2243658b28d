using Microsoft.Extensions.Logging.Abstractions;

namespace DrillPlatform.Tests.Sms;

[Trait("Category", "Storage")]
public class SmsSenderTests
{
    private const string Phone = "+8613800000001";
    private static readonly SmsTemplates Templates = new(Path.Combine(AzuriteFixture.RepoRoot, "templates", "sms"));
    private static readonly object Model = new { ScenarioTitle = "Fire in the records store", MinutesLeft = 10 };

    [Fact]
    public async Task SendOnceAsync_WhenTwoCallsRaceForTheSameKey_SendsOneSmsWithOneRepeatabilityId()
    {
        await using var server = await SmsTestServer.SinkAsync();
        var (sender, _) = await NewSenderAsync(server);
        var recipient = new SmsRecipient(Phone, "en");

        var results = await Task.WhenAll(
            Task.Run(() => sender.SendOnceAsync("drill:d1:p1", recipient, "drill-reminder", Model)),
            Task.Run(() => sender.SendOnceAsync("drill:d1:p1", recipient, "drill-reminder", Model)));

        Assert.All(results, r => Assert.True(r.Successful));
        Assert.Equal(1, server.Outbox.DeliveredTo(Phone));
        Assert.Single(results.Select(r => r.MessageId).Distinct());
        var ids = server.Requests.Select(r => r.Json.GetProperty("smsRecipients")[0].GetProperty("repeatabilityRequestId").GetString()).Distinct();
        Assert.Single(ids);
    }

    [Fact]
    public async Task SendOnceAsync_WhenTheFirstCallDiedUnanswered_RetriesWithTheSameRepeatabilityId()
    {
        await using var server = await SmsTestServer.SinkAsync(failFirst: 1);
        var (sender, outbox) = await NewSenderAsync(server, maxAttempts: 1);
        var recipient = new SmsRecipient(Phone, "zh-CN");

        await Assert.ThrowsAsync<SmsSendException>(() => sender.SendOnceAsync("drill:d2:p1", recipient, "drill-reminder", Model));
        var result = await sender.SendOnceAsync("drill:d2:p1", recipient, "drill-reminder", Model);

        Assert.True(result.Successful);
        var ids = server.Requests.Select(r => r.Json.GetProperty("smsRecipients")[0].GetProperty("repeatabilityRequestId").GetString()).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Single(ids.Distinct());
        Assert.Equal(SmsOutboxStatus.Sent, (await outbox.FindAsync("drill:d2:p1", Phone))!.Status);
    }

    [Fact]
    public async Task SendOnceAsync_AfterACompletedSend_DoesNotCallTheServiceAgain()
    {
        await using var server = await SmsTestServer.SinkAsync();
        var (sender, _) = await NewSenderAsync(server);
        var recipient = new SmsRecipient(Phone, "en");

        var first = await sender.SendOnceAsync("drill:d3:p1", recipient, "drill-reminder", Model);
        var again = await sender.SendOnceAsync("drill:d3:p1", recipient, "drill-reminder", Model);

        Assert.Single(server.Requests);
        Assert.Equal(first.MessageId, again.MessageId);
    }

    [Fact]
    public async Task SendOnceAsync_WhenTheRecipientFailsInsideA202_RecordsTheFailureWithTheReason()
    {
        await using var server = await SmsTestServer.SinkAsync();
        var (sender, outbox) = await NewSenderAsync(server);
        var failing = "+861380000" + "0000";

        var result = await sender.SendOnceAsync("drill:d4:p1", new SmsRecipient(failing, "en"), "drill-reminder", Model);

        Assert.False(result.Successful);
        var stored = await outbox.FindAsync("drill:d4:p1", failing);
        Assert.Equal(SmsOutboxStatus.Failed, stored!.Status);
        Assert.Equal("400: Invalid To phone number format.", stored.FailureReason);
    }

    [Fact]
    public async Task SendOnceAsync_ForAStaffMember_TextsTheirPhoneInTheirLanguage()
    {
        await using var server = await SmsTestServer.SinkAsync();
        var (sender, _) = await NewSenderAsync(server);
        var staff = new StaffMember("oid-1", "王芳", "wang@example.org", "records", ["clerk"], Phone, "zh-CN");

        await sender.SendOnceAsync("drill:d5:oid-1", staff, "drill-reminder", new { ScenarioTitle = "病案库房火灾", MinutesLeft = 10 });

        var sms = Assert.Single(server.Outbox.Messages);
        Assert.Equal(Phone, sms.To);
        Assert.Contains("病案库房火灾", sms.Message);
        Assert.Equal("drill:d5:oid-1", sms.Tag);
    }

    [Fact]
    public async Task SendOnceAsync_WhileRetryingAndFailing_NeverLogsTheRawPhoneNumber()
    {
        await using var server = await SmsTestServer.SinkAsync(failFirst: 1);
        var logs = new LogCapture();
        var (sender, _) = await NewSenderAsync(server, logs: logs);
        var failing = "+861380000" + "0000";

        await sender.SendOnceAsync("drill:d6:p1", new SmsRecipient(Phone, "en"), "drill-reminder", Model);
        await sender.SendOnceAsync("drill:d6:p1", new SmsRecipient(Phone, "en"), "drill-reminder", Model);
        await sender.SendOnceAsync("drill:d6:p2", new SmsRecipient(failing, "en"), "drill-reminder", Model);

        var lines = logs.Lines.ToList();
        Assert.Contains(lines, l => l.Contains("retrying"));
        Assert.Contains(lines, l => l.Contains("refused"));
        Assert.Contains(lines, l => l.Contains(PhoneMask.Mask(Phone)));
        Assert.DoesNotContain(lines, l => l.Contains(Phone) || l.Contains(failing) || l.Contains(Phone[1..]));
    }

    private static async Task<(SmsSender Sender, SmsOutboxStore Outbox)> NewSenderAsync(SmsTestServer server, int maxAttempts = 4, LogCapture? logs = null)
    {
        var storage = await TestStorage.NewAsync();
        var outbox = new SmsOutboxStore(storage.Service, storage.Options, TimeProvider.System);
        var client = TestSms.Client(server.BaseUri, maxAttempts, logs?.For<AcsSmsClient>());
        var options = Microsoft.Extensions.Options.Options.Create(new SmsOptions { Endpoint = server.BaseUri, From = "DrillDesk" });
        var sender = new SmsSender(new AcsSmsProvider(Templates, client), outbox, options, logs?.For<SmsSender>() ?? NullLogger<SmsSender>.Instance);
        return (sender, outbox);
    }

    [Fact]
    public async Task SendOnce_WhenSmsIsSwitchedOff_SendsNothingAndSaysWhy()
    {
        var storage = await TestStorage.NewAsync();
        var outbox = new SmsOutboxStore(storage.Service, storage.Options, TimeProvider.System);
        var client = TestSms.Client(new Uri("http://127.0.0.1:9/"), 1, null);
        var off = Microsoft.Extensions.Options.Options.Create(new SmsOptions());
        var sender = new SmsSender(new AcsSmsProvider(Templates, client), outbox, off, NullLogger<SmsSender>.Instance);

        var result = await sender.SendOnceAsync("drill:x:y", new SmsRecipient(Phone, "en"), "drill-reminder",
            new { ScenarioTitle = "Fire", MinutesLeft = 5 });

        Assert.False(result.Successful);
        Assert.Contains("Sms:Endpoint", result.ErrorMessage);
        Assert.Null(await outbox.FindAsync("drill:x:y", Phone));
    }
}
