using System.Text.Json;

namespace DrillPlatform.Core.Sms.Aliyun;

/// <summary>What one Alibaba Cloud SMS is: a registered sign name and template and the values of
/// its variables. Stored as JSON in the outbox row, so a retry sends exactly this.</summary>
public sealed record AliyunContent(string SignName, string TemplateCode, IReadOnlyDictionary<string, string> TemplateParam)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static AliyunContent FromJson(string json) =>
        JsonSerializer.Deserialize<AliyunContent>(json) ?? throw new ArgumentException("The outbox row holds no Alibaba Cloud SMS content.");
}
