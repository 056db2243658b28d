using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Content.Loading;

/// <summary>Remembers where each id was first defined, across files, so a duplicate names both places.</summary>
internal sealed class UniqueIds(string what)
{
    private readonly Dictionary<string, string> firstSeen = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> All => firstSeen.Keys;

    public bool Contains(string id) => firstSeen.ContainsKey(id);

    public void Add(NodeReader reader, YamlMappingNode map, string id)
    {
        if (id.Length == 0)
            return;
        var here = $"{reader.File}:{YamlFile.Line(map)}";
        if (!firstSeen.TryAdd(id, here))
            reader.Error(map, $"duplicate {what} id '{id}' (first defined at {firstSeen[id]})");
    }
}
