using System.Security.Cryptography;
using System.Text;

namespace DrillPlatform.Core.Drills.Model;

/// <summary>
/// Ids that are safe in table keys, URLs and queue messages. A planned drill's id is derived from
/// schedule, date and department, so a timer that fires twice proposes the same row twice.
/// </summary>
public static class DrillIds
{
    public static string NewScheduleId() => "s" + Guid.NewGuid().ToString("N")[..15];

    public static string NewDrillId() => "d" + Guid.NewGuid().ToString("N")[..15];

    public static string ForPlan(string scheduleId, DateOnly localDate, string department) =>
        $"{scheduleId}-{localDate:yyyyMMdd}-{Hash(department)}";

    // Department names may be Chinese or contain characters keys and URLs reject; a short hash is neither.
    private static string Hash(string department) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(department)))[..8];
}
