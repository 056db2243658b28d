using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace DrillPlatform.Local.Graph;

/// <summary>
/// Microsoft Graph's users/{id}/teamwork/installedApps as the platform uses it, with Graph's own
/// answers: 201 and an empty body for a new installation, 409 Conflict when the app is already
/// installed for the user, 404 for an app id that is not in the catalog, 403 Forbidden (the app
/// lacks TeamsAppInstallation.ReadWriteSelfForUser.All) for users marked so, and 429 with
/// Retry-After for the next N calls when told to throttle. Errors carry Graph's error body.
/// </summary>
public sealed class FakeGraph(string catalogId)
{
    public const string LocalCatalogId = "0d5c1e4e-6f0b-4d6e-9a57-d11b0e0c0de1";

    private readonly ConcurrentDictionary<string, string> installations = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> forbidden = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<TimeSpan> throttles = new();
    private int created;

    public string CatalogId { get; } = catalogId;

    /// <summary>201 answers so far: installations this fake made.</summary>
    public int Created => created;

    public IReadOnlyCollection<string> InstalledFor => installations.Keys.ToList();

    /// <summary>Marks a user whose installation Graph refuses with 403.</summary>
    public void Forbid(string userId) => forbidden[userId] = true;

    /// <summary>The next <paramref name="count"/> calls get 429 with this Retry-After.</summary>
    public void Throttle(int count, TimeSpan retryAfter)
    {
        for (var i = 0; i < count; i++) throttles.Enqueue(retryAfter);
    }

    public void MarkInstalled(string userId) => installations.TryAdd(userId, Guid.NewGuid().ToString());

    public IResult Install(string userId, JsonObject? body, HttpResponse response)
    {
        if (throttles.TryDequeue(out var wait))
        {
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Error(429, "TooManyRequests", "Too many requests are being made. Please try again later.");
        }
        var bind = body?["teamsApp@odata.bind"]?.GetValue<string>();
        if (bind is null)
            return Error(400, "BadRequest", "The teamsApp@odata.bind property is required.");
        if (!bind.EndsWith("/appCatalogs/teamsApps/" + CatalogId, StringComparison.OrdinalIgnoreCase))
            return Error(404, "NotFound", "The requested Teams app was not found in the app catalog.");
        if (forbidden.ContainsKey(userId))
            return Error(403, "Forbidden", "Missing role permissions on the request. API requires one of 'TeamsAppInstallation.ReadWriteSelfForUser.All'.");
        if (!installations.TryAdd(userId, Guid.NewGuid().ToString()))
            return Error(409, "Conflict", "App is already installed for the user.");
        Interlocked.Increment(ref created);
        return Results.StatusCode(201);
    }

    private static IResult Error(int status, string code, string message) => Results.Json(new
    {
        error = new
        {
            code,
            message,
            innerError = new { date = DateTimeOffset.UtcNow.ToString("s"), requestId = Guid.NewGuid().ToString(), clientRequestId = Guid.NewGuid().ToString() },
        },
    }, statusCode: status);
}
