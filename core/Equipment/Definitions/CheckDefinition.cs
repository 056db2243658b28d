namespace DrillPlatform.Core.Equipment.Definitions;

/// <summary>One checklist from templates/checks/: what to look at on one kind of equipment, and how often.</summary>
public sealed record CheckDefinition(
    string Id,
    string AppliesTo,
    CheckType Type,
    CheckInterval Interval,
    Localized Title,
    string Citation,
    IReadOnlyList<CheckItem> Items)
{
    public CheckItem? Item(string id) => Items.FirstOrDefault(i => i.Id == id);
}

/// <summary>One pass/fail line. A failed critical item needs action at once: the manager hears of it and a follow-up opens.</summary>
public sealed record CheckItem(string Id, Localized Text, bool Critical, string Citation, string? Reason);

/// <summary>Inspections continue from the item's last check, maintenance from its last maintenance.</summary>
public enum CheckType { Inspection, Maintenance }

public enum IntervalUnit { Week, Month, Year }

public sealed record CheckInterval(int Every, IntervalUnit Unit);
