using System.Text.Json.Nodes;

namespace DrillPlatform.Local.Graph;

public static class FakeGraphEndpoints
{
    /// <summary>Maps {prefix}/v1.0/users/{id}/teamwork/installedApps; every call needs a bearer token that <paramref name="authorize"/> accepts.</summary>
    public static void MapFakeGraph(this IEndpointRouteBuilder routes, string prefix, FakeGraph graph, Func<string, Task<bool>> authorize)
    {
        routes.MapPost(prefix + "/v1.0/users/{userId}/teamwork/installedApps", async (string userId, HttpContext http) =>
        {
            var authorization = http.Request.Headers.Authorization.ToString();
            if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !await authorize(authorization["Bearer ".Length..]))
                return Results.Json(new { error = new { code = "InvalidAuthenticationToken", message = "Access token is empty or invalid." } }, statusCode: 401);
            var body = await http.Request.ReadFromJsonAsync<JsonObject>();
            return graph.Install(userId, body, http.Response);
        });
    }
}
