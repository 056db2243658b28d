namespace DrillPlatform.Core.Equipment.Registry;

/// <summary>How an <see cref="EquipmentItem"/> looks as a table row; see <see cref="EquipmentStore"/> for the keys.</summary>
internal static class EquipmentEntity
{
    public static TableEntity From(EquipmentItem item) => new(item.Site, item.Id)
    {
        ["Kind"] = item.Kind,
        ["Type"] = item.Type,
        ["Room"] = item.Room,
        ["LocationZh"] = item.Location.ZhCn,
        ["LocationEn"] = item.Location.En,
        ["InstalledOn"] = Dates.Format(item.InstalledOn),
        ["LastCheck"] = Dates.Format(item.LastCheck),
        ["LastMaintenance"] = Dates.Format(item.LastMaintenance),
        ["Department"] = item.Department,
        ["Responsible"] = item.Responsible,
        ["Deputy"] = item.Deputy,
    };

    public static EquipmentItem ToItem(TableEntity e) => new(
        e.PartitionKey,
        e.RowKey,
        e.GetString("Kind") ?? "",
        e.GetString("Type"),
        e.GetString("Room"),
        new Localized(e.GetString("LocationZh") ?? "", e.GetString("LocationEn") ?? ""),
        Dates.Parse(e.GetString("InstalledOn")) ?? DateOnly.MinValue,
        Dates.Parse(e.GetString("LastCheck")),
        Dates.Parse(e.GetString("LastMaintenance")),
        e.GetString("Department") ?? "",
        e.GetString("Responsible") ?? "",
        e.GetString("Deputy") ?? "");
}
