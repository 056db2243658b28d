using System.Text.Json;
using System.Text.Json.Serialization;

namespace DrillPlatform.Core.Api;

/// <summary>The API's wire format: camelCase names and enum values, both hosts alike.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
