namespace DrillPlatform.Local;

/// <summary>The local token issuer's OpenID metadata, keys and dev tokens; answered on loopback only.</summary>
public static class DevIssuerEndpoints
{
    public static void MapDevIssuer(this WebApplication app, DevIssuer issuer)
    {
        var dev = app.MapGroup("/dev").AddEndpointFilter(LoopbackOnly.Filter);
        dev.MapGet("/.well-known/openidconfiguration", (HttpRequest request) =>
            Results.Text(issuer.MetadataJson($"{request.Scheme}://{request.Host}"), "application/json"));
        dev.MapGet("/keys", () => Results.Text(issuer.JwksJson(), "application/json"));
        dev.MapGet("/token", async (string? @as, RosterStore roster, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(@as))
                return Results.BadRequest(new { error = "Query parameter 'as' (a roster member's email) is required." });
            var person = await roster.FindByEmailAsync(@as, ct);
            return person is null
                ? Results.NotFound(new { error = $"No one with email '{@as}' is on the roster." })
                : Results.Ok(new { token = issuer.CreateUserToken(person.ObjectId, person.Name, person.Email, person.Roles, LocalDevelopment.DevAppId) });
        });
    }
}
