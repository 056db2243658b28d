using DrillPlatform.Core.Drills;

namespace DrillPlatform.Core.Api.Requests;

/// <summary>"audience": { "departments": [...], "roles": [...], "onDutyOnly": false }; empty lists mean everyone.</summary>
internal static class AudienceReader
{
    public static DrillAudience? Read(JsonFields body)
    {
        if (body.Object("audience", required: true) is not { } audience) return null;
        audience.RejectUnknown("departments", "roles", "onDutyOnly");
        return new DrillAudience(
            audience.Strings("departments") ?? [],
            audience.Strings("roles") ?? [],
            audience.Bool("onDutyOnly") ?? false);
    }
}
