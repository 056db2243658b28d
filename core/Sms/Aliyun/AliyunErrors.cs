namespace DrillPlatform.Core.Sms.Aliyun;

/// <summary>
/// What a SendSms Code means for us. Retry: the request was refused before anything was sent
/// (throttling, a busy gateway), so sending again cannot double a text. Everything else is final
/// and recorded with a reason that says what to fix. Codes from the SendSms error-code reference.
/// </summary>
public static class AliyunErrors
{
    public static bool IsRetryable(string code) =>
        code.StartsWith("Throttling", StringComparison.Ordinal)
        || code is "ServiceUnavailable" or "isp.SYSTEM_ERROR" or "isp.GATEWAY_ERROR";

    public static string Reason(string code, string? message) => $"{code}: {Explain(code) ?? message ?? "no message"}";

    private static string? Explain(string code) => code switch
    {
        "isv.MOBILE_NUMBER_ILLEGAL" => "the mobile number is not valid for this SMS service",
        "isv.SMS_SIGNATURE_ILLEGAL" or "isv.SMS_SIGN_NAME_ILLEGAL" or "isv.SIGN_NAME_ILLEGAL"
            => "the sign name (签名) in templates/sms/aliyun.yaml is not an approved signature of this account",
        "isv.SMS_TEMPLATE_ILLEGAL" or "isv.SMS_CONTENT_CODE_ILLEGAL"
            => "the template code (模板) in templates/sms/aliyun.yaml is not an approved template of this account",
        "isv.TEMPLATE_MISSING_PARAMETERS" or "isv.INVALID_JSON_PARAM" or "isv.PARAM_LENGTH_LIMIT"
            => "the template variables do not fit the registered template (names, JSON or length)",
        "isv.BUSINESS_LIMIT_CONTROL" or "isv.DAY_LIMIT_CONTROL" or "isv.MONTH_LIMIT_CONTROL"
            => "the per-number frequency limit is reached (flow control of the SMS console)",
        "isv.AMOUNT_NOT_ENOUGH" or "isv.OUT_OF_SERVICE" => "the Alibaba Cloud account has no balance left for SMS",
        "isp.RAM_PERMISSION_DENY" => "the RAM user lacks dysms:SendSms",
        "SignatureDoesNotMatch" or "IncompleteSignature" or "InvalidAccessKeyId.NotFound" or "InvalidAccessKeyId.Inactive"
            => "the AccessKey is wrong (Sms:Aliyun:AccessKeyId, or the secret in Key Vault)",
        _ => null,
    };
}
