namespace DrillPlatform.Core.Equipment;

/// <summary>The equipment area's tables, without the per-deployment prefix; key layouts are beside each store.</summary>
public static class EquipmentTables
{
    public const string Equipment = "Equipment";
    public const string CheckTasks = "CheckTasks";
}
