using System.Text.Json;

namespace DrillPlatform.Core.Sms;

// The JSON of POST {endpoint}/sms?api-version=2021-03-07, in the service's camelCase.
internal sealed record AcsSendRequest(string From, IReadOnlyList<AcsRecipient> SmsRecipients, string Message, AcsSendOptions SmsSendOptions);

internal sealed record AcsRecipient(string To, string RepeatabilityRequestId, string RepeatabilityFirstSent);

internal sealed record AcsSendOptions(bool EnableDeliveryReport, string? Tag);

internal sealed record AcsSendResponse(IReadOnlyList<AcsSendResponseItem>? Value);

internal sealed record AcsSendResponseItem(
    string? To, string? MessageId, int HttpStatusCode, string? RepeatabilityResult, bool Successful, string? ErrorMessage);

internal sealed record AcsErrorResponse(AcsErrorDetail? Error);

internal sealed record AcsErrorDetail(string? Code, string? Message);

internal static class AcsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
