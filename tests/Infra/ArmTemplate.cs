using System.Text.Json.Nodes;

namespace DrillPlatform.Tests.Infra;

/// <summary>Walks compiled ARM JSON: resources may be an array or (languageVersion 2.0) an object.</summary>
public static class ArmTemplate
{
    public sealed record Found(JsonObject Resource, JsonObject Template);

    /// <summary>Every resource of the given type, in this template and all nested module templates.</summary>
    public static IEnumerable<Found> ResourcesOfType(JsonObject template, string type)
    {
        foreach (var resource in Resources(template))
        {
            if ((string?)resource["type"] == type) yield return new Found(resource, template);
            if ((string?)resource["type"] == "Microsoft.Resources/deployments"
                && resource["properties"]?["template"] is JsonObject nested)
                foreach (var found in ResourcesOfType(nested, type)) yield return found;
        }
    }

    /// <summary>The nested template of the module deployed under the given deployment name.</summary>
    public static JsonObject Module(JsonObject template, string deploymentName) =>
        ResourcesOfType(template, "Microsoft.Resources/deployments")
            .Single(f => (string?)f.Resource["name"] == deploymentName)
            .Resource["properties"]!["template"]!.AsObject();

    private static IEnumerable<JsonObject> Resources(JsonObject template) => template["resources"] switch
    {
        JsonArray list => list.OfType<JsonObject>(),
        JsonObject map => map.Select(p => p.Value).OfType<JsonObject>(),
        _ => [],
    };
}
