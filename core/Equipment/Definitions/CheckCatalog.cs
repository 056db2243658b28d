namespace DrillPlatform.Core.Equipment.Definitions;

/// <summary>Every check definition, by id and by the equipment kind it applies to.</summary>
public sealed class CheckCatalog(IReadOnlyList<CheckDefinition> definitions)
{
    public IReadOnlyList<CheckDefinition> All { get; } = definitions;

    public CheckDefinition? Get(string id) => All.FirstOrDefault(d => d.Id == id);

    public IReadOnlyList<CheckDefinition> For(string kind) => All.Where(d => d.AppliesTo == kind).ToList();

    public IReadOnlySet<string> Kinds => All.Select(d => d.AppliesTo).ToHashSet(StringComparer.Ordinal);
}
