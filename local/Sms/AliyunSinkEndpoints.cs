using System.Text.RegularExpressions;
using DrillPlatform.Core.Sms.Aliyun;
using Microsoft.AspNetCore.Http.Features;

namespace DrillPlatform.Local.Sms;

/// <summary>
/// The local stand-in for Alibaba Cloud SMS (SendSms 2017-05-25, RPC style, V3 signature): it
/// checks the ACS3-HMAC-SHA256 signature with Sms:Aliyun's AccessKey, knows the sign name and
/// template codes of templates/sms/aliyun.yaml as "approved", and answers the way the service
/// does: HTTP 200 with Code "OK" or an isv.* code, HTTP 4xx for a request it cannot authenticate.
/// What it accepts lands in the same outbox the emulator page shows.
/// </summary>
public static partial class AliyunSinkEndpoints
{
    public const string Path = "/aliyun/";

    public static WebApplication MapAliyunSmsSink(this WebApplication app, AliyunTemplates approved, bool showFullNumbers = true)
    {
        var section = app.Configuration.GetSection($"{SmsOptions.Section}:{nameof(SmsOptions.Aliyun)}");
        var keyId = section[nameof(AliyunSmsOptions.AccessKeyId)];
        var secret = section[nameof(AliyunSmsOptions.AccessKeySecret)];
        if (string.IsNullOrWhiteSpace(keyId) || string.IsNullOrWhiteSpace(secret))
            throw new InvalidOperationException("The local Alibaba Cloud SMS sink verifies signatures with Sms:Aliyun:AccessKeyId and AccessKeySecret; set both.");
        var time = app.Services.GetService<TimeProvider>() ?? TimeProvider.System;
        var outbox = app.Services.GetService<SmsOutbox>() ?? new SmsOutbox(time);
        app.MapPost(Path, (Func<HttpContext, Task<IResult>>)(http => SendAsync(http, keyId, secret, approved, time, outbox)));
        app.MapOutbox(outbox, showFullNumbers);
        return app;
    }

    /// <summary>The answer SendSms gives when the account's API rate is exceeded (tests put it in front of the sink).</summary>
    public static IResult Throttled() => Answer(400, "Throttling.User", "Request was denied due to user flow control.");

    private static async Task<IResult> SendAsync(HttpContext http, string keyId, string secret, AliyunTemplates approved, TimeProvider time, SmsOutbox outbox)
    {
        var request = http.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, http.RequestAborted);
        var headers = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => (string?)h.Value.ToString());
        headers["host"] = request.Host.Value;
        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path + request.QueryString;
        var query = rawTarget.Contains('?') ? rawTarget[(rawTarget.IndexOf('?') + 1)..] : "";
        var check = AliyunSignatureVerifier.Verify(request.Method, request.Path, query, headers, buffer.ToArray(), keyId, secret, time.GetUtcNow());
        if (!check.IsValid)
            return check.Problem == "the AccessKey ID is not known"
                ? Answer(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.")
                : Answer(400, "SignatureDoesNotMatch", $"Specified signature does not match our calculation: {check.Problem}.");
        if (headers.GetValueOrDefault("x-acs-action") != AliyunSmsClient.Action || headers.GetValueOrDefault("x-acs-version") != AliyunSmsClient.Version)
            return Answer(400, "InvalidAction.NotFound", $"Specified api is not found; this sink serves {AliyunSmsClient.Action} {AliyunSmsClient.Version}.");

        var parameters = AliyunQuery.Parse(query).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var required in new[] { "PhoneNumbers", "SignName", "TemplateCode" })
            if (string.IsNullOrEmpty(parameters.GetValueOrDefault(required)))
                return Answer(400, $"Missing{required}", $"{required} is mandatory for this action.");

        var to = parameters["PhoneNumbers"];
        var sign = parameters["SignName"];
        var text = approved.RegisteredText(parameters["TemplateCode"]);
        var values = TemplateValues(parameters.GetValueOrDefault("TemplateParam"));
        (string Code, string Message)? refusal =
            !MainlandMobile().IsMatch(to) || to.EndsWith(SmsOutbox.FailingSuffix, StringComparison.Ordinal)
                ? ("isv.MOBILE_NUMBER_ILLEGAL", "非法手机号")
            : sign != approved.SignName ? ("isv.SMS_SIGNATURE_ILLEGAL", "该账号下找不到对应签名")
            : text is null ? ("isv.SMS_TEMPLATE_ILLEGAL", "该账号下找不到对应模板")
            : values is null ? ("isv.INVALID_JSON_PARAM", "JSON参数不合法，只接受字符串值")
            : !AliyunTemplates.VariablesOf(text).SetEquals(values.Keys) ? ("isv.TEMPLATE_MISSING_PARAMETERS", "模板变量缺少对应参数值")
            : null;

        var bizId = refusal is null ? $"{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}^0" : null;
        var shown = refusal is null
            ? $"【{sign}】{AliyunTemplates.Fill(text!, values!)}"
            : $"{parameters["TemplateCode"]} {parameters.GetValueOrDefault("TemplateParam")}";
        var (code, message) = refusal ?? ("OK", "OK");
        outbox.Record(sign, to, shown, parameters.GetValueOrDefault("OutId"),
            new SinkResult(to, bizId, 200, null, refusal is null, refusal is null ? null : $"{code}: {message}"));
        return Results.Json(new { Code = code, Message = message, BizId = bizId, RequestId = Guid.NewGuid().ToString().ToUpperInvariant() }, AsSent);
    }

    private static Dictionary<string, string>? TemplateValues(string? json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json ?? "{}");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult Answer(int status, string code, string message) =>
        Results.Json(new { Code = code, Message = message, RequestId = Guid.NewGuid().ToString().ToUpperInvariant() }, AsSent, statusCode: status);

    // Alibaba Cloud's field names are PascalCase (Code, Message, BizId), not ASP.NET's camelCase default.
    private static readonly JsonSerializerOptions AsSent = new() { PropertyNamingPolicy = null };

    // A mainland mobile, with or without the +86/0086/86 prefix SendSms accepts.
    [GeneratedRegex(@"^(\+86|0086|86)?1[3-9][0-9]{9}$")]
    private static partial Regex MainlandMobile();
}
