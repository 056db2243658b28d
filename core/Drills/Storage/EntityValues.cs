using System.Text.Json;

namespace DrillPlatform.Core.Drills.Storage;

/// <summary>Column conversions shared by the drill entities: dates and times as invariant text, lists as JSON.</summary>
internal static class EntityValues
{
    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Date(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static TimeOnly Time(string s) => TimeOnly.ParseExact(s, "HH:mm", CultureInfo.InvariantCulture);

    public static string List(IReadOnlyList<string> items) => JsonSerializer.Serialize(items);

    public static IReadOnlyList<string> List(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];

    public static T Enum<T>(TableEntity e, string key) where T : struct, System.Enum =>
        System.Enum.Parse<T>(e.GetString(key) ?? throw new InvalidDataException($"{key} is missing in {e.PartitionKey}/{e.RowKey}"));

    public static string Required(TableEntity e, string key) =>
        e.GetString(key) ?? throw new InvalidDataException($"{key} is missing in {e.PartitionKey}/{e.RowKey}");
}
