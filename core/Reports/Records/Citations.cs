using DrillPlatform.Core.Scenarios;

namespace DrillPlatform.Core.Reports.Records;

/// <summary>A plan section as a reader sees it: id, bilingual title, where it is in the plan's text.</summary>
public sealed record Citation(string Id, Localized Title, string Source);

/// <summary>Resolves plan section ids and plan action ids to what reports print.</summary>
public sealed class Citations(ContentBundle content, ScenarioCatalog catalog)
{
    public Citation Section(string id) => content.Sections.FirstOrDefault(s => s.Id == id) is { } s
        ? new Citation(s.Id, s.Title, s.Source)
        : new Citation(id, new Localized(id, id), "");

    public Localized ActionName(string actionId) => catalog.Action(actionId)?.Name ?? new Localized(actionId, actionId);

    public Localized ScenarioTitle(string scenarioId) => catalog.Find(scenarioId)?.Title ?? new Localized(scenarioId, scenarioId);
}
