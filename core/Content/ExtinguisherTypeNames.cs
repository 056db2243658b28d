namespace DrillPlatform.Core.Content;

public static class ExtinguisherTypeNames
{
    public static Localized For(string type) => type switch
    {
        "dry-powder" => new("干粉灭火器", "dry-powder extinguisher"),
        "co2" => new("二氧化碳灭火器", "CO2 extinguisher"),
        "water-mist" => new("水雾灭火器", "water-mist extinguisher"),
        "foam" => new("泡沫灭火器", "foam extinguisher"),
        _ => new(type, type),
    };
}
