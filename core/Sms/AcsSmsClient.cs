using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace DrillPlatform.Core.Sms;

/// <summary>
/// POST {endpoint}/sms on a plain HttpClient (the ACS SMS package is not available). Every attempt
/// sends the same bytes, so the repeatability id lets ACS drop a repeat instead of sending twice.
/// </summary>
public sealed partial class AcsSmsClient(
    HttpClient http,
    IOptions<SmsOptions> options,
    IAcsRequestAuthenticator authenticator,
    TimeProvider time,
    ILogger<AcsSmsClient> logger)
{
    public const string ApiVersion = "2021-03-07";

    public async Task<SmsSendResult> SendAsync(SmsMessage message, CancellationToken ct = default)
    {
        SmsMessageCheck.ThrowIfInvalid(message);
        var settings = options.Value;
        var body = JsonSerializer.SerializeToUtf8Bytes(ToRequest(message, settings), AcsJson.Options);
        var uri = SendUri(settings.Endpoint!);
        var to = PhoneMask.Mask(message.To);

        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/json");
            await authenticator.AuthenticateAsync(request, body, ct);

            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, ct);
            }
            catch (Exception e) when (IsNetworkFailure(e, ct))
            {
                if (attempt >= settings.MaxAttempts)
                    throw new SmsSendException($"ACS could not be reached after {attempt} attempts: {e.Message}", null, e);
                var wait = SmsRetryDelay.Backoff(attempt, settings.MaxRetryDelay);
                LogRetry(to, attempt, wait, e.GetType().Name);
                await Task.Delay(wait, time, ct);
                continue;
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.Accepted)
                    return await ReadResultAsync(response, message, to, ct);
                var detail = await ErrorDetailAsync(response, message.To, ct);
                if (SmsRetryDelay.IsRetryable(response.StatusCode) && attempt < settings.MaxAttempts)
                {
                    var wait = SmsRetryDelay.From(response, attempt, settings.MaxRetryDelay, time.GetUtcNow());
                    LogRetry(to, attempt, wait, ((int)response.StatusCode).ToString());
                    await Task.Delay(wait, time, ct);
                    continue;
                }
                throw SmsFailures.For(response.StatusCode, detail, attempt);
            }
        }
    }

    internal static Uri SendUri(Uri endpoint) => new(endpoint.AbsoluteUri.TrimEnd('/') + "/sms?api-version=" + ApiVersion);

    private static AcsSendRequest ToRequest(SmsMessage message, SmsOptions settings) => new(
        settings.From,
        [new AcsRecipient(message.To, message.RepeatabilityRequestId, AcsRequestSigner.FormatDate(message.RepeatabilityFirstSent))],
        message.Text,
        new AcsSendOptions(settings.EnableDeliveryReport, message.Tag));

    private async Task<SmsSendResult> ReadResultAsync(HttpResponseMessage response, SmsMessage message, string to, CancellationToken ct)
    {
        AcsSendResponse? parsed;
        try
        {
            parsed = await response.Content.ReadFromJsonAsync<AcsSendResponse>(AcsJson.Options, ct);
        }
        catch (JsonException e)
        {
            throw new SmsSendException($"ACS answered 202 with a body that is not the SMS send response: {e.Message}", HttpStatusCode.Accepted, e);
        }
        var item = parsed?.Value?.FirstOrDefault(i => i.To == message.To) ?? parsed?.Value?.FirstOrDefault()
            ?? throw new SmsSendException("ACS answered 202 without a result for the recipient.", HttpStatusCode.Accepted);

        // ACS's error text may quote the number; it goes into logs and tables only masked.
        var error = item.ErrorMessage?.Replace(message.To, to, StringComparison.Ordinal);
        var result = new SmsSendResult(item.Successful, item.HttpStatusCode, item.MessageId, error, item.RepeatabilityResult);
        if (result.Successful) LogAccepted(to, result.MessageId, result.RepeatabilityResult);
        else LogRefused(to, result.HttpStatusCode, result.ErrorMessage);
        return result;
    }

    private static async Task<string> ErrorDetailAsync(HttpResponseMessage response, string phone, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        string detail;
        try
        {
            var error = JsonSerializer.Deserialize<AcsErrorResponse>(text, AcsJson.Options)?.Error;
            detail = error is null ? text : $"{error.Code}: {error.Message}";
        }
        catch (JsonException)
        {
            detail = text;
        }
        detail = detail.Replace(phone, PhoneMask.Mask(phone), StringComparison.Ordinal);
        return detail.Length > 300 ? detail[..300] + "…" : detail;
    }

    private static bool IsNetworkFailure(Exception e, CancellationToken ct) =>
        e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS to {To}: attempt {Attempt} failed ({Reason}); retrying in {Delay}")]
    private partial void LogRetry(string to, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS to {To} accepted by ACS as {MessageId} (repeatability {RepeatabilityResult})")]
    private partial void LogAccepted(string to, string? messageId, string? repeatabilityResult);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS to {To} refused by ACS: {HttpStatusCode} {ErrorMessage}")]
    private partial void LogRefused(string to, int httpStatusCode, string? errorMessage);
}
