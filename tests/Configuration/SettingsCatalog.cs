using System.Reflection;
using System.Text.Json.Nodes;
using DrillPlatform.Core.Api;
using DrillPlatform.Core.Equipment.Escalation;
using DrillPlatform.Core.Storage;
using DrillPlatform.Tests.Functions;

namespace DrillPlatform.Tests.Configuration;

/// <summary>
/// Every app setting the code can read, found from the code itself: the options classes and their
/// sections (as Functions spells them, Section__Property), and the %Setting% names the functions'
/// triggers use. HasDefault says whether the code works without it.
/// </summary>
public static class SettingsCatalog
{
    private static readonly (Type Options, string Section)[] BoundOptions =
    [
        (typeof(BotAuthOptions), ""),
        (typeof(StorageOptions), StorageOptions.Section),
        (typeof(DrillPlatform.Core.Messaging.ReachOptions), DrillPlatform.Core.Messaging.ReachOptions.Section),
        (typeof(ContentOptions), ContentOptions.Section),
        (typeof(SmsOptions), SmsOptions.Section),
        (typeof(ApiAuthOptions), ApiAuthOptions.Section),
        (typeof(DrillOptions), DrillOptions.Section),
        (typeof(CheckOptions), CheckOptions.Section),
        (typeof(DrillPlatform.Core.Reports.ReportOptions), DrillPlatform.Core.Reports.ReportOptions.Section),
    ];

    public static IReadOnlyList<(string Key, bool HasDefault)> CodeReads() =>
        BoundOptions.SelectMany(b => Walk(Activator.CreateInstance(b.Options)!, b.Section))
            .Concat(TriggerSettings().Select(name => (Key: name, HasDefault: false)))
            .DistinctBy(s => s.Key)
            .ToList();

    /// <summary>The settings bound to options classes (Section__Property), without the trigger settings.</summary>
    public static IReadOnlyList<string> Bound() =>
        BoundOptions.SelectMany(b => Walk(Activator.CreateInstance(b.Options)!, b.Section)).Select(s => s.Key).Distinct().ToList();

    public static IReadOnlyDictionary<string, string?> Example()
    {
        var path = Path.Combine(AzuriteFixture.RepoRoot, "functions", "local.settings.json.example");
        var values = JsonNode.Parse(File.ReadAllText(path))!["Values"]!.AsObject();
        return values.ToDictionary(p => p.Key, p => p.Value?.ToString());
    }

    private static IEnumerable<string> TriggerSettings() =>
        FunctionsMetadataTests.Functions()
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray())
            .SelectMany(b => new[] { "schedule", "queueName" }.Select(p => b.TryGetProperty(p, out var v) ? v.GetString() : null))
            .OfType<string>()
            .SelectMany(value => System.Text.RegularExpressions.Regex.Matches(value, "%([A-Za-z0-9_]+)%").Select(m => m.Groups[1].Value));

    private static IEnumerable<(string Key, bool HasDefault)> Walk(object options, string prefix)
    {
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true }) continue;
            var key = prefix.Length == 0 ? property.Name : $"{prefix}__{property.Name}";
            var value = property.GetValue(options);
            if (IsLeaf(property.PropertyType))
                yield return (key, value is not null && value is not "");
            else if (value is not null)
                foreach (var nested in Walk(value, key))
                    yield return nested;
        }
    }

    private static bool IsLeaf(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(Uri) || t == typeof(TimeSpan) || t == typeof(decimal)
               || t == typeof(DateTimeOffset) || t == typeof(TimeOnly) || t == typeof(DateOnly);
    }
}
