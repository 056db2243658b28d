using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Registry;
using DrillPlatform.Core.Equipment.Tasks;

namespace DrillPlatform.Core.Equipment.Escalation;

/// <summary>Puts a task together with its item and checklist, for cards, texts and alerts.</summary>
public sealed class CheckNotices(EquipmentStore equipment, CheckCatalog catalog)
{
    /// <returns>null when the task's check definition is no longer in the content.</returns>
    public async Task<CheckNotice?> ForAsync(CheckTask task, CancellationToken ct)
    {
        if (catalog.Get(task.CheckId) is not { } definition) return null;
        // An item removed from the registry while its check was open is still named in messages.
        var item = await equipment.GetAsync(task.Site, task.EquipmentId, ct)
            ?? new EquipmentItem(task.Site, task.EquipmentId, definition.AppliesTo, null, null, new Localized(task.EquipmentId, task.EquipmentId),
                DateOnly.MinValue, null, null, task.Department, task.Responsible, task.Deputy);
        return new CheckNotice(task, item, definition);
    }
}
