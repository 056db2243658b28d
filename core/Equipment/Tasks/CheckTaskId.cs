namespace DrillPlatform.Core.Equipment.Tasks;

/// <summary>
/// "{site}:{equipment}:{check}:{yyyyMMdd}[:f{n}]". Deterministic from item and period, so every
/// scheduler run (or two at once) names the same task and the insert-if-absent lets one through.
/// Site, equipment and check ids are lower-case letters, digits and dashes, so ':' cannot clash.
/// </summary>
public static class CheckTaskId
{
    public static string Format(string site, string equipmentId, string checkId, DateOnly due, int followUp) =>
        $"{site}:{equipmentId}:{checkId}:{due.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}" + (followUp > 0 ? $":f{followUp}" : "");

    public static bool TryParse(string? id, out (string Site, string EquipmentId, string CheckId, DateOnly Due, int FollowUp) parts)
    {
        parts = default;
        var p = (id ?? "").Split(':');
        if (p.Length is < 4 or > 5 || p.Take(3).Any(string.IsNullOrEmpty)) return false;
        if (!DateOnly.TryParseExact(p[3], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due)) return false;
        var followUp = 0;
        if (p.Length == 5 && !(p[4].StartsWith('f') && int.TryParse(p[4][1..], NumberStyles.None, CultureInfo.InvariantCulture, out followUp) && followUp > 0))
            return false;
        parts = (p[0], p[1], p[2], due, followUp);
        return true;
    }
}
