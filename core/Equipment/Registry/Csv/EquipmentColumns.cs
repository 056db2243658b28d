namespace DrillPlatform.Core.Equipment.Registry.Csv;

/// <summary>
/// The registry CSV's columns, matched case-insensitively in any order. lastCheck is the last
/// routine inspection (monthly for extinguishers and exits, weekly for the store and backups),
/// lastMaintenance the last annual maintenance.
/// </summary>
internal static class EquipmentColumns
{
    public const string Id = "id";
    public const string Kind = "kind";
    public const string Type = "type";
    public const string Room = "room";
    public const string LocationZh = "locationZh";
    public const string LocationEn = "locationEn";
    public const string InstalledOn = "installedOn";
    public const string LastCheck = "lastCheck";
    public const string LastMaintenance = "lastMaintenance";
    public const string Department = "department";
    public const string Responsible = "responsible";
    public const string Deputy = "deputy";

    public static readonly IReadOnlyList<string> Required = [Id, Kind, LocationZh, LocationEn, InstalledOn, Department, Responsible, Deputy];
    public static readonly IReadOnlyList<string> All = [Id, Kind, Type, Room, LocationZh, LocationEn, InstalledOn, LastCheck, LastMaintenance, Department, Responsible, Deputy];
}
