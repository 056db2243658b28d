using DrillPlatform.Core.Equipment.Definitions;

namespace DrillPlatform.Core.Equipment.Registry;

/// <summary>
/// One thing that gets checked: an extinguisher, an exit, the store's climate point, the backup job.
/// Responsible and Deputy are roster object ids. LastCheck and LastMaintenance are where the schedule
/// starts when the platform has no check of the item yet (the paper tag's last entries).
/// </summary>
public sealed record EquipmentItem(
    string Site,
    string Id,
    string Kind,
    string? Type,
    string? Room,
    Localized Location,
    DateOnly InstalledOn,
    DateOnly? LastCheck,
    DateOnly? LastMaintenance,
    string Department,
    string Responsible,
    string Deputy)
{
    /// <summary>The date the first scheduled check of this type counts from.</summary>
    public DateOnly AnchorFor(CheckType type) =>
        (type == CheckType.Maintenance ? LastMaintenance : LastCheck) ?? InstalledOn;
}

public static class EquipmentKinds
{
    public const string Extinguisher = "extinguisher";
    public const string Exit = "exit";
    public const string ClimatePoint = "climate-point";
    public const string BackupJob = "backup-job";
    public static readonly IReadOnlyList<string> All = [Extinguisher, Exit, ClimatePoint, BackupJob];
}
