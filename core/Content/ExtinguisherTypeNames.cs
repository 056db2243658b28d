namespace DrillPlatform.Core.Content;

/// <summary>
/// The extinguisher types a site may register, their precise names and the fire classes
/// GB 50140-2005 (建筑灭火器配置设计规范) §4.2 lists them for: class A (solid, e.g. paper) takes
/// water-based, ABC (ammonium phosphate) powder or foam — never CO2 or BC powder; class E
/// (live electrical equipment) takes ABC or BC powder or CO2, not water-based or foam.
/// </summary>
public static class ExtinguisherTypeNames
{
    public sealed record ExtinguisherType(string Id, Localized Name, IReadOnlyList<string> Classes);

    public static readonly IReadOnlyList<ExtinguisherType> Types =
    [
        new("abc-powder", new("磷酸铵盐（ABC）干粉灭火器", "ABC (ammonium phosphate) dry-powder extinguisher"), ["A", "B", "C", "E"]),
        new("bc-powder", new("碳酸氢钠（BC）干粉灭火器", "BC (sodium bicarbonate) dry-powder extinguisher"), ["B", "C", "E"]),
        new("water-based", new("水基型灭火器", "water-based extinguisher"), ["A", "B"]),
        new("foam", new("泡沫灭火器", "foam extinguisher"), ["A", "B"]),
        new("co2", new("二氧化碳灭火器", "CO2 extinguisher"), ["B", "C", "E"]),
    ];

    /// <summary>Fire classes a room may declare (GB/T 4968-2008): A solids such as paper, B liquids, C gases, E live electrical equipment.</summary>
    public static readonly IReadOnlyList<string> FireClasses = ["A", "B", "C", "E"];

    public static IReadOnlyList<string> Ids { get; } = Types.Select(t => t.Id).ToList();

    public static Localized For(string type) => Find(type)?.Name ?? new(type, type);

    public static ExtinguisherType? Find(string type) => Types.FirstOrDefault(t => t.Id == type);

    /// <summary>The types fit for every one of the classes, e.g. ["A"] → abc-powder, water-based, foam.</summary>
    public static IReadOnlyList<string> SuitableFor(IEnumerable<string> classes) =>
        Types.Where(t => classes.All(t.Classes.Contains)).Select(t => t.Id).ToList();
}
