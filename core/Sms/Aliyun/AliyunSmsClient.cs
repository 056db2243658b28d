using System.Net;
using System.Text.Json;

namespace DrillPlatform.Core.Sms.Aliyun;

/// <summary>
/// SendSms (API 2017-05-25) on a plain HttpClient, V3-signed (no Alibaba Cloud SDK is served).
/// SendSms has no idempotency, so only refusals that sent nothing are retried (throttling, busy
/// gateway, connection not made); a request whose answer is lost throws, and the outbox then
/// never sends that SMS again.
/// </summary>
public sealed partial class AliyunSmsClient(HttpClient http, IOptions<SmsOptions> options, TimeProvider time, ILogger<AliyunSmsClient> logger)
{
    public const string Action = "SendSms";
    public const string Version = "2017-05-25";

    public async Task<SmsSendResult> SendAsync(SmsMessage message, CancellationToken ct = default)
    {
        SmsMessageCheck.ThrowIfInvalid(message);
        var settings = options.Value;
        var content = AliyunContent.FromJson(message.Text);
        var uri = new Uri(settings.Aliyun.Endpoint.AbsoluteUri.TrimEnd('/') + "/?" + AliyunQuery.Build(Parameters(message, content)));
        var to = PhoneMask.Mask(message.To);

        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent([]) };
            AliyunRequestSigner.Sign(request, [], Action, Version, settings.Aliyun.AccessKeyId!, settings.Aliyun.AccessKeySecret!,
                time.GetUtcNow(), Guid.NewGuid().ToString("N"));
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, ct);
            }
            catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.ConnectionError && attempt < settings.MaxAttempts)
            {
                await WaitAsync(to, attempt, SmsRetryDelay.Backoff(attempt, settings.MaxRetryDelay), "no connection", ct);
                continue;
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
            {
                throw new SmsSendException($"Alibaba Cloud SMS gave no answer ({e.GetType().Name}); it may have sent the SMS, so it is not resent.", null, e);
            }

            using (response)
            {
                var (code, text, bizId) = await ReadAsync(response, ct);
                if (code == "OK")
                {
                    LogAccepted(to, bizId);
                    return new SmsSendResult(true, (int)response.StatusCode, bizId, null, null);
                }
                if (code is null)
                    throw new SmsSendException($"Alibaba Cloud SMS answered {(int)response.StatusCode} without a result code; it may have sent the SMS, so it is not resent.", response.StatusCode);
                if (AliyunErrors.IsRetryable(code) && attempt < settings.MaxAttempts)
                {
                    await WaitAsync(to, attempt, SmsRetryDelay.From(response, attempt, settings.MaxRetryDelay, time.GetUtcNow()), code, ct);
                    continue;
                }
                var reason = AliyunErrors.Reason(code, text?.Replace(message.To, to, StringComparison.Ordinal));
                if (AliyunErrors.IsRetryable(code)) reason = $"still refused after {attempt} attempts, {reason}";
                LogRefused(to, code, reason);
                return new SmsSendResult(false, (int)response.StatusCode, null, reason, null);
            }
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> Parameters(SmsMessage message, AliyunContent content) =>
    [
        new("PhoneNumbers", message.To),
        new("SignName", content.SignName),
        new("TemplateCode", content.TemplateCode),
        new("TemplateParam", JsonSerializer.Serialize(content.TemplateParam)),
        // Comes back in delivery receipts; the outbox's own id, nothing personal.
        new("OutId", message.RepeatabilityRequestId),
    ];

    private static async Task<(string? Code, string? Message, string? BizId)> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            string? Field(string name) => json.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return (Field("Code"), Field("Message"), Field("BizId"));
        }
        catch (JsonException)
        {
            return (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable ? "ServiceUnavailable" : null, null, null);
        }
    }

    private async Task WaitAsync(string to, int attempt, TimeSpan wait, string reason, CancellationToken ct)
    {
        LogRetry(to, attempt, wait, reason);
        await Task.Delay(wait, time, ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS to {To}: Alibaba Cloud attempt {Attempt} refused ({Reason}); retrying in {Delay}")]
    private partial void LogRetry(string to, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS to {To} accepted by Alibaba Cloud as {BizId}")]
    private partial void LogAccepted(string to, string? bizId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS to {To} refused by Alibaba Cloud: {Code} ({Reason})")]
    private partial void LogRefused(string to, string code, string reason);
}
