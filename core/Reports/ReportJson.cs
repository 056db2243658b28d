using System.Text.Json;
using System.Text.Json.Serialization;

namespace DrillPlatform.Core.Reports;

/// <summary>How the reports area stores its records as JSON columns (enum names as text, so a stored row reads the same after an enum grows).</summary>
internal static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
