namespace DrillPlatform.Core.Api;

/// <summary>
/// The raw Authorization header both hosts hand to the validators (API and bot), from ASP.NET's
/// StringValues: null when absent, so "no credentials" and "bad credentials" stay apart.
/// </summary>
public static class ApiHeaders
{
    public static string? Authorization(IReadOnlyList<string?> values) => values.Count == 0 ? null : string.Join(",", values);
}
